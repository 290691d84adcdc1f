package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.real.RealMatrix;
import org.stencilforge.real.RealStencil;

/**
 * Stencils and matrices whose numbers are decimal strings of {@code D}
 * significant digits ({@link org.stencilforge.real}): real nodes, and the
 * decimal expansions of exact results ({@code --numbers decimal|both}), in every
 * document format. Only formats; the digits come finished.
 *
 * <p>JSON keys, stencil: {@code derivative}, {@code digits}, {@code at} and
 * {@code nodes} (with nodes), {@code offsets}, {@code weights},
 * {@code weightsExact} (with {@code --numbers both}), {@code order},
 * {@code error} (terms {@code derivative}, {@code hPower}, {@code coefficient},
 * and {@code coefficientExact} with both), {@code workingDigits} (0 for exact
 * results). Matrix: {@code derivative}, {@code size}, {@code hPower},
 * {@code transpose}, {@code digits}, {@code accuracy} ({@code null} when every
 * row uses every node), {@code nodes} ({@code null} on a uniform grid),
 * {@code matrix}, {@code matrixExact} (with both), {@code workingDigits}.
 */
public final class DecimalRenderer {

    private final Format format;
    private final RenderOptions options;

    /**
     * @param format a document format
     * @param options LaTeX options
     */
    public DecimalRenderer(Format format, RenderOptions options) {
        if (format.isCode()) {
            throw new IllegalStateException(format + " is generated code, not a document");
        }
        this.format = format;
        this.options = options;
    }

    /** @return the stencil in this renderer's format */
    public String render(RealStencil s) {
        return switch (format) {
            case JSON -> json(s);
            case CSV -> csv(s);
            case MARKDOWN -> markdown(s);
            case LATEX -> latex(s);
            default -> text(s);
        };
    }

    /** @return the matrix in this renderer's format */
    public String render(RealMatrix m) {
        return switch (format) {
            case JSON -> json(m);
            case CSV -> m.rows().stream().map(r -> String.join(",", r)).collect(Collectors.joining("\n", "", "\n"));
            case MARKDOWN -> markdown(m);
            case LATEX -> latex(m);
            default -> text(m);
        };
    }

    private static String header(RealStencil s) {
        return Notation.PLAIN.derivative(s.derivative()) + " ≈ " + (s.derivative() == 0 ? "" : Notation.PLAIN.hPower(-s.derivative()) + " ")
                + "Σ w_j f(x + s_j h), to " + s.digits() + " significant digits, each correctly rounded"
                + (s.workingDigits() > 0 ? " (proved at a working precision of " + s.workingDigits() + " digits)" : "");
    }

    private static String order(RealStencil s) {
        return s.order() != null ? Integer.toString(s.order())
                : s.workingDigits() == 0 ? "exact" : "not found (no non-zero error term among those searched)";
    }

    private static List<String> errorTerms(RealStencil s, boolean latex) {
        Notation n = latex ? Notation.LATEX : Notation.PLAIN;
        List<String> out = new ArrayList<>();
        for (RealStencil.Term t : s.error()) {
            String h = n.hPower(t.hPower());
            String c = latex ? latexNumber(t.coefficient()) : t.coefficient();
            out.add(c + (t.exact() == null ? "" : latex ? "" : " (" + t.exact() + ")") + (h.isEmpty() ? "" : (latex ? " " : " ") + h)
                    + " " + n.derivative(t.derivative()));
        }
        return out;
    }

    private static String text(RealStencil s) {
        List<List<String>> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (s.nodes() != null) {
            names.add("node");
            columns.add(s.nodes());
        }
        names.add("offset");
        columns.add(s.offsets());
        names.add("weight");
        columns.add(s.weights());
        if (s.exactWeights() != null) {
            names.add("exact");
            columns.add(s.exactWeights());
        }
        StringBuilder b = new StringBuilder(header(s)).append('\n');
        if (s.at() != null) {
            b.append("at x = ").append(s.at()).append(", h = 1: the nodes x_j are x + s_j\n");
        }
        b.append('\n').append(table(names, columns));
        b.append("\norder of accuracy: ").append(order(s)).append('\n');
        if (!s.error().isEmpty()) {
            b.append("truncation error (approximation - exact):\n  ").append(String.join("\n  + ", errorTerms(s, false)))
                    .append(" + ...\n");
        }
        return b.toString();
    }

