package org.stencilforge.codegen;

/**
 * The banded solve of a {@link CompactKernel} in the C family, written once for C and Java: the band LU of
 * {@code P A} row by row with the forward substitution, the back substitution, and on a periodic grid the
 * factor and solve helpers and the Sherman–Morrison–Woodbury correction. The two languages differ only in
 * words, which {@link Dialect} supplies: types, how the work array is addressed (C pointers into it, Java
 * offsets), the names of the tables and helpers, comments. It only formats; the same statements in the
 * same order in both, so each is as fast as the hand-spelt solver was.
 */
final class CompactKernelSolver {

    private CompactKernelSolver() {
    }

    /** The words in which C and Java differ. */
    enum Dialect {
        C, JAVA;

        String index() {
            return this == C ? "ptrdiff_t" : "int";
        }

        /** A local that is not assigned again. */
        String constIndex() {
            return this == C ? "const ptrdiff_t" : "int";
        }

        String constDouble() {
            return this == C ? "const double" : "double";
        }

        String abs() {
            return this == C ? "fabs" : "Math.abs";
        }

        String comment(String text) {
            return this == C ? "/* " + text + " */" : "// " + text;
        }

        /** A place {@code base} doubles into {@code array}: a pointer in C, an offset in Java. */
        String place(boolean constant, String array, String name, String base) {
            return this == C ? (constant ? "const double *" : "double *") + name + " = " + array + " + " + base + ";"
                    : "int " + name + " = " + base + ";";
        }

        /** The element {@code offset} past a {@link #place}. */
        String at(String array, String name, String offset) {
            if (this == C) {
                return name + "[" + offset + "]";
            }
            return array + "[" + name + (offset.equals("0") ? "" : " + " + offset) + "]";
        }

        String table(String name, String part) {
            return this == C ? name + "_a_" + part : "A_" + part.toUpperCase(java.util.Locale.ROOT);
        }

        String helper(String name, String what) {
            return this == C ? name + "_" + what : what;
        }
    }

    /** Lines at a depth of four spaces each past a base indent. */
    private static final class Lines {
        private final StringBuilder b = new StringBuilder();
        private final String base;

        Lines(String base) {
            this.base = base;
        }

        Lines add(int depth, String text) {
            b.append(base).append("    ".repeat(depth)).append(text).append('\n');
            return this;
        }

