package org.stencilforge.render;

import static org.stencilforge.render.Notation.LATEX;

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
 * {@code pmatrix} of exact entries, with its power of {@code h} in front. A 2-D
 * or 3-D stencil is its molecule (an {@code array} per slice, {@code \cdot}
 * where there is no point) and its error, approximation minus exact; other
 * dimensions get a table of offsets and weights.
 * Everything printed is a number the library computed: no user text reaches
 * the output, so there is nothing to escape.
 */
public final class LatexRenderer implements StencilRenderer, TableRenderer, MatrixRenderer {

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
        b.append("\\[\n  ").append(equation(stencil, result.error())).append("\n\\]\n");
        b.append("\\begin{center}\n\\begin{tabular}{rr}\n\\toprule\n$s$ & $w$ \\\\\n\\midrule\n");
        for (int j = 0; j < stencil.size(); j++) {
            b.append('$').append(LATEX.number(stencil.offsets().get(j).get(0))).append("$ & $")
                    .append(LATEX.number(stencil.weights().get(j))).append("$ \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        return document(b.toString(), false);
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
                    .append("\\footnotesize\n\\setlength{\\tabcolsep}{3pt}\n\\renewcommand{\\arraystretch}{1.6}\n")
                    .append("\\begin{tabular}{r*{")
                    .append(columns.size()).append("}{r}l}\n\\toprule\n$p$");
            columns.forEach(s -> b.append(" & $").append(s).append('$'));
            b.append(" & error \\\\\n\\midrule\n");
            for (StencilTable.Entry e : entries) {
                b.append(e.accuracy());
                for (Rational s : columns) {
                    Rational w = Notation.weightAt(e.result().stencil(), s);
                    b.append(" & ").append(w == null ? "" : "$" + LATEX.number(w) + "$");
                }
                List<ErrorTerm> terms = e.result().error().terms();
                b.append(" & ").append(terms.isEmpty() ? "exact" : "$" + LATEX.term(terms.get(0), true) + "$")
                        .append(" \\\\\n");
            }
            b.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
        }
        return document(b.toString(), true);
    }

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        if (n > MAX_MATRIX_SIZE) {
            throw new IllegalStateException("LaTeX matrices stop at " + MAX_MATRIX_SIZE + " rows");
        }
        String environment = options.matrixEnvironment();
        StringBuilder b = new StringBuilder();
        if (n > 10) {
            b.append("\\setcounter{MaxMatrixCols}{").append(n).append("}\n");
        }
        String h = LATEX.hPower(-matrix.hPower());
        b.append("\\[\n  ").append(matrix.transposed() ? "D^{\\mathsf{T}}" : "D").append(" = ")
                .append(h.isEmpty() ? "" : "\\frac{1}{" + h + "} ")
                .append("\\begin{").append(environment).append("}\n");
        for (int i = 0; i < n; i++) {
            b.append("    ");
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : " & ").append(LATEX.number(matrix.entry(i, j)));
            }
            b.append(i < n - 1 ? " \\\\\n" : "\n");
        }
        b.append("  \\end{").append(environment).append("}\n\\]\n");
        if (!matrix.nodes().isEmpty()) {
            b.append("% on the nodes ").append(matrix.nodes()).append('\n');
        }
        return document(b.toString(), false);
    }

    /** A stencil of a multidimensional request: its molecule, or a table of offset vectors. */
    private String renderGrid(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        int d = stencil.dimension();
        int m = stencil.operator().order();
        StringBuilder b = new StringBuilder("% weights at the offsets (first axis across, second up); order of accuracy: ")
                .append(Notation.order(result.error())).append("; chosen by: ").append(Notation.choice(result.choice()))
                .append('\n');
        String op = LATEX.operator(stencil.operator());
        String scale = m == 0 ? "" : "\\frac{1}{" + LATEX.hPower(m) + "} ";
        if (d == 2 || d == 3) {
            Molecule molecule = Molecule.of(stencil);
            for (int z = 0; z < molecule.slices().size(); z++) {
                b.append("\\[\n  ");
                if (z == 0) {
                    b.append(op).append(" \\approx ").append(scale);
                }
                if (d == 3) {
                    b.append("z = ").append(LATEX.number(molecule.slices().get(z))).append(":\\quad ");
                }
                b.append("\\left[\\begin{array}{").append("r".repeat(molecule.columns().size())).append("}\n");
                List<List<Rational>> rows = molecule.cells().get(z);
                for (int r = 0; r < rows.size(); r++) {
                    b.append("    ").append(rows.get(r).stream().map(w -> w == null ? "\\cdot" : LATEX.number(w))
                            .collect(Collectors.joining(" & "))).append(r < rows.size() - 1 ? " \\\\\n" : "\n");
                }
                b.append("  \\end{array}\\right]\n\\]\n");
            }
        } else {
            b.append("\\[\n  ").append(op).append(" \\approx ").append(scale)
                    .append("\\sum_j w_j f(\\mathbf{x} + \\mathbf{s}_j h)\n\\]\n")
                    .append("\\begin{center}\n\\begin{tabular}{rr}\n\\toprule\n$\\mathbf{s}$ & $w$ \\\\\n\\midrule\n");
            for (int j = 0; j < stencil.size(); j++) {
                b.append("$(").append(stencil.offsets().get(j).stream().map(LATEX::number)
                        .collect(Collectors.joining(", "))).append(")$ & $")
                        .append(LATEX.number(stencil.weights().get(j))).append("$ \\\\\n");
            }
            b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        }
        if (!result.error().terms().isEmpty()) {
            b.append("\\[\n  \\text{error (approximation $-$ exact)} = ")
                    .append(LATEX.error(result.error(), false))
                    .append("\n\\]\n");
        }
        return document(b.toString(), false);
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

    /** Wraps a body in a minimal document when {@code --standalone} was asked for. */
    private String document(String body, boolean landscape) {
        if (!options.standalone()) {
            return body;
        }
        return "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                + "\\usepackage[" + (landscape ? "landscape," : "") + "margin=2cm]{geometry}\n\\begin{document}\n"
                + body + "\\end{document}\n";
    }
}
