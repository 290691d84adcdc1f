package org.stencilforge.render;

import java.math.BigInteger;
import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * For papers: LaTeX that compiles with {@code amsmath} and {@code booktabs}.
 *
 * <p>A stencil is a display equation stating the exact derivative as the
 * formula minus its error, {@code f''(x) = \frac{...}{12h^2} + \frac{h^4}{90}
 * f^{(6)}(x) + O(h^6)} (the error of the README is approximation minus exact,
 * so its terms appear here with the opposite sign), and a {@code booktabs}
 * table of offsets and weights. {@code f_s} stands for {@code f(x + s h)}.
 * Everything printed is a number the library computed: no user text reaches
 * the output, so there is nothing to escape.
 */
public final class LatexRenderer implements StencilRenderer {

    private final boolean standalone;

    /** @param standalone whether to wrap the output in a minimal compilable document */
    public LatexRenderer(boolean standalone) {
        this.standalone = standalone;
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
        return document(b.toString());
    }

    /** The exact derivative as formula minus error: {@code f''(x) = \frac{...}{12h^2} + \frac{h^4}{90} f^{(6)}(x) + O(h^6)}. */
    static String equation(Stencil stencil, TruncationError error) {
        BigInteger common = Rational.commonDenominator(stencil.weights());
        List<String> samples = stencil.offsets().stream().map(LatexRenderer::sample).toList();
        String sum = Notation.sum(Notation.integerWeights(stencil, common), samples);
        String h = hPower(stencil.derivative());
        String denominator = common.equals(BigInteger.ONE) ? h : common + h;
        StringBuilder b = new StringBuilder(derivative(stencil.derivative())).append(" = ");
        b.append(denominator.isEmpty() ? sum : "\\frac{" + sum + "}{" + denominator + "}");
        for (ErrorTerm t : error.terms()) {
            Rational c = t.coefficient().negate();
            b.append(c.signum() < 0 ? " - " : " + ").append(term(c.abs(), t.hPower(), t.derivative()));
        }
        error.remainder().ifPresent(k -> b.append(" + O(").append(k == 0 ? "1" : hPower(k)).append(')'));
        return b.toString();
    }

    /** {@code \frac{h^4}{90} f^{(6)}(x)} for a positive coefficient. */
    private static String term(Rational magnitude, int hPower, int derivative) {
        String h = hPower(hPower);
        String numerator = magnitude.numerator().equals(BigInteger.ONE) && !h.isEmpty()
                ? h : magnitude.numerator() + (h.isEmpty() ? "" : " " + h);
        String coefficient = magnitude.isInteger() ? numerator
                : "\\frac{" + numerator + "}{" + magnitude.denominator() + "}";
        return coefficient + " " + derivative(derivative);
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
    String document(String body) {
        if (!standalone) {
            return body;
        }
        return "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                + "\\usepackage[margin=2cm]{geometry}\n\\begin{document}\n"
                + body + "\\end{document}\n";
    }
}