        Lines blank() {
            b.append('\n');
            return this;
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    /**
     * The periodic grid's helpers: the LU of the band in place and the solve from its factors.
     *
     * @param k a periodic kernel
     * @param d the language
     * @param name the C prefix of the helpers
     * @param indent the indent of a top-level function (C) or a method (Java)
     * @return the two functions, each followed by a blank line
     */
    static String helpers(CompactKernel k, Dialect d, String name, String indent) {
        int w = k.width();
        String lo = Integer.toString(k.lower());
        String i = d.index();
        Lines l = new Lines(indent);
        l.add(0, d == Dialect.C ? "/* LU of the band in place, no pivoting; the diagonal becomes its reciprocal. */"
                : "/** LU of the band in place, no pivoting; the diagonal becomes its reciprocal. */");
        l.add(0, (d == Dialect.C ? "static inline void " + name + "_factor(double *restrict a, ptrdiff_t n)"
                : "private static void factor(double[] a, int n)") + (d == Dialect.C ? "" : " {"));
        if (d == Dialect.C) {
            l.add(0, "{");
        }
        l.add(1, "for (" + i + " i = 0; i < n; i++) {")
                .add(2, d.constDouble() + " p = 1.0 / a[i * " + w + " + " + lo + "];")
                .add(2, "a[i * " + w + " + " + lo + "] = p;")
                .add(2, "for (" + i + " r = 1; r <= " + lo + " && i + r < n; r++) {")
                .add(3, d.place(false, "a", "row", "(i + r) * " + w + " + " + lo + " - r"))
                .add(3, d.constDouble() + " l = " + d.at("a", "row", "0") + " * p;")
                .add(3, d.at("a", "row", "0") + " = l;")
                .add(3, "for (" + i + " k = 1; k <= " + k.upper() + "; k++) {")
                .add(4, d.at("a", "row", "k") + " -= l * a[i * " + w + " + " + lo + " + k];")
                .add(3, "}").add(2, "}").add(1, "}").add(0, "}");
        l.blank();
        String x = d == Dialect.C ? "x[%s]" : "x[off + %s]";
        l.add(0, d == Dialect.C ? "/* x = A^-1 x from the factors: forward, then back substitution. */"
                : "/** x[off..off+n-1] = A^-1 x from the factors: forward, then back substitution. */");
        l.add(0, d == Dialect.C ? "static inline void " + name
                + "_solve(const double *restrict a, double *restrict x, ptrdiff_t n)"
                : "private static void solve(double[] a, double[] x, int off, int n) {");
        if (d == Dialect.C) {
            l.add(0, "{");
        }
        l.add(1, "for (" + i + " i = 1; i < n; i++) {")
                .add(2, "double v = " + x.formatted("i") + ";")
                .add(2, "for (" + i + " r = 1; r <= " + lo + " && r <= i; r++) {")
                .add(3, "v -= a[i * " + w + " + " + lo + " - r] * " + x.formatted("i - r") + ";")
                .add(2, "}").add(2, x.formatted("i") + " = v;").add(1, "}")
                .add(1, "for (" + i + " i = n - 1; i >= 0; i--) {")
                .add(2, "double v = " + x.formatted("i") + ";")
                .add(2, "for (" + i + " k = 1; k <= " + k.upper() + " && i + k < n; k++) {")
                .add(3, "v -= a[i * " + w + " + " + lo + " + k] * " + x.formatted("i + k") + ";")
                .add(2, "}").add(2, x.formatted("i") + " = v * a[i * " + w + " + " + lo + "];").add(1, "}")
                .add(0, "}").blank();
        return l.toString();
    }

    /**
     * The solve of {@code P A out = out} in place, {@code out} holding {@code h^(-m) P B f} on entry, with
     * the work array {@code work} of the kernel's work length.
     *
     * @param k the kernel
     * @param d the language
     * @param name the C prefix of the tables and helpers
     * @param indent the indent of the statements of the enclosing function
     * @return the statements
     */
    static String solve(CompactKernel k, Dialect d, String name, String indent) {
        int w = k.width();
        int r = k.rank();
        String lo = Integer.toString(k.lower());
        String i = d.index();
        String interior = d.table(name, "interior");
        Lines l = new Lines(indent);
        if (k.periodic()) {
            l.add(0, d.comment("the band of A without its wrapped corners"))
                    .add(0, "for (" + i + " i = 0; i < n; i++) {")
                    .add(1, "for (" + i + " k = 0; k < " + w + "; k++) {")
                    .add(2, d.constIndex() + " j = i + k - " + lo + ";")
                    .add(2, "work[i * " + w + " + k] = j >= 0 && j < n ? " + interior + "[k] : 0.0;")
                    .add(1, "}").add(0, "}")
                    .add(0, d.helper(name, "factor") + "(work, n);")
                    .add(0, d.helper(name, "solve") + (d == Dialect.C ? "(work, out, n);" : "(work, out, 0, n);"));
        } else {
            int u = k.upper() + 1;
            String select = (k.aTop().isEmpty() ? "" : "i < " + k.aTop().size() + " ? " + d.table(name, "top") + "[i] : ")
                    + (k.aBottom().isEmpty() ? "" : "i >= n - " + k.aBottom().size() + " ? " + d.table(name, "bottom")
                            + "[i - (n - " + k.aBottom().size() + ")] : ")
                    + interior;
            l.add(0, d.comment("row by row, in the order of the tables: the band LU without pivoting and the forward"
                    + " substitution at once;"));
            l.add(0, d.comment("work[i * " + u + "] = 1 / U(i, i), work[i * " + u + " + t] = U(i, i + t)"));
            l.add(0, d == Dialect.C ? "double row[" + w + "];" : "double[] row = new double[" + w + "];")
                    .add(0, "for (" + i + " i = 0; i < n; i++) {")
                    .add(1, (d == Dialect.C ? "const double *a = " : "double[] a = ") + select + ";");
            if (d == Dialect.C) {
                l.add(1, "for (" + i + " k = 0; k < " + w + "; k++) {").add(2, "row[k] = a[k];").add(1, "}");
            } else {
                l.add(1, "System.arraycopy(a, 0, row, 0, " + w + ");");
            }
            l.add(1, "double y = out[i];")
                    .add(1, "for (" + i + " j = " + lo + "; j >= 1; j--) {")
                    .add(2, "if (i - j < 0) {").add(3, "continue;").add(2, "}")
                    .add(2, d.place(true, "work", "uj", "(i - j) * " + u))
                    .add(2, d.constDouble() + " l = row[" + lo + " - j] * " + d.at("work", "uj", "0") + ";")
                    .add(2, "for (" + i + " t = 1; t < " + u + "; t++) {")
                    .add(3, "row[" + lo + " - j + t] -= l * " + d.at("work", "uj", "t") + ";")
                    .add(2, "}")
                    .add(2, "y -= l * out[i - j];")
                    .add(1, "}")
                    .add(1, d.place(false, "work", "ui", "i * " + u))
                    .add(1, d.at("work", "ui", "0") + " = 1.0 / row[" + lo + "];")
                    .add(1, "for (" + i + " t = 1; t < " + u + "; t++) {")
                    .add(2, d.at("work", "ui", "t") + " = row[" + lo + " + t];")
                    .add(1, "}")
                    .add(1, "out[i] = y;")
                    .add(0, "}")
                    .add(0, "for (" + i + " i = n - 1; i >= 0; i--) {")
                    .add(1, d.place(true, "work", "ui", "i * " + u))
                    .add(1, "double v = out[i];")
                    .add(1, "for (" + i + " t = 1; t < " + u + " && i + t < n; t++) {")
                    .add(2, "v -= " + d.at("work", "ui", "t") + " * out[i + t];")
                    .add(1, "}")
                    .add(1, "out[i] = v * " + d.at("work", "ui", "0") + ";")
                    .add(0, "}");
        }
        if (r > 0) {
            String mmAt = "u * " + r + " + t";
            l.add(0, d.comment("Sherman-Morrison-Woodbury: the rows 0.." + (k.lower() - 1) + " and n-" + k.upper()
                    + "..n-1 wrap; Z = T^-1 U, M = I + V^T Z, c = V^T y"))
                    .add(0, d.place(false, "work", "z", w + " * n"))
                    .add(0, d.place(false, "work", "mm", (w + r) + " * n"))
                    .add(0, d.place(false, "work", "c", (w + r) + " * n + " + r * r))
                    .add(0, "for (" + i + " t = 0; t < " + r + "; t++) {")
                    .add(1, "for (" + i + " i = 0; i < n; i++) {")
                    .add(2, d.at("work", "z", "t * n + i") + " = 0.0;")
                    .add(1, "}")
                    .add(1, d.at("work", "z", "t * n + (t < " + lo + " ? t : n - " + r + " + t)") + " = 1.0;")
                    .add(1, d.helper(name, "solve") + (d == Dialect.C ? "(work, z + t * n, n);"
                            : "(work, work, z + t * n, n);"))
                    .add(0, "}")
                    .add(0, "for (" + i + " u = 0; u < " + r + "; u++) {")
                    .add(1, d.constIndex() + " row = u < " + lo + " ? u : n - " + r + " + u;")
                    .add(1, "double cu = 0.0;")
                    .add(1, "for (" + i + " t = 0; t < " + r + "; t++) {")
                    .add(2, d.at("work", "mm", mmAt) + " = u == t ? 1.0 : 0.0;")
                    .add(1, "}")
                    .add(1, "for (" + i + " k = 0; k < " + w + "; k++) {")
                    .add(2, d.constIndex() + " j = row + k - " + lo + ";")
                    .add(2, "if (j < 0 || j >= n) {")
                    .add(3, d.constIndex() + " jj = j < 0 ? j + n : j - n;")
                    .add(3, d.constDouble() + " v = " + interior + "[k];")
                    .add(3, "cu += v * out[jj];")
                    .add(3, "for (" + i + " t = 0; t < " + r + "; t++) {")
                    .add(4, d.at("work", "mm", mmAt) + " += v * " + d.at("work", "z", "t * n + jj") + ";")
                    .add(3, "}").add(2, "}").add(1, "}")
                    .add(1, d.at("work", "c", "u") + " = cu;")
                    .add(0, "}");
            String pivot = d.at("work", "mm", "p * " + r + " + p");
            l.add(0, d.comment("Gaussian elimination of M c = V^T y with partial pivoting"))
                    .add(0, "for (" + i + " p = 0; p < " + r + "; p++) {")
                    .add(1, i + " q = p;")
                    .add(1, "for (" + i + " u = p + 1; u < " + r + "; u++) {")
                    .add(2, "if (" + d.abs() + "(" + d.at("work", "mm", "u * " + r + " + p") + ") > " + d.abs() + "("
                            + d.at("work", "mm", "q * " + r + " + p") + ")) {")
                    .add(3, "q = u;").add(2, "}").add(1, "}")
                    .add(1, "for (" + i + " t = 0; t < " + r + "; t++) {")
                    .add(2, d.constDouble() + " x = " + d.at("work", "mm", "p * " + r + " + t") + ";")
                    .add(2, d.at("work", "mm", "p * " + r + " + t") + " = " + d.at("work", "mm", "q * " + r + " + t") + ";")
                    .add(2, d.at("work", "mm", "q * " + r + " + t") + " = x;")
                    .add(1, "}")
                    .add(1, d.constDouble() + " x = " + d.at("work", "c", "p") + ";")
                    .add(1, d.at("work", "c", "p") + " = " + d.at("work", "c", "q") + ";")
                    .add(1, d.at("work", "c", "q") + " = x;")
                    .add(1, "for (" + i + " u = p + 1; u < " + r + "; u++) {")
                    .add(2, d.constDouble() + " l = " + d.at("work", "mm", "u * " + r + " + p") + " / " + pivot + ";")
                    .add(2, "for (" + i + " t = p; t < " + r + "; t++) {")
                    .add(3, d.at("work", "mm", mmAt) + " -= l * " + d.at("work", "mm", "p * " + r + " + t") + ";")
                    .add(2, "}")
                    .add(2, d.at("work", "c", "u") + " -= l * " + d.at("work", "c", "p") + ";")
                    .add(1, "}").add(0, "}")
                    .add(0, "for (" + i + " p = " + (r - 1) + "; p >= 0; p--) {")
                    .add(1, "double v = " + d.at("work", "c", "p") + ";")
                    .add(1, "for (" + i + " t = p + 1; t < " + r + "; t++) {")
                    .add(2, "v -= " + d.at("work", "mm", "p * " + r + " + t") + " * " + d.at("work", "c", "t") + ";")
                    .add(1, "}")
                    .add(1, d.at("work", "c", "p") + " = v / " + pivot + ";")
                    .add(0, "}")
                    .add(0, "for (" + i + " t = 0; t < " + r + "; t++) {")
                    .add(1, "for (" + i + " i = 0; i < n; i++) {")
                    .add(2, "out[i] -= " + d.at("work", "c", "t") + " * " + d.at("work", "z", "t * n + i") + ";")
                    .add(1, "}").add(0, "}");
        }
        return l.toString();
    }

    /** @return the formula of the work length in {@code n}: {@code (width + rank) n + rank^2 + rank}, or {@code (upper + 1) n} */
    static String workLength(CompactKernel k) {
        int r = k.rank();
        return (k.periodic() ? k.width() + r : k.upper() + 1) + " * n" + (r > 0 ? " + " + (r * r + r) : "");
    }
}
