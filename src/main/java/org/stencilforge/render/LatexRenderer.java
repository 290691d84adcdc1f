package org.stencilforge.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.analysis.AnalysedMultiStencil;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.MultiStencil;
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
public final class LatexRenderer implements StencilRenderer, TableRenderer, MatrixRenderer, MultiStencilRenderer {

    /** The largest matrix written out in LaTeX; larger ones belong in CSV or JSON. */
    public static final int MAX_MATRIX_SIZE = 24;

    private final RenderOptions options;

    /** @param options whether to emit a whole document, and the matrix environment */
    public LatexRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        StringBuilder b = new StringBuilder();
        b.append("% f_s denotes f(x + s h); order of accuracy: ").append(Notation.order(result.error())).append('\n');
        b.append("\\[\n  ").append(equation(stencil, result.error())).append("\n\\]\n");
        b.append("\\begin{center}\n\\begin{tabular}{rr}\n\\toprule\n$s$ & $w$ \\\\\n\\midrule\n");
        for (int j = 0; j < stencil.size(); j++) {
            b.append('$').append(number(stencil.offsets().get(j))).append("$ & $")
                    .append(number(stencil.weights().get(j))).append("$ \\\\\n");
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
                    .append(" differences: $").append(derivative(m)).append(" \\approx ").append(scale)
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
                    b.append(" & ").append(w == null ? "" : "$" + number(w) + "$");
                }
                List<ErrorTerm> terms = e.result().error().terms();
                b.append(" & ").append(terms.isEmpty() ? "exact" : "$" + signedTerm(terms.get(0)) + "$")
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
        String h = hPower(-matrix.hPower());
        b.append("\\[\n  ").append(matrix.transposed() ? "D^{\\mathsf{T}}" : "D").append(" = ")
                .append(h.isEmpty() ? "" : "\\frac{1}{" + h + "} ")
                .append("\\begin{").append(environment).append("}\n");
        for (int i = 0; i < n; i++) {
            b.append("    ");
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : " & ").append(number(matrix.entry(i, j)));
            }
            b.append(i < n - 1 ? " \\\\\n" : "\n");
        }
        b.append("  \\end{").append(environment).append("}\n\\]\n");
        if (!matrix.nodes().isEmpty()) {
            b.append("% on the nodes ").append(matrix.nodes()).append('\n');
        }
        return document(b.toString(), false);
    }

    @Override
    public String render(AnalysedMultiStencil result) {
        MultiStencil stencil = result.stencil();
        int d = stencil.dimension();
        int m = stencil.operator().order();
        StringBuilder b = new StringBuilder("% weights at the offsets (first axis across, second up); order of accuracy: ")
                .append(Notation.order(result.error())).append("; chosen by: ").append(Notation.choice(result.choice()))
                .append('\n');
        StringBuilder op = new StringBuilder();
        for (DifferentialOperator.Term t : stencil.operator().terms()) {
            Rational c = t.coefficient();
            op.append(op.length() == 0 ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "))
                    .append(c.abs().equals(Rational.ONE) ? "" : number(c.abs()) + " ").append(partial(t.derivative()));
        }
        String scale = m == 0 ? "" : "\\frac{1}{" + hPower(m) + "} ";
        if (d == 2 || d == 3) {
            Molecule molecule = Molecule.of(stencil);
            for (int z = 0; z < molecule.slices().size(); z++) {
                b.append("\\[\n  ");
                if (z == 0) {
                    b.append(op).append(" \\approx ").append(scale);
                }
                if (d == 3) {
                    b.append("z = ").append(number(molecule.slices().get(z))).append(":\\quad ");
                }
                b.append("\\left[\\begin{array}{").append("r".repeat(molecule.columns().size())).append("}\n");
                List<List<Rational>> rows = molecule.cells().get(z);
                for (int r = 0; r < rows.size(); r++) {
                    b.append("    ").append(rows.get(r).stream().map(w -> w == null ? "\\cdot" : number(w))
                            .collect(Collectors.joining(" & "))).append(r < rows.size() - 1 ? " \\\\\n" : "\n");
                }
                b.append("  \\end{array}\\right]\n\\]\n");
            }
        } else {
            b.append("\\[\n  ").append(op).append(" \\approx ").append(scale)
                    .append("\\sum_j w_j f(\\mathbf{x} + \\mathbf{s}_j h)\n\\]\n")
                    .append("\\begin{center}\n\\begin{tabular}{rr}\n\\toprule\n$\\mathbf{s}$ & $w$ \\\\\n\\midrule\n");
            for (int j = 0; j < stencil.size(); j++) {
                b.append("$(").append(stencil.offsets().get(j).stream().map(LatexRenderer::number)
                        .collect(Collectors.joining(", "))).append(")$ & $")
                        .append(number(stencil.weights().get(j))).append("$ \\\\\n");
            }
            b.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n");
        }
        if (!result.error().terms().isEmpty()) {
            b.append("\\[\n  \\text{error (approximation $-$ exact)} = ")
                    .append(Notation.signedSum(result.error().terms().stream()
                            .map(t -> (t.coefficient().signum() < 0 ? "-" : "")
                                    + coefficient(t.coefficient().abs(), t.hPower()) + " " + partial(t.derivative()))
                            .toList()))
                    .append(Notation.bigO(result.error().remainder(), LatexRenderer::hPower))
                    .append("\n\\]\n");
        }
        return document(b.toString(), false);
    }

    /** {@code \frac{\partial^{4} f}{\partial x^{3} \partial y}}, or {@code f} for no derivative. */
    private static String partial(MultiIndex alpha) {
        int n = alpha.order();
        if (n == 0) {
            return "f";
        }
        StringBuilder den = new StringBuilder();
        for (int i = 0; i < alpha.dimension(); i++) {
            int k = alpha.get(i);
            if (k > 0) {
                den.append(den.length() == 0 ? "" : " ").append("\\partial ").append(Notation.axis(i, alpha.dimension()))
                        .append(k == 1 ? "" : "^{" + k + "}");
            }
        }
        return "\\frac{\\partial" + (n == 1 ? "" : "^{" + n + "}") + " f}{" + den + "}";
    }

    /** {@code \frac{h^2}{12}}: a positive coefficient times a power of h. */
    private static String coefficient(Rational magnitude, int hPower) {
        String h = hPower(hPower);
        String numerator = magnitude.numerator().equals(BigInteger.ONE) && !h.isEmpty()
                ? h : magnitude.numerator() + (h.isEmpty() ? "" : " " + h);
        return magnitude.isInteger() ? numerator : "\\frac{" + numerator + "}{" + magnitude.denominator() + "}";
    }

    /** {@code -\frac{h^4}{90} f^{(6)}(x)}: an error term with its sign. */
    static String signedTerm(ErrorTerm t) {
        return (t.coefficient().signum() < 0 ? "-" : "") + term(t.coefficient().abs(), t.hPower(), t.derivative());
    }

    /** The exact derivative as formula minus error: {@code f''(x) = \frac{...}{12h^2} + \frac{h^4}{90} f^{(6)}(x) + O(h^6)}. */
    static String equation(Stencil stencil, TruncationError error) {
        BigInteger common = Rational.commonDenominator(stencil.weights());
        List<String> samples = stencil.offsets().stream().map(LatexRenderer::sample).toList();
        String sum = Notation.sum(Notation.integerWeights(stencil, common), samples);
        String h = hPower(stencil.derivative());
        String denominator = common.equals(BigInteger.ONE) ? h : common + h;
        List<String> parts = new ArrayList<>();
        parts.add(denominator.isEmpty() ? sum : "\\frac{" + sum + "}{" + denominator + "}");
        for (ErrorTerm t : error.terms()) { // the exact value is the formula minus the error
            Rational c = t.coefficient().negate();
            parts.add((c.signum() < 0 ? "-" : "") + term(c.abs(), t.hPower(), t.derivative()));
        }
        return derivative(stencil.derivative()) + " = " + Notation.signedSum(parts)
                + Notation.bigO(error.remainder(), LatexRenderer::hPower);
    }

    /** {@code \frac{h^4}{90} f^{(6)}(x)} for a positive coefficient. */
    private static String term(Rational magnitude, int hPower, int derivative) {
        return coefficient(magnitude, hPower) + " " + derivative(derivative);
    }

    /** @return {@code 3}, {@code -\frac{1}{12}} */
    static String number(Rational r) {
        if (r.isInteger()) {
            return r.toString();
        }
        return (r.signum() < 0 ? "-" : "") + "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
    }

    /** @return {@code f(x)}, {@code f'(x)}, ..., {@code f^{(4)}(x)} */
    static String derivative(int order) {
        return order <= 3 ? "f" + "'".repeat(order) + "(x)" : "f^{(" + order + ")}(x)";
    }

    /** @return {@code h^2}, {@code h^{10}}, {@code h}, or empty for the power 0 */
    static String hPower(int n) {
        if (n == 0) {
            return "";
        }
        String e = Integer.toString(n);
        return n == 1 ? "h" : "h^" + (e.length() == 1 ? e : "{" + e + "}");
    }

    /** @return {@code f_0}, {@code f_{-2}}, {@code f_{1/2}} */
    private static String sample(Rational offset) {
        String s = offset.toString();
        return "f_" + (s.length() == 1 ? s : "{" + s + "}");
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
