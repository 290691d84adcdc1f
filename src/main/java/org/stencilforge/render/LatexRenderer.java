package org.stencilforge.render;

import static org.stencilforge.render.Notation.LATEX;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.stencil.Stencil;

/**
 * For papers: LaTeX that compiles with {@code amsmath} and {@code booktabs}.
 *
 * <p>A stencil is a display equation stating the exact derivative as the
 * formula minus its error, {@code f''(x) = \frac{...}{12h^2} + \frac{h^4}{90}
 * f^{(6)}(x) + O(h^6)} (the error of the README is approximation minus exact,
 * so its terms appear here with the opposite sign), and a {@code booktabs}
 * table of offsets and weights. {@code f_s} stands for {@code f(x + s h)}. A
 * family is one {@code booktabs} table per derivative, a row per accuracy and a
 * column per offset, with the leading error term (approximation minus exact,
 * as in the README). A matrix is an {@code amsmath} {@code bmatrix} or
 * {@code pmatrix} of exact entries, with its power of {@code h} in front; on
 * given nodes a line before it lists the nodes {@code x_1, ..., x_N} in the
 * order of its rows and columns. A 2-D or 3-D stencil is its molecule: an
 * {@code array} with the {@code x} offsets above the columns and the {@code y}
 * offsets beside the rows ({@code \cdot} where there is no point), in 3-D one
 * block of rows per {@code z} offset, labelled {@code z = ...}, in the same
 * array so that every layer has the same columns; then its error,
 * approximation minus exact. Other dimensions get a table of offset vectors
 * and weights.
 *
 * <p><b>Fractions.</b> Arrays and tables with fractions are set with
 * {@code \arraystretch} 1.5 (tables 1.6), so that no fraction touches the row
 * above or below. <b>A common factor is pulled out</b> of a molecule, a table
 * of offset vectors and a matrix ({@link #commonFactor}): with {@code D} the
 * least common denominator of the entries, the entries are written as the
 * integers {@code D w} behind the factor {@code \frac{1}{D h^m}} when
 * {@code D > 1} and the largest integer {@code |D w|} has no more digits than
 * the widest entry (the longer of its numerator and denominator): then the
 * integers are no wider than the fractions they replace, and the reader sees
 * the classic integer molecule, {@code \frac{1}{6h^2}} before
 * {@code [1 4 1; 4 -20 4; 1 4 1]}, or {@code \frac{1}{12h}} before the
 * integer closures of a fourth-order first-derivative matrix. Otherwise the
 * fractions stay (on the nodes {@code 0, 1/10, 3/10, 3/5, 1}, {@code -40/3}
 * would become {@code -560/42}). The
 * numbers are exact either way: the factor times each integer is the weight.
 * Family tables never pull out a factor: a reference table is read one weight
 * at a time, and a factor per row would hide each weight behind a product.
 *
 * <p><b>Wide tables.</b> A family table whose estimated width (digits and
 * signs at {@code \footnotesize}, {@link #TABLE_WIDTH}) exceeds a landscape
 * page with 2 cm margins, the standalone document, is split by offset into
 * the fewest consecutive column ranges that each fit, one {@code tabular} below
 * the other in the same {@code table}, each with the column of accuracies and
 * the last with the error column; the numbers keep their size. A matrix wider
 * than a portrait page is written likewise as blocks of consecutive columns,
 * one display each, {@code columns 1 to 12 of D = ...} ({@link #MATRIX_WIDTH}).
 *
 * <p>Everything printed is a number the library computed: no user text reaches
 * the output, so there is nothing to escape.
 */
public final class LatexRenderer implements StencilRenderer, TableRenderer, MatrixRenderer {

    /**
     * The width, in points, that a part of a family table may take: the text
     * width of a landscape US letter page with 2 cm margins (the standalone
     * document), less a little for the error of the estimate.
     */
    static final double TABLE_WIDTH = 640;

    /**
     * The most rows (offsets and {@code z} labels) of a molecule in one display:
     * a 3-D molecule taller than that goes on in a next display, whole layers at
     * a time, so that a page can break between them.
     */
    static final int MAX_MOLECULE_ROWS = 32;

    /** The largest matrix written out in LaTeX; larger ones belong in CSV or JSON. */
    public static final int MAX_MATRIX_SIZE = 24;

