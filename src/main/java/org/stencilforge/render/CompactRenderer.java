package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.CompactMatrices;
import org.stencilforge.compact.CompactOperator;
import org.stencilforge.compact.CompactResponse;
import org.stencilforge.operator.SparseMatrix;
import org.stencilforge.stencil.Stencil;

/**
 * Compact schemes and their matrices as text, Markdown, LaTeX and JSON; it only formats. JSON writes the
 * matrices as rows up to {@value #JSON_DENSE_MAX} points and as coordinate lists past that; LaTeX takes at
 * most {@value #LATEX_MAX_POINTS} points (a wider {@code bmatrix} leaves the page).
 */
public final class CompactRenderer {

    /** The largest grid whose matrices JSON writes as dense rows; larger ones are coordinate lists. */
    public static final int JSON_DENSE_MAX = 32;
    /** The largest grid whose matrices LaTeX writes. */
    public static final int LATEX_MAX_POINTS = 10;

    private CompactRenderer() {
    }

    private static List<Rational> rationals(List<Integer> values) {
        return values.stream().map(v -> Rational.of(v)).toList();
    }

    /** The implicit side: {@code 1/3 f'(x-h) + f'(x) + 1/3 f'(x+h)}. */
    private static String implicit(CompactScheme s, Notation n) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < s.leftOffsets().size(); i++) {
            Rational w = s.leftWeights().get(i);
            if (w.isZero()) {
                continue;
            }
            String sample = n.sample(Rational.of(s.leftOffsets().get(i))).substring(1); // (x-h) or _{-1}
            String symbol = n.derivative(s.derivative()).replace("(x)", sample);
            String size = w.abs().equals(Rational.ONE) ? "" : n.number(w.abs()) + " ";
            terms.add((w.signum() < 0 ? "-" : "") + size + symbol);
        }
        return Notation.signedSum(terms);
    }

    /** The explicit side over a common denominator, as the stencil formulas print. */
    private static String explicit(CompactScheme s, Notation n) {
        return n.approximation(Stencil.of(s.derivative(), rationals(s.rightOffsets()), s.rightWeights()));
    }

    /**
     * @param s a scheme
     * @return its relation in plain text, {@code 1/3 f'(x-h) + f'(x) + 1/3 f'(x+h) = (...) / (36 h)}
     */
    public static String relation(CompactScheme s) {
        return relation(s, Notation.PLAIN);
    }

    private static String relation(CompactScheme s, Notation n) {
        return implicit(s, n) + " = " + explicit(s, n);
    }

    private static String order(CompactScheme s) {
        return s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "exact (no truncation error)";
    }

    private static String given(CompactScheme s) {
        return s.fixed().isEmpty() ? "" : "given: " + s.fixed().stream().filter(k -> k > 0)
                .map(k -> "alpha(-" + k + ") = alpha(" + k + ") = " + s.alpha(k))
                .collect(Collectors.joining(", ")) + "\n";
    }

    public static String text(CompactScheme s) {
        StringBuilder b = new StringBuilder();
        b.append(relation(s, Notation.PLAIN)).append("\n\n");
        table(b, "left (derivative samples)", s.leftOffsets(), s.leftWeights());
        b.append('\n');
        table(b, "right (function samples, times " + Notation.PLAIN.hPower(-s.derivative()) + ")",
                s.rightOffsets(), s.rightWeights());
        b.append('\n').append(given(s)).append("order of accuracy: ").append(order(s)).append('\n');
        if (!s.error().terms().isEmpty()) {
            b.append("truncation error (explicit side - implicit side):\n  ")
                    .append(Notation.PLAIN.error(s.error(), true)).append('\n');
        }
        return b.toString();
    }

    private static void table(StringBuilder b, String title, List<Integer> offsets, List<Rational> weights) {
        int wo = Math.max("offset".length(), offsets.stream().mapToInt(o -> o.toString().length()).max().orElse(0));
        int ww = Math.max("weight".length(), weights.stream().mapToInt(w -> w.toString().length()).max().orElse(0));
        b.append(title).append('\n').append(TextRenderer.pad("offset", wo)).append("  ")
                .append(TextRenderer.pad("weight", ww)).append('\n');
        for (int i = 0; i < offsets.size(); i++) {
            b.append(TextRenderer.pad(offsets.get(i).toString(), wo)).append("  ")
                    .append(TextRenderer.pad(weights.get(i).toString(), ww))
                    .append('\n');
        }
    }

    public static String markdown(CompactScheme s) {
        StringBuilder b = new StringBuilder();
        b.append('`').append(relation(s, Notation.PLAIN)).append("`\n\n");
        b.append("| side | offset | weight |\n|---|---:|---:|\n");
        for (int i = 0; i < s.leftOffsets().size(); i++) {
            b.append("| left | ").append(s.leftOffsets().get(i)).append(" | ").append(s.leftWeights().get(i))
                    .append(" |\n");
        }
        for (int i = 0; i < s.rightOffsets().size(); i++) {
            b.append("| right | ").append(s.rightOffsets().get(i)).append(" | ").append(s.rightWeights().get(i))
                    .append(" |\n");
        }
        b.append('\n').append(given(s).replace("\n", "\n\n")).append("Order of accuracy: ").append(order(s))
                .append('\n');
        if (!s.error().terms().isEmpty()) {
            b.append("\nTruncation error (explicit side - implicit side): `")
                    .append(Notation.PLAIN.error(s.error(), true)).append("`\n");
        }
        return b.toString();
    }

    public static String latex(CompactScheme s, RenderOptions options) {
        // two lines: the pentadiagonal relations are wider than a page
        String body = "\\begin{gather*}\n  " + implicit(s, Notation.LATEX) + " \\\\\n  = "
                + explicit(s, Notation.LATEX) + "\n\\end{gather*}\n"
                + "Order of accuracy: " + order(s) + "."
                + (s.error().terms().isEmpty() ? "\n"
                        : " Truncation error (explicit side minus implicit side):\n\\begin{equation*}\n  "
                                + Notation.LATEX.error(s.error(), true) + "\n\\end{equation*}\n");
        return options.document(body, false);
    }

    /**
     * @param op the scheme with its closures
     * @param mm its matrices, or null
     * @return the closure rows (unless periodic) and the matrices as text
     */
    public static String text(CompactOperator op, CompactMatrices mm) {
        StringBuilder b = new StringBuilder();
        if (!op.periodic()) {
            b.append("\nclosures (rows counted from each end; the last rows mirror the first):\n");
            closures(b, op, "  ", "", "");
        }
        if (mm != null) {
            int m = op.derivative();
            b.append("\n").append(mm.periodic() ? "periodic grid" : "grid").append(" of ").append(mm.size())
                    .append(" points: A f^(").append(m).append(") = ").append(Notation.PLAIN.hPower(-m))
                    .append(" B f\nA =\n");
            rows(b, dense(mm.a()));
            b.append("B =\n");
            rows(b, dense(mm.b()));
        }
        return b.toString();
    }

    /** Each closure row on a line: {@code row 0: relation (order 3)}, the relation between {@code open} and {@code close}. */
    private static void closures(StringBuilder b, CompactOperator op, String indent, String open, String close) {
        for (int i = 0; i < op.top().size() + op.bottom().size(); i++) {
            boolean top = i < op.top().size();
            CompactScheme s = top ? op.top().get(i) : op.bottom().get(i - op.top().size());
            b.append(indent).append("row ").append(top ? Integer.toString(i) : "n-" + (i - op.top().size() + 1))
                    .append(": ").append(open).append(relation(s, Notation.PLAIN)).append(close).append(" (order ")
                    .append(order(s)).append(")\n");
        }
    }

    /** @return the closures and matrices as Markdown: the closure relations, then each matrix as a table */
    public static String markdown(CompactOperator op, CompactMatrices mm) {
        StringBuilder b = new StringBuilder();
        if (!op.periodic()) {
            b.append("\nClosures (rows counted from each end):\n\n");
            closures(b, op, "- ", "`", "`");
        }
        if (mm != null) {
            b.append("\n").append(mm.periodic() ? "Periodic grid" : "Grid").append(" of ").append(mm.size())
                    .append(" points, `A f^(").append(op.derivative()).append(") = ")
                    .append(Notation.PLAIN.hPower(-op.derivative())).append(" B f`:\n");
            for (int t = 0; t < 2; t++) {
                List<List<Rational>> rows = dense(t == 0 ? mm.a() : mm.b());
                b.append("\n").append(t == 0 ? "A" : "B").append("\n\n|");
                for (int j = 0; j < mm.size(); j++) {
                    b.append(" ").append(j).append(" |");
                }
                b.append("\n|");
                b.append("---:|".repeat(mm.size()));
                b.append("\n");
                for (List<Rational> row : rows) {
                    b.append(row.stream().map(Rational::toString).collect(Collectors.joining(" | ", "| ", " |\n")));
                }
            }
        }
        return b.toString();
    }

    /** @return the closures and matrices as LaTeX: the closure relations and two bmatrix environments */
    public static String latex(CompactOperator op, CompactMatrices mm) {
        StringBuilder b = new StringBuilder();
        if (!op.periodic()) {
            b.append("Closures (rows counted from each end):\n\\begin{gather*}\n");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < op.top().size(); i++) {
                lines.add("  \\text{row } " + i + ":\\quad " + relation(op.top().get(i), Notation.LATEX)
                        + " \\tag*{(order " + order(op.top().get(i)) + ")}");
            }
            for (int i = 0; i < op.bottom().size(); i++) {
                lines.add("  \\text{row } n-" + (i + 1) + ":\\quad " + relation(op.bottom().get(i), Notation.LATEX)
                        + " \\tag*{(order " + order(op.bottom().get(i)) + ")}");
            }
            b.append(String.join(" \\\\\n", lines)).append("\n");
            b.append("\\end{gather*}\n");
        }
        if (mm != null) {
            if (mm.size() > LATEX_MAX_POINTS) {
                throw new IllegalStateException("LaTeX matrices stop at " + LATEX_MAX_POINTS + " points");
            }
            b.append("On ").append(mm.periodic() ? "a periodic grid" : "a grid").append(" of ").append(mm.size())
                    .append(" points, $A f^{(").append(op.derivative()).append(")} = ")
                    .append(Notation.LATEX.hPower(-op.derivative())).append(" B f$ with\n\\setcounter{MaxMatrixCols}{").append(Math.max(10, mm.size()))
                    .append("}\n\\begin{equation*}\n  A = ");
            bmatrix(b, dense(mm.a()));
            b.append(",\n\\end{equation*}\n\\begin{equation*}\n  B = ");
            bmatrix(b, dense(mm.b()));
            b.append(".\n\\end{equation*}\n");
        }
        return b.toString();
    }

    private static void bmatrix(StringBuilder b, List<List<Rational>> rows) {
        b.append(LatexRenderer.stretch(rows.stream().flatMap(List::stream).toList(), "1.5").replace("\n", "\n  "))
                .append("\\begin{bmatrix}\n");
        for (List<Rational> row : rows) {
            b.append("    ").append(row.stream().map(Notation.LATEX::number).collect(Collectors.joining(" & ")))
                    .append(" \\\\\n");
        }
        b.append("  \\end{bmatrix}");
    }

    /** The rows of a matrix, zeros written out. */
    private static List<List<Rational>> dense(SparseMatrix m) {
        List<List<Rational>> rows = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            Rational[] row = new Rational[m.columns()];
            java.util.Arrays.fill(row, Rational.ZERO);
            for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
                row[m.column(k)] = m.value(k);
            }
            rows.add(List.of(row));
        }
        return rows;
    }

    /** JSON: rows of exact strings up to {@link #JSON_DENSE_MAX} points, else {@code {"nonZeros", "entries"}}. */
    private static String json(SparseMatrix m) {
        if (m.rows() <= JSON_DENSE_MAX) {
            return dense(m).stream().map(JsonRenderer::strings).collect(Collectors.joining(", ", "[", "]"));
        }
        StringBuilder b = new StringBuilder("{\"nonZeros\": ").append(m.nonZeros()).append(", \"entries\": [");
        for (int i = 0; i < m.rows(); i++) {
            for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
                b.append(k == 0 ? "" : ", ").append('[').append(i).append(", ").append(m.column(k)).append(", \"")
                        .append(m.value(k)).append("\"]");
            }
        }
        return b.append("]}").toString();
    }

    private static void rows(StringBuilder b, List<List<Rational>> rows) {
        int w = rows.stream().flatMap(List::stream).mapToInt(x -> x.toString().length()).max().orElse(1);
        for (List<Rational> row : rows) {
            b.append(row.stream().map(x -> TextRenderer.pad(x.toString(), w))
                    .collect(Collectors.joining("  ", "  ", "\n")));
        }
    }

    private static String value(CompactResponse.Value v, Notation n) {
        if (v == null) {
            return "undefined (H_A = 0: A is singular on periodic grids of a multiple of that period)";
        }
        if (v.real()) {
            return n.number(v.re());
        }
        return Notation.signedSum(List.of(n.number(v.re()), n.number(v.im()) + " i"));
    }

    /** @return the frequency response as text (or Markdown, with {@code markdown}) */
    public static String text(CompactResponse r, boolean markdown) {
        int m = r.numerator().order();
        String q = markdown ? "`" : "";
        String item = markdown ? "- " : "  ";
        String ideal = m == 1 ? "ω" : "ω^" + m;
        StringBuilder b = new StringBuilder(markdown ? "\nFrequency response (h = 1):\n\n" : "\nfrequency response (h = 1):\n");
        b.append(item).append(q).append("k'(ω) = N(ω) / D(ω)").append(q).append(", approximating ").append(q)
                .append(ideal).append(q).append(", with\n")
                .append(item).append(q).append("N(ω) = H_B(ω) / i").append(m == 1 ? "" : "^" + m).append(" = ")
                .append(ResponseDocuments.modifiedWavenumber(r.numerator(), false)).append(q).append(" (explicit side)\n")
                .append(item).append(q).append("D(ω) = H_A(ω) = ").append(ResponseDocuments.symbol(r.denominator(), false))
                .append(q).append(" (implicit side)\n");
        if (r.order() >= 0) {
            b.append(item).append(q).append("k'(ω) - ").append(ideal).append(" = O(ω^").append(r.order() + m)
                    .append(")").append(q).append("\n");
        } else {
            b.append(item).append(q).append("k'(ω) = ").append(ideal).append(q).append(" exactly\n");
        }
        b.append(item).append(q).append("k'(π/2) = ").append(value(r.halfPi(), Notation.PLAIN)).append(q)
                .append(" (ideal ").append(m == 1 ? "π/2" : "(π/2)^" + m).append(")\n")
                .append(item).append(q).append("k'(π) = ").append(value(r.pi(), Notation.PLAIN)).append(q)
                .append(" (ideal ").append(m == 1 ? "π" : "π^" + m).append(")\n");
        return b.toString();
    }

    /** @return the frequency response as LaTeX */
    public static String latex(CompactResponse r) {
        int m = r.numerator().order();
        String ideal = m == 1 ? "\\omega" : "\\omega^{" + m + "}";
        return "Frequency response ($h = 1$): $k'(\\omega) = N(\\omega)/D(\\omega)$ approximates $" + ideal
                + "$, with\n\\begin{gather*}\n  N(\\omega) = H_B(\\omega)/i^{" + m + "} = "
                + ResponseDocuments.modifiedWavenumber(r.numerator(), true) + ", \\\\\n  D(\\omega) = H_A(\\omega) = "
                + ResponseDocuments.symbol(r.denominator(), true) + ", \\\\\n  "
                + (r.order() >= 0 ? "k'(\\omega) - " + ideal + " = O(\\omega^{" + (r.order() + m) + "})"
                        : "k'(\\omega) = " + ideal)
                + ", \\quad k'(\\pi/2) = " + (r.halfPi() == null ? "\\text{undefined}" : value(r.halfPi(), Notation.LATEX))
                + ", \\quad k'(\\pi) = " + (r.pi() == null ? "\\text{undefined}" : value(r.pi(), Notation.LATEX))
                + ".\n\\end{gather*}\n";
    }

    private static String json(CompactScheme s) {
        return "\"left\": {\"offsets\": " + JsonRenderer.strings(rationals(s.leftOffsets()))
                + ", \"weights\": " + JsonRenderer.strings(s.leftWeights()) + "}"
                + ", \"right\": {\"offsets\": " + JsonRenderer.strings(rationals(s.rightOffsets()))
                + ", \"weights\": " + JsonRenderer.strings(s.rightWeights()) + "}"
                + ", \"order\": " + (s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "null")
                + ", \"error\": " + s.error().terms().stream().map(JsonRenderer::term)
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String json(CompactResponse.Value v) {
        return v == null ? "null" : "{\"re\": \"" + v.re() + "\", \"im\": \"" + v.im() + "\"}";
    }

    /**
     * @param s the scheme
     * @param op the scheme with closures (shown unless periodic), or null
     * @param mm its matrices, or null
     * @param r its frequency response, or null
     * @return one line of JSON
     */
    public static String json(CompactScheme s, CompactOperator op, CompactMatrices mm, CompactResponse r) {
        StringBuilder b = new StringBuilder("{\"derivative\": ").append(s.derivative()).append(", ").append(json(s));
        if (op != null && !op.periodic()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < op.top().size(); i++) {
                rows.add("{\"row\": \"" + i + "\", " + json(op.top().get(i)) + "}");
            }
            for (int i = 0; i < op.bottom().size(); i++) {
                rows.add("{\"row\": \"n-" + (i + 1) + "\", " + json(op.bottom().get(i)) + "}");
            }
            b.append(", \"closures\": ").append(rows.stream().collect(Collectors.joining(", ", "[", "]")));
        }
        if (mm != null) {
            b.append(", \"matrices\": {\"points\": ").append(mm.size()).append(", \"periodic\": ").append(mm.periodic())
                    .append(", \"storage\": \"").append(mm.size() <= JSON_DENSE_MAX ? "dense" : "coordinate")
                    .append("\", \"A\": ").append(json(mm.a())).append(", \"B\": ").append(json(mm.b())).append("}");
        }
        if (r != null) {
            b.append(", \"response\": {\"numerator\": {\"cos\": ").append(JsonRenderer.strings(r.numerator().cos()))
                    .append(", \"sin\": ").append(JsonRenderer.strings(r.numerator().sin()))
                    .append("}, \"denominator\": {\"cos\": ").append(JsonRenderer.strings(r.denominator().cos()))
                    .append(", \"sin\": ").append(JsonRenderer.strings(r.denominator().sin()))
                    .append("}, \"modifiedWavenumber\": \"(")
                    .append(ResponseDocuments.modifiedWavenumber(r.numerator(), false)).append(") / (")
                    .append(ResponseDocuments.symbol(r.denominator(), false)).append(")\", \"tangency\": ")
                    .append(r.order() >= 0 ? Integer.toString(r.order() + r.numerator().order()) : "null")
                    .append(", \"halfPi\": ").append(json(r.halfPi())).append(", \"pi\": ").append(json(r.pi()))
                    .append("}");
        }
        return b.append("}\n").toString();
    }
}
