package org.stencilforge.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.sbp.Certificate;
import org.stencilforge.sbp.SbpOperator;
import org.stencilforge.sbp.SummationByParts;

/**
 * An {@link SbpOperator} as text, Markdown, LaTeX, CSV and JSON. It only formats: every number
 * was computed by {@link SummationByParts}; the matrix itself is written by the matrix renderers
 * of {@link Format} where the format has one.
 */
public final class SbpDocuments {

    private SbpDocuments() {
    }

    /** @return the name of the operator: {@code 6-3 diagonal-norm SBP first derivative} */
    static String title(SbpOperator op) {
        return op.block().name();
    }

    /** The operator's form, in one line of plain text. */
    private static String form(SummationByParts.Block k) {
        if (block(k)) {
            return "D = H^-1 Q, H = h diag(H_b, 1, ..., 1, H_b mirrored), H_b restricted full (H_b[0][j] = 0 for j > 0),"
                    + " Q + Q^T = B = diag(-1, 0, ..., 0, 1)";
        }
        return k.derivative() == 1 ? "D = H^-1 Q, H = h diag(w), Q + Q^T = B = diag(-1, 0, ..., 0, 1)"
                : "D2 = H^-1 (-M + B S), H = h diag(w), M symmetric positive semi-definite, B = diag(-1, 0, ..., 0, 1),"
                        + " S = boundary first derivatives";
    }

    private static boolean block(SummationByParts.Block k) {
        return k.shape() == SummationByParts.NormShape.BLOCK;
    }

    /** The block norm's {@code H_b}, a line a row. */
    private static String normBlockText(SummationByParts.Block k, String indent) {
        StringBuilder b = new StringBuilder();
        for (List<Rational> row : k.normBlock()) {
            b.append(indent).append(row.stream().map(Rational::toString).collect(Collectors.joining(", "))).append('\n');
        }
        return b.toString();
    }

    /** The second derivative's boundary row of {@code h S}, in one line. */
    private static String boundaryText(SummationByParts.Block k) {
        return "h S[0] = (" + k.boundary().stream().map(Rational::toString).collect(Collectors.joining(", "))
                + ") at offsets 0.." + (k.boundary().size() - 1) + "; h S[N-1][N-1-j] = -h S[0][j]";
    }

    /**
     * @param op the operator
     * @return the plain-text document: norm, free parameters, certificate, then {@code h D}
     */
    public static String text(SbpOperator op) {
        StringBuilder b = new StringBuilder();
        SummationByParts.Block k = op.block();
        b.append(title(op)).append(" on N = ").append(op.points()).append(" points\n")
                .append(form(k)).append("; interior order ")
                .append(k.accuracy()).append(", boundary order ").append(k.boundaryOrder()).append(", ")
                .append(k.width()).append(" boundary rows at each end\n");
        if (k.derivative() == 2) {
            b.append(boundaryText(k)).append('\n');
        }
        b.append('\n');
        if (block(k)) {
            b.append("norm H/h: the block H_b at the left end (rows 0..").append(k.width() - 1)
                    .append("; identity inside, mirrored at the right end):\n").append(normBlockText(k, "  "));
        } else {
            b.append("norm H/h (w_i; 1 inside, mirrored at the right end):\n");
            for (int i = 0; i < k.width(); i++) {
                b.append("  w").append(i).append(" = ").append(k.weights().get(i)).append('\n');
            }
        }
        b.append(freeText(k, "  ", "\n"));
        b.append("certified:\n").append(certificateLines(op.certificate(), block(k), "  ")).append('\n');
        b.append(Format.TEXT.matrixRenderer(RenderOptions.DEFAULT).render(op.matrix()));
        return b.toString();
    }

    private static String freeText(SummationByParts.Block k, String indent, String end) {
        if (k.free().isEmpty()) {
            return "free parameters: none (the operator is unique)" + end;
        }
        StringBuilder b = new StringBuilder("free parameters:" + end);
        k.free().forEach((name, value) -> b.append(indent).append(name).append(" = ").append(value).append(" (")
                .append(k.rule().get(name)).append(")").append(end));
        return b.toString();
    }