    private final RenderOptions options;

    /** @param options whether to emit a whole document, and the matrix environment */
    public LatexRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(AnalysedStencil result) {
        if (!result.isLine()) {
            return renderGrid(result);
        }
        Stencil stencil = result.stencil();
        StringBuilder b = new StringBuilder();
        b.append("% f_s denotes f(x + s h); order of accuracy: ").append(Notation.order(result.error())).append('\n');
        result.at().ifPresent(z -> b.append("% at x = ").append(z).append(", h = 1: the nodes are x_j = x + s_j\n"));
        b.append(display(stencil, result.error()));
        b.append("\\begin{center}\n").append(stretch(stencil.weights(), "1.5"))
                .append(result.at().isEmpty() ? "\\begin{tabular}{rr}\n\\toprule\n$s$ & $w$ \\\\\n\\midrule\n"
                        : "\\begin{tabular}{rrr}\n\\toprule\n$x_j$ & $s_j = x_j - x$ & $w$ \\\\\n\\midrule\n");
        List<Rational> nodes = result.nodes().orElse(null);
        for (int j = 0; j < stencil.size(); j++) {
            if (nodes != null) {
                b.append('$').append(LATEX.number(nodes.get(j))).append("$ & ");
            }
            b.append('$').append(LATEX.number(stencil.offsets().get(j).get(0))).append("$ & $")
                    .append(LATEX.number(stencil.weights().get(j))).append("$ \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        return options.document(b.toString(), false);
    }

    @Override
    public String render(StencilTable table) {
        StringBuilder b = new StringBuilder();
        for (int m : table.derivatives()) {
            List<StencilTable.Entry> entries = table.entries(m);
            List<Rational> columns = Notation.columns(entries);
            String scale = m == 0 ? "" : "h^{-" + m + "} ";
            b.append(b.length() == 0 ? "" : "\n")
                    .append("\\begin{table}[htbp]\n\\centering\n\\caption{").append(Notation.schemeTitle(table.scheme()))
                    .append(" differences: $").append(LATEX.derivative(m)).append(" \\approx ").append(scale)
                    .append("\\sum_j w_j f(x + s_j h)$. Weights $w_j$ by offset $s_j$ and order of accuracy $p$;")
                    .append(" the last column is the leading term of the error, approximation minus exact.}\n")
                    .append("\\footnotesize\n\\setlength{\\tabcolsep}{3pt}\n\\renewcommand{\\arraystretch}{1.6}\n");
            List<String> errors = entries.stream().map(e -> e.result().error().terms().isEmpty() ? "exact"
                    : "$" + LATEX.term(e.result().error().terms().get(0), true) + "$").toList();
            List<List<Rational>> parts = split(entries, columns, errors);
            for (int part = 0; part < parts.size(); part++) {
                List<Rational> offsets = parts.get(part);
                boolean last = part == parts.size() - 1;
                b.append(part == 0 ? "" : "\n\\medskip\n").append("\\begin{tabular}{r*{").append(offsets.size())
                        .append("}{r}").append(last ? "l" : "").append("}\n\\toprule\n$p$");
                offsets.forEach(s -> b.append(" & $").append(s).append('$'));
                b.append(last ? " & error" : "").append(" \\\\\n\\midrule\n");
                for (int row = 0; row < entries.size(); row++) {
                    StencilTable.Entry e = entries.get(row);
                    b.append(e.accuracy());
                    for (Rational s : offsets) {
                        Rational w = Notation.weightAt(e.result().stencil(), s);
                        b.append(" & ").append(w == null ? "" : "$" + LATEX.number(w) + "$");
                    }
                    b.append(last ? " & " + errors.get(row) : "").append(" \\\\\n");
                }
                b.append("\\bottomrule\n\\end{tabular}\n");
            }
            b.append("\\end{table}\n");
        }
        return options.document(b.toString(), true);
    }

    /**
     * The offset columns of a family table cut into the fewest consecutive
     * ranges whose estimated widths, with the accuracy column and (the last)
     * the error column, fit {@link #TABLE_WIDTH}; the cuts balance the parts.
     */
    static List<List<Rational>> split(List<StencilTable.Entry> entries, List<Rational> columns, List<String> errors) {
        double pad = 6; // \tabcolsep on both sides of a column
        double[] widths = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            double w = width(LATEX.number(columns.get(c)));
            for (StencilTable.Entry e : entries) {
                Rational weight = Notation.weightAt(e.result().stencil(), columns.get(c));
                w = Math.max(w, weight == null ? 0 : width(LATEX.number(weight)));
            }
            widths[c] = w + pad;
        }
        double accuracy = 2 * DIGIT + pad;
        double error = errors.stream().mapToDouble(LatexRenderer::width).max().orElse(0) + pad;
        for (int parts = 1; ; parts++) {
            List<List<Rational>> cut = new ArrayList<>();
            double total = java.util.Arrays.stream(widths).sum();
            int from = 0;
            boolean fits = true;
            for (int k = 0; k < parts && from < columns.size(); k++) {
                double target = total * (k + 1) / parts;
                double sum = 0;
                for (int c = 0; c < from; c++) {
                    sum += widths[c];
                }
                int to = from;
                while (to < columns.size() && (k == parts - 1 || sum + widths[to] / 2 <= target)) {
                    sum += widths[to++];
                }
                to = Math.max(to, from + 1);
                double width = accuracy + (k == parts - 1 ? error : 0);
                for (int c = from; c < to; c++) {
                    width += widths[c];
                }
                fits &= width <= TABLE_WIDTH;
                cut.add(columns.subList(from, to));
                from = to;
            }
            if (fits || parts >= columns.size()) {
                return cut;
            }
        }
    }

    /**
     * The width, in points, of the columns of one display of a matrix: the
     * text width of a portrait US letter page with 2 cm margins (500 pt), less
     * {@code columns 13 to 24 of D = \frac{1}{12h}} in front and the error of the
     * estimate. A wider matrix is written as blocks of
     * consecutive columns, one display each, {@code columns 1 to 12 of D = ...}.
     */
    static final double MATRIX_WIDTH = 330;

    /** An estimate, in points at 10 pt, of the width of a matrix entry: an integer or {@code -\frac{p}{q}}. */
    private static double matrixWidth(String latex) {
        double minus = latex.startsWith("-") ? 7.8 : 0;
        String t = latex.substring(minus > 0 ? 1 : 0);
        if (t.startsWith("\\frac{")) {
            String[] parts = t.substring(6, t.length() - 1).split("\\}\\{");
            return minus + Math.max(parts[0].length(), parts[1].length()) * 3.6 + 2.4;
        }
        return minus + t.length() * 5;
    }

    /** The width of a digit at {@code \footnotesize} (cmr8), in points; a fraction's digits are in script size. */
    private static final double DIGIT = 4.25;

    /**
     * An estimate, in points at {@code \footnotesize}, of the width of a cell
     * this class writes: a number, {@code -\frac{p}{q}}, or an error term.
     */
    static double width(String latex) {
        String t = latex.replace("$", "");
        double w = 0;
        if (t.startsWith("-")) {
            w += 6.6;
            t = t.substring(1);
        }
        int f = t.indexOf("f");
        String tail = "";
        if (t.startsWith("\\frac{")) {
            int close = t.indexOf('}');
            String num = t.substring(6, close);
            int close2 = t.indexOf('}', close + 2);
            String den = t.substring(close + 2, close2);
            w += Math.max(scriptWidth(num), scriptWidth(den)) + 2.4;
            tail = t.substring(close2 + 1);
        } else if (t.matches("[0-9/]+")) {
            return w + t.length() * DIGIT;
        } else {
            tail = t;
        }
        int at = tail.indexOf("f");
        if (at >= 0) {
            String before = tail.substring(0, at).trim(); // h^{10} of a term with a unit coefficient
            w += scriptWidth(before) * DIGIT / 3.2 + 28 + 3.2 * tail.replaceAll("[^0-9]", "").length();
        }
        return w;
    }

    /** The width of a numerator or denominator such as {@code 13h^4} in script size: digits and {@code h}. */
    private static double scriptWidth(String s) {
        String base = s.replaceAll("\\^\\{?[0-9]+\\}?", "");
        String exponent = s.length() > base.length() ? s.replaceAll(".*\\^\\{?([0-9]+)\\}?.*", "$1") : "";
        return base.length() * 3.2 + exponent.length() * 2.6;
    }

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        if (Math.max(n, matrix.columns()) > MAX_MATRIX_SIZE) {
            throw new IllegalStateException("LaTeX matrices stop at " + MAX_MATRIX_SIZE + " rows");
        }
        String environment = options.matrixEnvironment();
        List<Rational> entries = new ArrayList<>();
        int columns = matrix.columns();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                entries.add(matrix.entry(i, j));
            }
        }
        BigInteger factor = commonFactor(entries);
        StringBuilder b = new StringBuilder();
        if (!matrix.nodes().isEmpty()) {
            b.append("\\noindent Nodes, in the order of the rows and columns:");
            for (int j = 0; j < matrix.nodes().size(); j++) {
                b.append(j == 0 ? " " : ", ").append("$x_{").append(j + 1).append("} = ")
                        .append(LATEX.number(matrix.nodes().get(j))).append('$');
            }
            b.append(".\n");
        }
        String h = LATEX.hPower(-matrix.hPower());
        String scale = factor.equals(BigInteger.ONE) ? h : factor + h;
        String name = matrix.normal() ? "D^{\\mathsf{T}} D" : matrix.transposed() ? "D^{\\mathsf{T}}" : "D";
        String[][] cells = new String[n][columns];
        double[] widths = new double[columns];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                cells[i][j] = LATEX.number(scaled(matrix.entry(i, j), factor));
                widths[j] = Math.max(widths[j], matrixWidth(cells[i][j]) + 10); // \arraycolsep on both sides
            }
        }
        List<int[]> blocks = new ArrayList<>();
        for (int from = 0; from < columns; ) {
            int to = from + 1;
            double width = widths[from];
            while (to < columns && width + widths[to] <= MATRIX_WIDTH) {
                width += widths[to++];
            }
            blocks.add(new int[] {from, to});
            from = to;
        }
        if (blocks.size() > 1) { // balance the blocks: as many columns in each as the widest needs
            int per = (columns + blocks.size() - 1) / blocks.size();
            blocks.clear();
            for (int from = 0; from < columns; from += per) {
                blocks.add(new int[] {from, Math.min(columns, from + per)});
            }
        }
        int widest = blocks.stream().mapToInt(c -> c[1] - c[0]).max().orElse(columns);
        if (widest > 10) {
            b.append("\\setcounter{MaxMatrixCols}{").append(widest).append("}\n");
        }
        for (int[] block : blocks) {
            b.append("\\[\n").append(factor.equals(BigInteger.ONE) ? stretch(entries, "1.5") : "").append("  ")
                    .append(blocks.size() == 1 ? name : "\\text{columns " + (block[0] + 1) + " to " + block[1]
                            + " of } " + name).append(" = ")
                    .append(scale.isEmpty() ? "" : "\\frac{1}{" + scale + "} ")
                    .append("\\begin{").append(environment).append("}\n");
            for (int i = 0; i < n; i++) {
                b.append("    ");
                for (int j = block[0]; j < block[1]; j++) {
                    b.append(j == block[0] ? "" : " & ").append(cells[i][j]);
                }
                b.append(i < n - 1 ? " \\\\\n" : "\n");
            }
            b.append("  \\end{").append(environment).append("}\n\\]\n");
        }
        return options.document(b.toString(), false);
    }

    /** A stencil of a multidimensional request: its molecule, or a table of offset vectors. */
    private String renderGrid(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        int d = stencil.dimension();
        int m = stencil.operator().order();
        StringBuilder b = new StringBuilder("% weights at the offsets (x across, y up");
        b.append(d == 3 ? ", a block per z" : "").append("); order of accuracy: ")
                .append(Notation.order(result.error())).append("; chosen by: ").append(Notation.choice(result.choice()))
                .append('\n');
        BigInteger factor = commonFactor(stencil.weights());
        String h = result.isSpaced() ? "" : LATEX.hPower(m);
        String scale = factor.equals(BigInteger.ONE) ? h : factor + h;
        String sample = result.isSpaced() ? "f(\\mathbf{x} + \\mathbf{s} \\circ \\mathbf{h})" : "f(\\mathbf{x} + \\mathbf{s} h)";
        String spacing = result.isSpaced() ? ", \\quad " + LATEX.spacing(result.spacing()) : "";
        String w = factor.equals(BigInteger.ONE) ? "w" : "c";
        b.append("\\[\n  ").append(LATEX.operator(stencil.operator())).append(" \\approx ")
                .append(scale.isEmpty() ? "" : "\\frac{1}{" + scale + "} ");
        String stretch = factor.equals(BigInteger.ONE) ? stretch(stencil.weights(), "1.5") : "";
        if (d == 2 || d == 3) {
            Molecule molecule = Molecule.of(stencil);
            int columns = molecule.columns().size();
            String ticks = "\\cline{2-2} \\cline{" + (columns + 3) + "-" + (columns + 3) + "}";
            b.append("\\sum_{\\mathbf{s}} ").append(w).append("_{\\mathbf{s}}\\, ").append(sample).append(spacing)
                    .append(",\n\\]\n");
            int rowsPerLayer = molecule.rows().size() + (d == 3 ? 1 : 0);
            int layersPerArray = Math.max(1, MAX_MOLECULE_ROWS / rowsPerLayer);
            for (int z = 0; z < molecule.slices().size(); z++) {
                boolean first = z % layersPerArray == 0;
                if (first) {
                    b.append("\\[\n").append(stretch).append("  ").append(z == 0 ? w + "_{\\mathbf{s}}:\\quad " : "")
                            .append("\\begin{array}{r@{\\quad}|@{}c*{").append(columns)
                            .append("}{r}c@{}|}\n    \\multicolumn{1}{r@{\\quad}}{y \\backslash x}")
                            .append(" & \\multicolumn{1}{@{}c}{}");
                    molecule.columns().forEach(x -> b.append(" & ").append(LATEX.number(x)));
                    b.append(" & \\multicolumn{1}{c@{}}{} \\\\\n");
                }
                if (d == 3) {
                    b.append(first ? "" : "    \\noalign{\\vskip 4pt}\n").append("    \\multicolumn{")
                            .append(columns + 3).append("}{l}{z = ").append(LATEX.number(molecule.slices().get(z)))
                            .append("} \\\\\n");
                }
                b.append("    ").append(ticks).append('\n');
                List<List<Rational>> rows = molecule.cells().get(z);
                for (int r = 0; r < rows.size(); r++) {
                    b.append("    ").append(LATEX.number(molecule.rows().get(r))).append(" &");
                    rows.get(r).forEach(v -> b.append(" & ").append(v == null ? "\\cdot"
                            : LATEX.number(scaled(v, factor))));
                    b.append(" & \\\\\n");
                }
                b.append("    ").append(ticks).append('\n');
                if (z % layersPerArray == layersPerArray - 1 || z == molecule.slices().size() - 1) {
                    b.append("  \\end{array}\n\\]\n");
                }
            }
        } else {
            b.append("\\sum_j ").append(w).append("_j ").append(sample.replace("mathbf{s}", "mathbf{s}_j")).append(spacing)
                    .append("\n\\]\n")
                    .append("\\begin{center}\n").append(stretch)
                    .append("\\begin{tabular}{rr}\n\\toprule\n$\\mathbf{s}$ & $").append(w).append("$ \\\\\n\\midrule\n");
            for (int j = 0; j < stencil.size(); j++) {
                b.append("$(").append(stencil.offsets().get(j).stream().map(LATEX::number)
                        .collect(Collectors.joining(", "))).append(")$ & $")
                        .append(LATEX.number(scaled(stencil.weights().get(j), factor))).append("$ \\\\\n");
            }
            b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        }
        if (!result.error().terms().isEmpty()) {
            b.append("\\[\n  \\text{error (approximation $-$ exact)} = ")
                    .append(LATEX.error(result.error(), false))
                    .append("\n\\]\n");
        }
        return options.document(b.toString(), false);
    }

    /**
     * The factor pulled out of a molecule, a table of offset vectors or a
     * matrix: the least common denominator {@code D} of the values when
     * {@code D > 1} and the largest integer {@code |D v|} has no more digits
     * than the widest value (the longer of its numerator and denominator), else
     * 1 (the values stay as they are).
     *
     * @param values exact entries
     * @return {@code D}, so that each value is {@code (D v) / D} with {@code D v} an integer; or 1
     */
    static BigInteger commonFactor(List<Rational> values) {
        BigInteger common = Rational.commonDenominator(values);
        if (common.equals(BigInteger.ONE)) {
            return BigInteger.ONE;
        }
        BigInteger largest = values.stream().map(v -> v.timesMultipleOfDenominator(common).abs())
                .max(BigInteger::compareTo).orElse(BigInteger.ZERO);
        int widest = values.stream().mapToInt(v -> Math.max(v.numerator().abs().toString().length(),
                v.denominator().toString().length())).max().orElse(0);
        return largest.toString().length() <= widest ? common : BigInteger.ONE;
    }

    /** @return {@code v} times the factor: an integer when the factor is a common denominator */
    private static Rational scaled(Rational v, BigInteger factor) {
        return factor.equals(BigInteger.ONE) ? v : Rational.of(v.timesMultipleOfDenominator(factor));
    }

    /** @return {@code \renewcommand{\arraystretch}{...}} when a fraction is among the values, else nothing */
    static String stretch(List<Rational> values, String stretch) {
        return values.stream().allMatch(Rational::isInteger) ? ""
                : "\\renewcommand{\\arraystretch}{" + stretch + "}\n";
    }

    /** The exact derivative as formula minus error: {@code f''(x) = \frac{...}{12h^2} + \frac{h^4}{90} f^{(6)}(x) + O(h^6)}. */
    static String equation(Stencil stencil, TruncationError error) {
        List<String> parts = new ArrayList<>();
        parts.add(LATEX.approximation(stencil));
        for (ErrorTerm t : error.terms()) { // the exact value is the formula minus the error
            parts.add(LATEX.term(new ErrorTerm(t.derivative(), t.spacingPowers(), t.coefficient().negate()), true));
        }
        return LATEX.derivative(stencil.derivative()) + " = " + Notation.signedSum(parts)
                + LATEX.bigO(error.remainder());
    }

    /** The most characters of a displayed line that fit the text width of a page at 10 pt. */
    static final int DISPLAY_LINE = 90;

    /**
     * {@link #equation} displayed: in {@code \[ \]} when it fits a line, else (long integer
     * weights, e.g. a design's 13-digit numerators) as {@code \frac{1}{D h^m}} times the sum, broken
     * between terms into shorter lines ({@code multline*}).
     */
    static String display(Stencil stencil, TruncationError error) {
        BigInteger common = Rational.commonDenominator(stencil.weights());
        String sum = Notation.sum(Notation.integerWeights(stencil, common),
                stencil.axis(0).stream().map(LATEX::sample).toList());
        int width = visible(sum) + visible(LATEX.derivative(stencil.derivative())) + 4;
        for (ErrorTerm t : error.terms()) {
            width += visible(LATEX.term(t, true)) + 2;
        }
        if (width <= DISPLAY_LINE) { // the numerator's sum sets the width of the fraction
            return "\\[\n  " + equation(stencil, error) + "\n\\]\n";
        }
        String denominator = (common.equals(BigInteger.ONE) ? "" : common.toString())
                + LATEX.hPower(stencil.derivative());
        List<String> pieces = new ArrayList<>(List.of(sum.split("(?= [+-] )")));
        if (!denominator.isEmpty()) {
            pieces.set(0, "\\frac{1}{" + denominator + "} \\Bigl(" + pieces.get(0));
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " \\Bigr)");
        }
        pieces.set(0, LATEX.derivative(stencil.derivative()) + " = " + pieces.get(0));
        for (ErrorTerm t : error.terms()) {
            pieces.add(Notation.signedSum(List.of("x", LATEX.term(new ErrorTerm(t.derivative(), t.spacingPowers(),
                    t.coefficient().negate()), true))).substring(1));
        }
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + LATEX.bigO(error.remainder()));
        StringBuilder b = new StringBuilder("\\begin{multline*}\n ");
        width = 0;
        for (String p : pieces) {
            if (width > 0 && width + visible(p) > DISPLAY_LINE - 15) { // spaces around signs are not counted
                b.append(" \\\\\n ");
                width = 0;
            }
            b.append(p);
            width += visible(p);
        }
        return b.append("\n\\end{multline*}\n").toString();
    }

    /** @return about how many characters wide a formula is set: commands, braces, sub- and superscript marks left out */
    private static int visible(String latex) {
        return latex.replaceAll("\\\\[a-zA-Z]+", "").replaceAll("[{}_^ ]", "").length();
    }
}