    private static String table(List<String> names, List<List<String>> columns) {
        int[] widths = new int[names.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(names.get(c).length(), columns.get(c).stream().mapToInt(String::length).max().orElse(0));
        }
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            b.append(c == 0 ? "" : "  ").append(pad(names.get(c), widths[c]));
        }
        b.append('\n');
        for (int r = 0; r < columns.get(0).size(); r++) {
            for (int c = 0; c < widths.length; c++) {
                b.append(c == 0 ? "" : "  ").append(pad(columns.get(c).get(r), widths[c]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String pad(String cell, int width) {
        return " ".repeat(Math.max(0, width - cell.length())) + cell;
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String json(RealStencil s) {
        StringBuilder b = new StringBuilder("{\"derivative\": ").append(s.derivative()).append(", \"digits\": ").append(s.digits());
        if (s.at() != null) {
            b.append(", \"at\": \"").append(s.at()).append("\", \"nodes\": ").append(strings(s.nodes()));
        }
        b.append(", \"offsets\": ").append(strings(s.offsets())).append(", \"weights\": ").append(strings(s.weights()));
        if (s.exactWeights() != null) {
            b.append(", \"weightsExact\": ").append(strings(s.exactWeights()));
        }
        b.append(", \"order\": ").append(s.order() == null ? "null" : s.order().toString()).append(", \"error\": ")
                .append(s.error().stream().map(t -> "{\"derivative\": " + t.derivative() + ", \"hPower\": " + t.hPower()
                        + ", \"coefficient\": \"" + t.coefficient() + "\""
                        + (t.exact() == null ? "" : ", \"coefficientExact\": \"" + t.exact() + "\"") + "}")
                        .collect(Collectors.joining(", ", "[", "]")))
                .append(", \"workingDigits\": ").append(s.workingDigits()).append("}\n");
        return b.toString();
    }

    private static String csv(RealStencil s) {
        StringBuilder b = new StringBuilder(s.nodes() != null ? "node,offset,weight" : "offset,weight")
                .append(s.exactWeights() != null ? ",weight_exact\n" : "\n");
        for (int j = 0; j < s.weights().size(); j++) {
            b.append(s.nodes() != null ? s.nodes().get(j) + "," : "").append(s.offsets().get(j)).append(',')
                    .append(s.weights().get(j)).append(s.exactWeights() != null ? "," + s.exactWeights().get(j) : "")
                    .append('\n');
        }
        return b.toString();
    }

    private static String markdown(RealStencil s) {
        StringBuilder b = new StringBuilder("`").append(header(s).replace(", to", "`, to")).append(".\n\n");
        if (s.at() != null) {
            b.append("At x = ").append(s.at()).append(", h = 1: the nodes x_j are x + s_j.\n\n");
        }
        List<String> names = new ArrayList<>();
        if (s.nodes() != null) {
            names.add("node");
        }
        names.add("offset");
        names.add("weight");
        if (s.exactWeights() != null) {
            names.add("exact");
        }
        b.append("| ").append(String.join(" | ", names)).append(" |\n|").append("---:|".repeat(names.size())).append('\n');
        for (int j = 0; j < s.weights().size(); j++) {
            b.append("| ").append(s.nodes() != null ? s.nodes().get(j) + " | " : "").append(s.offsets().get(j)).append(" | ")
                    .append(s.weights().get(j)).append(s.exactWeights() != null ? " | " + s.exactWeights().get(j) : "")
                    .append(" |\n");
        }
        b.append("\nOrder of accuracy: ").append(order(s)).append('\n');
        if (!s.error().isEmpty()) {
            b.append("\nTruncation error (approximation - exact): `").append(String.join(" + ", errorTerms(s, false)))
                    .append(" + ...`\n");
        }
        return b.toString();
    }

    /** @return {@code 1.5 \times 10^{-9}} for {@code 1.5e-9} */
    static String latexNumber(String decimal) {
        int e = decimal.indexOf('e');
        return e < 0 ? decimal : decimal.substring(0, e) + " \\times 10^{" + decimal.substring(e + 1) + "}";
    }

    private String latex(RealStencil s) {
        StringBuilder b = new StringBuilder("% ").append(header(s)).append("\n% order of accuracy: ").append(order(s)).append('\n');
        if (s.at() != null) {
            b.append("% at x = ").append(s.at()).append(", h = 1: the nodes are x_j = x + s_j\n");
        }
        if (!s.error().isEmpty()) {
            b.append("% truncation error (approximation - exact): ").append(String.join(" + ", errorTerms(s, false))).append(" + ...\n");
        }
        boolean nodes = s.nodes() != null;
        boolean exact = s.exactWeights() != null;
        b.append("\\begin{center}\n\\begin{tabular}{").append("r".repeat((nodes ? 3 : 2) + (exact ? 1 : 0)))
                .append("}\n\\toprule\n").append(nodes ? "$x_j$ & $s_j = x_j - x$" : "$s_j$").append(" & $w_j$")
                .append(exact ? " & exact" : "").append(" \\\\\n\\midrule\n");
        for (int j = 0; j < s.weights().size(); j++) {
            b.append(nodes ? "$" + latexNumber(s.nodes().get(j)) + "$ & " : "").append('$').append(latexNumber(s.offsets().get(j)))
                    .append("$ & $").append(latexNumber(s.weights().get(j))).append('$')
                    .append(exact ? " & $" + fraction(s.exactWeights().get(j)) + "$" : "").append(" \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        return options.document(b.toString(), true);
    }

    private static String fraction(String exact) {
        int slash = exact.indexOf('/');
        if (slash < 0) {
            return exact;
        }
        boolean negative = exact.startsWith("-");
        return (negative ? "-" : "") + "\\frac{" + exact.substring(negative ? 1 : 0, slash) + "}{" + exact.substring(slash + 1) + "}";
    }

    private static String matrixTitle(RealMatrix m) {
        String name = m.transposed() ? "D^T" : "D";
        String h = Notation.PLAIN.hPower(-m.hPower());
        return (h.isEmpty() ? "" : h + " ") + name + " (derivative " + m.derivative() + ", "
                + (m.global() ? "every row uses every node" : "accuracy " + m.accuracy()) + "), to " + m.digits()
                + " significant digits, each correctly rounded"
                + (m.workingDigits() > 0 ? " (proved at a working precision of " + m.workingDigits() + " digits)" : "");
    }

    private static String text(RealMatrix m) {
        StringBuilder b = new StringBuilder();
        if (!m.nodes().isEmpty()) {
            b.append("nodes: ").append(String.join(", ", m.nodes())).append('\n');
        }
        b.append(matrixTitle(m)).append(" =\n").append(grid(m.rows()));
        if (m.exactRows() != null) {
            b.append("exact:\n").append(grid(m.exactRows()));
        }
        return b.toString();
    }

    private static String grid(List<List<String>> rows) {
        int n = rows.isEmpty() ? 0 : rows.get(0).size();
        int[] widths = new int[n];
        for (List<String> r : rows) {
            for (int j = 0; j < n; j++) {
                widths[j] = Math.max(widths[j], r.get(j).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : "  ").append(pad(r.get(j), widths[j]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String rowsJson(List<List<String>> rows) {
        return rows.stream().map(r -> " " + strings(r)).collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    private static String json(RealMatrix m) {
        return "{\"derivative\": " + m.derivative() + ", \"size\": " + m.rows().size() + ", \"hPower\": " + m.hPower()
                + ", \"transpose\": " + m.transposed() + ", \"digits\": " + m.digits() + ", \"accuracy\": "
                + (m.accuracy() == null ? "null" : m.accuracy().toString())
                + ", \"nodes\": " + (m.nodes().isEmpty() ? "null" : strings(m.nodes()))
                + ", \"matrix\": " + rowsJson(m.rows())
                + (m.exactRows() == null ? "" : ", \"matrixExact\": " + rowsJson(m.exactRows()))
                + ", \"workingDigits\": " + m.workingDigits() + "}\n";
    }

    private static String markdown(RealMatrix m) {
        StringBuilder b = new StringBuilder("`").append(matrixTitle(m).replace(" (", "` (")).append(":\n\n");
        if (!m.nodes().isEmpty()) {
            b.append("| | ").append(String.join(" | ", m.nodes())).append(" |\n");
        } else {
            b.append("|").append(" |".repeat(m.rows().size() + 1)).append('\n');
        }
        b.append("|---:|").append("---:|".repeat(m.rows().size())).append('\n');
        for (int i = 0; i < m.rows().size(); i++) {
            b.append("| ").append(m.nodes().isEmpty() ? Integer.toString(i) : m.nodes().get(i)).append(" | ")
                    .append(String.join(" | ", m.rows().get(i))).append(" |\n");
        }
        return b.toString();
    }

    private String latex(RealMatrix m) {
        StringBuilder b = new StringBuilder("% ").append(matrixTitle(m)).append('\n');
        if (!m.nodes().isEmpty()) {
            b.append("% nodes, in the order of the rows and columns: ").append(String.join(", ", m.nodes())).append('\n');
        }
        String env = options.matrixEnvironment();
        String h = Notation.LATEX.hPower(-m.hPower());
        b.append("\\[\n  ").append(h.isEmpty() ? "" : h + " ").append(m.transposed() ? "D^T" : "D").append(" = \\begin{")
                .append(env).append("}\n");
        for (List<String> r : m.rows()) {
            b.append("    ").append(r.stream().map(DecimalRenderer::latexNumber).collect(Collectors.joining(" & ")))
                    .append(" \\\\\n");
        }
        b.append("  \\end{").append(env).append("}\n\\]\n");
        return options.document(b.toString(), true);
    }
}