    private static String certificateLines(Certificate c, boolean block, String indent) {
        String where = c.mismatch() == null ? "" : " (first difference at [" + c.mismatch()[0] + ", " + c.mismatch()[1]
                + "])";
        Certificate.Curvature m = c.curvature();
        return indent + "H symmetric positive definite: " + yes(c.positiveDefinite())
                + (block ? " (exact LDL^T; smallest pivot " : " (diagonal; smallest weight ") + c.smallestWeight() + ")\n"
                + (m == null ? indent + "H D + D^T H = B exactly: " + yes(c.summationByParts()) + where + "\n"
                        : indent + "M = B S - H D2 symmetric exactly: " + yes(c.summationByParts()) + where
                                + " (so u^T H D2 v = -u^T M v + u_N (S v)_N - u_0 (S v)_0)\n"
                                + indent + "M positive semi-definite, nullspace the constants: " + yes(m.semiDefinite())
                                + (m.semiDefinite() ? " (M 1 = 0; exact LDL^T of its leading N-1 rows, every pivot"
                                        + " positive)" : !m.rowsSumToZero() ? " (M 1 is not 0)"
                                        : " (LDL^T pivot " + m.nonPositivePivot() + " is not positive)") + "\n")
                + indent + "order of every row: " + c.rowOrders().stream().map(String::valueOf)
                        .collect(Collectors.joining(" ")) + "\n"
                + indent + "interior order " + c.interiorOrder() + ", lowest (boundary) order " + c.boundaryOrder() + "\n";
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }

    /**
     * @param op the operator
     * @return the JSON object {@code derivative, accuracy, boundary_accuracy, points, width, norm,
     *     matrix, free, rule, certified}, every number an exact string
     */
    public static String json(SbpOperator op) {
        SummationByParts.Block k = op.block();
        Certificate c = op.certificate();
        StringBuilder b = new StringBuilder("{\"derivative\": ").append(k.derivative())
                .append(", \"accuracy\": ").append(k.accuracy())
                .append(", \"boundary_accuracy\": ").append(k.boundaryOrder())
                .append(", \"points\": ").append(op.points())
                .append(", \"width\": ").append(k.width())
                .append(", \"norm_shape\": ").append(block(k) ? "\"block\"" : "\"diagonal\"")
                .append(",\n \"norm\": ");
        if (block(k)) {
            rows(b, op.norm());
        } else {
            b.append(strings(diagonal(op.norm())));
        }
        b.append(",\n \"matrix\": ");
        rows(b, op.matrix());
        b.append(",\n \"free\": {").append(map(k.free().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> quote(e.getValue().toString()),
                        (x, y) -> x, java.util.LinkedHashMap::new))))
                .append("}, \"rule\": {").append(map(k.rule().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> quote(e.getValue()),
                        (x, y) -> x, java.util.LinkedHashMap::new))))
                .append("},\n \"certified\": {\"positive_definite\": ").append(c.positiveDefinite())
                .append(block(k) ? ", \"smallest_pivot\": " : ", \"smallest_weight\": ")
                .append(quote(c.smallestWeight().toString()))
                .append(", \"summation_by_parts\": ").append(c.summationByParts())
                .append(", \"mismatch\": ").append(c.mismatch() == null ? "null"
                        : "[" + c.mismatch()[0] + ", " + c.mismatch()[1] + "]")
                .append(", \"interior_order\": ").append(c.interiorOrder())
                .append(", \"boundary_order\": ").append(c.boundaryOrder())
                .append(",\n  \"row_orders\": ").append(c.rowOrders());
        Certificate.Curvature m = c.curvature();
        if (m != null) {
            b.append(",\n  \"m_semidefinite\": ").append(m.semiDefinite())
                    .append(", \"m_rows_sum_to_zero\": ").append(m.rowsSumToZero())
                    .append(", \"m_nonpositive_pivot\": ").append(m.nonPositivePivot() < 0 ? "null"
                            : String.valueOf(m.nonPositivePivot()))
                    .append("},\n \"s\": ").append(strings(k.boundary()))
                    .append(",\n \"m\": ");
            rows(b, m.matrix());
            return b.append("}\n").toString();
        }
        return b.append("}}\n").toString();
    }

    /** Appends a matrix as a JSON array of dense rows of exact strings, a line a row. */
    private static void rows(StringBuilder b, DifferentiationMatrix d) {
        b.append("[\n");
        for (int i = 0; i < d.size(); i++) {
            b.append("  ").append(strings(dense(d.rows().get(i), d.columns()))).append(i + 1 < d.size() ? ",\n" : "\n");
        }
        b.append(" ]");
    }

    private static List<Rational> diagonal(DifferentiationMatrix h) {
        return java.util.stream.IntStream.range(0, h.size()).mapToObj(i -> h.entry(i, i)).toList();
    }

    private static String map(Map<String, String> m) {
        return m.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Names and values here are the library's own (parameter names, rationals, rule texts): no escaping is needed. */
    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String strings(List<Rational> values) {
        return values.stream().map(v -> quote(v.toString())).collect(Collectors.joining(",", "[", "]"));
    }

    private static List<Rational> dense(BandRow row, int columns) {
        Rational[] out = new Rational[columns];
        for (int j = 0; j < columns; j++) {
            out[j] = row.at(j);
        }
        return List.of(out);
    }

    /**
     * @param op the operator
     * @return {@code h D} as rows of comma-separated exact entries, what {@code verify --matrix} reads
     */
    public static String csv(SbpOperator op) {
        return Format.CSV.matrixRenderer(RenderOptions.DEFAULT).render(op.matrix());
    }

    /**
     * @param op a second-derivative operator
     * @return {@code h M} as rows of comma-separated exact entries
     */
    public static String csvCurvature(SbpOperator op) {
        return Format.CSV.matrixRenderer(RenderOptions.DEFAULT).render(op.certificate().curvature().matrix());
    }

    /**
     * @param op a second-derivative operator
     * @return {@code h S} as rows of comma-separated exact entries (rows 0 and {@code N-1}, zero between)
     */
    public static String csvBoundary(SbpOperator op) {
        return Format.CSV.matrixRenderer(RenderOptions.DEFAULT).render(op.block().boundaryMatrix(op.points()));
    }

    /**
     * @param op the operator
     * @param inverse whether to write {@code h H^(-1)} rather than {@code H/h}
     * @return a diagonal norm as one row of exact entries, a block norm as the {@code N×N} matrix: what
     *     {@code verify --norm} reads
     */
    public static String csvNorm(SbpOperator op, boolean inverse) {
        if (block(op.block())) {
            return Format.CSV.matrixRenderer(RenderOptions.DEFAULT).render(op.block().normMatrix(op.points(), inverse));
        }
        return diagonal(op.norm()).stream().map(w -> (inverse ? Rational.ONE.divide(w) : w).toString())
                .collect(Collectors.joining(",")) + "\n";
    }

    /**
     * @param op the operator
     * @return Markdown: the norm and the boundary rows of {@code h D} as tables, the interior
     *     stencil, the free parameters and the certificate
     */
    public static String markdown(SbpOperator op) {
        SummationByParts.Block k = op.block();
        String h = k.derivative() == 1 ? "h D" : "h^2 D";
        StringBuilder b = new StringBuilder("## ").append(title(op)).append(", N = ").append(op.points()).append("\n\n")
                .append(block(k) ? "`" + form(k) + "`"
                        : k.derivative() == 1 ? "`D = H^-1 Q`, `H = h diag(w)`, `Q + Q^T = B = diag(-1, 0, ..., 0, 1)`"
                        : "`D2 = H^-1 (-M + B S)`, `H = h diag(w)`, `M` symmetric positive semi-definite,"
                                + " `B = diag(-1, 0, ..., 0, 1)`, `S` boundary first derivatives")
                .append(". Rows `N-1-i` mirror rows `i`: `D[N-1-i][N-1-j] = ")
                .append(k.derivative() == 1 ? "-" : "").append("D[i][j]`; ")
                .append(block(k) ? "`H` is the identity inside.\n\n" : "`w` is 1 inside.\n\n");
        if (block(k)) {
            b.append("| row |");
            for (int j = 0; j < k.width(); j++) {
                b.append(" H_b[i][").append(j).append("] |");
            }
            b.append("\n| --- |").append(" --- |".repeat(k.width())).append('\n');
            for (int i = 0; i < k.width(); i++) {
                b.append("| ").append(i).append(" |");
                k.normBlock().get(i).forEach(v -> b.append(' ').append(v).append(" |"));
                b.append('\n');
            }
            b.append('\n');
        }
        if (k.derivative() == 2) {
            b.append('`').append(boundaryText(k).replace("; ", "`; `")).append("`.\n\n");
        }
        int cols = k.rows().stream().mapToInt(BandRow::end).max().orElse(0);
        b.append(block(k) ? "| row |" : "| row | w |");
        for (int j = 0; j < cols; j++) {
            b.append(' ').append(h).append("[i][").append(j).append("] |");
        }
        b.append(block(k) ? "\n| --- |" : "\n| --- | --- |").append(" --- |".repeat(cols)).append('\n');
        for (int i = 0; i < k.width(); i++) {
            b.append("| ").append(i).append(block(k) ? " |" : " | " + k.weights().get(i) + " |");
            for (int j = 0; j < cols; j++) {
                b.append(' ').append(k.rows().get(i).at(j)).append(" |");
            }
            b.append('\n');
        }
        b.append("\nInterior: `").append(Notation.PLAIN.approximation(k.interior())).append("`.\n\n")
                .append(freeText(k, "- ", "\n").replace("free parameters:\n", "free parameters:\n\n").replace("free p", "Free p"))
                .append("\nCertified:\n\n").append(certificateLines(op.certificate(), block(k), "- "));
        return b.toString();
    }

    /**
     * @param op the operator
     * @param options {@code --standalone}, the matrix environment
     * @return LaTeX: {@code H}, the free parameters, {@code D} (by the matrix renderer) and the certificate
     */
    public static String latex(SbpOperator op, RenderOptions options) {
        SummationByParts.Block k = op.block();
        Certificate c = op.certificate();
        StringBuilder b = new StringBuilder("% ").append(title(op)).append(", N = ").append(op.points()).append('\n');
        if (block(k)) {
            b.append("\\[\n  H = h \\operatorname{diag}(H_b, 1, \\ldots, 1, \\tilde H_b), \\quad H_b = ")
                    .append("\\begin{").append(options.matrixEnvironment()).append("}\n");
            for (List<Rational> row : k.normBlock()) {
                b.append("    ").append(row.stream().map(Notation.LATEX::number).collect(Collectors.joining(" & ")))
                        .append(" \\\\\n");
            }
            b.append("  \\end{").append(options.matrixEnvironment()).append("}\n\\]\n")
                    .append("% \\tilde H_b: H_b mirrored, \\tilde H_b[r-1-i][r-1-j] = H_b[i][j]\n");
        } else {
            b.append("\\[\n  H = h \\operatorname{diag}(w_0, \\ldots, w_{").append(k.width() - 1)
                    .append("}, 1, \\ldots, 1, w_{").append(k.width() - 1)
                    .append("}, \\ldots, w_0)\n\\]\n\\[\n  \\begin{gathered}\n    ");
            for (int i = 0; i < k.width(); i++) {
                b.append("w_{").append(i).append("} = ").append(Notation.LATEX.number(k.weights().get(i)))
                        .append(i + 1 == k.width() ? "\n" : i % 3 == 2 ? ", \\\\\n    " : ", \\quad ");
            }
            b.append("  \\end{gathered}\n\\]\n");
        }
        if (k.derivative() == 2) {
            b.append("\\[\n  D_2 = H^{-1} \\left(-M + B S\\right), \\quad h S_{0,\\cdot} = \\left(");
            for (int j = 0; j < k.boundary().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(Notation.LATEX.number(k.boundary().get(j)));
            }
            b.append("\\right)\n\\]\n");
        }
        // parameter names are the library's own: a letter and two digits (q45, m55)
        k.free().forEach((name, value) -> b.append("\\[\n  ").append(name.charAt(0)).append("_{").append(name.charAt(1))
                .append(name.charAt(2))
                .append("} = ").append(Notation.LATEX.number(value)).append("\n\\]\n"));
        b.append(Format.LATEX.matrixRenderer(new RenderOptions(false, options.matrixEnvironment())).render(op.matrix()));
        b.append("Certified exactly: $H$ positive definite: ").append(yes(c.positiveDefinite()))
                .append(c.curvature() == null ? "; $HD + D^{T}H = B$: " : "; $M = BS - HD_2$ symmetric: ")
                .append(yes(c.summationByParts()))
                .append(c.curvature() == null ? "" : "; $M$ positive semi-definite, nullspace the constants: "
                        + yes(c.curvature().semiDefinite()))
                .append("; order ").append(c.interiorOrder()).append(" inside, ").append(c.boundaryOrder())
                .append(" at the boundary.\n");
        if (!options.standalone()) {
            return b.toString();
        }
        // the preamble of LatexRenderer's standalone matrices: its column blocks are sized for this page
        return "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                + "\\usepackage[landscape,margin=2cm]{geometry}\n\\begin{document}\n" + b + "\\end{document}\n";
    }
}
