package org.stencilforge.render;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.MultiTruncationError;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/** Plain-text mathematics shared by the human-readable renderers and the code emitters' comments. */
public final class Notation {

    private Notation() {
    }

    /** @return {@code f(x)}, {@code f'(x)}, {@code f''(x)}, {@code f'''(x)}, {@code f^(4)(x)}, ... */
    public static String derivative(int order) {
        return order <= 3 ? "f" + "'".repeat(order) + "(x)" : "f^(" + order + ")(x)";
    }

    /** @return the sample at an offset: {@code f(x)}, {@code f(x+h)}, {@code f(x-2h)}, {@code f(x+3h/2)} */
    static String sample(Rational offset) {
        if (offset.isZero()) {
            return "f(x)";
        }
        BigInteger p = offset.numerator().abs();
        String size = (p.equals(BigInteger.ONE) ? "" : p.toString()) + "h"
                + (offset.isInteger() ? "" : "/" + offset.denominator());
        return "f(x" + (offset.signum() < 0 ? "-" : "+") + size + ")";
    }

    /** @return {@code h^n} written out: empty for 0, {@code h} for 1 */
    public static String hPower(int n) {
        return n == 0 ? "" : n == 1 ? "h" : "h^" + n;
    }

    /**
     * The stencil as one formula over a common denominator, e.g.
     * {@code f''(x) ≈ (f(x-h) - 2 f(x) + f(x+h)) / h^2}.
     */
    static String formula(Stencil stencil) {
        return derivative(stencil.derivative()) + " ≈ " + approximation(stencil);
    }

    /** The right-hand side of {@link #formula}: {@code (f(x-h) - 2 f(x) + f(x+h)) / h^2}. */
    public static String approximation(Stencil stencil) {
        BigInteger common = Rational.commonDenominator(stencil.weights());
        List<String> samples = stencil.offsets().stream().map(Notation::sample).toList();
        List<BigInteger> coefficients = integerWeights(stencil, common);
        String sum = sum(coefficients, samples);
        boolean single = coefficients.stream().filter(c -> c.signum() != 0).count() <= 1;
        String numerator = single ? sum : "(" + sum + ")";
        String h = hPower(stencil.derivative());
        boolean unit = common.equals(BigInteger.ONE);
        String denominator = unit ? h : h.isEmpty() ? common.toString() : "(" + common + " " + h + ")";
        return numerator + (denominator.isEmpty() ? "" : " / " + denominator);
    }

    /** @return the weights times {@code common}, a multiple of their denominators: integers */
    static List<BigInteger> integerWeights(Stencil stencil, BigInteger common) {
        return stencil.weights().stream().map(w -> w.timesMultipleOfDenominator(common)).toList();
    }

    /**
     * An integer combination written out: {@code -a + 16 b - 30 c}; zero
     * coefficients are left out, unit ones written without the 1.
     *
     * @param coefficients the integers
     * @param symbols what each multiplies
     * @return the sum, or {@code 0} if every coefficient is zero
     */
    static String sum(List<BigInteger> coefficients, List<String> symbols) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < coefficients.size(); j++) {
            BigInteger c = coefficients.get(j);
            if (c.signum() == 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                b.append('-');
            }
            BigInteger magnitude = c.abs();
            b.append(magnitude.equals(BigInteger.ONE) ? "" : magnitude + " ").append(symbols.get(j));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /** @return one error term, e.g. {@code -1/90 h^4 f^(6)(x)} */
    public static String term(ErrorTerm term) {
        String h = hPower(term.hPower());
        return term.coefficient() + (h.isEmpty() ? "" : " " + h) + " " + derivative(term.derivative());
    }

    /** @return the listed error terms as a sum, with {@code O(h^k)} for the rest */
    public static String error(TruncationError error) {
        return error.terms().isEmpty() ? "0"
                : signedSum(error.terms().stream().map(Notation::term).toList())
                        + bigO(error.remainder(), Notation::hPower);
    }

    /**
     * Terms that carry their own sign joined as a sum: {@code a - b + c}.
     *
     * @param terms each written with a leading {@code -} when negative
     * @return the sum, or {@code 0} for no terms
     */
    static String signedSum(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String text : terms) {
            if (b.length() == 0) {
                b.append(text);
            } else {
                b.append(text.startsWith("-") ? " - " + text.substring(1) : " + " + text);
            }
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /**
     * @param remainder the power of {@code h} of the first term not listed, if any
     * @param power how a power of {@code h} is written ({@code h^10} in text, {@code h^{10}} in LaTeX)
     * @return {@code " + O(h^k)"}, or nothing when no term follows
     */
    static String bigO(OptionalInt remainder, IntFunction<String> power) {
        return remainder.isEmpty() ? "" : " + O(" + (remainder.getAsInt() == 0 ? "1" : power.apply(remainder.getAsInt()))
                + ")";
    }

    /** The axis letters of operators and offsets, up to four dimensions. */
    static final String AXES = "xyzw";

    /** @return {@code x}, {@code y}, ... for up to four axes, else {@code x1}, {@code x2}, ... */
    static String axis(int i, int dimension) {
        return dimension <= AXES.length() ? String.valueOf(AXES.charAt(i)) : "x" + (i + 1);
    }

    /** @return {@code Dxxy} as in the operator syntax, or {@code D[2,1,0,0,1]} past four axes */
    public static String partial(MultiIndex alpha) {
        if (alpha.dimension() > AXES.length()) {
            return "D" + alpha;
        }
        StringBuilder b = new StringBuilder("D");
        for (int i = 0; i < alpha.dimension(); i++) {
            b.append(String.valueOf(AXES.charAt(i)).repeat(alpha.get(i)));
        }
        return b.length() == 1 ? "D" + alpha : b.toString();
    }

    /** @return the operator in the syntax users type, e.g. {@code Dxx + Dyy}, {@code 2 Dxy - 1/2 Dxx} */
    public static String operator(DifferentialOperator op) {
        StringBuilder b = new StringBuilder();
        for (DifferentialOperator.Term t : op.terms()) {
            Rational c = t.coefficient();
            if (b.length() > 0) {
                b.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                b.append('-');
            }
            b.append(c.abs().equals(Rational.ONE) ? "" : c.abs() + " ").append(partial(t.derivative()));
        }
        return b.toString();
    }

    /** @return the listed terms of a multidimensional error, e.g. {@code 1/12 h^2 Dxxxx f + ... + O(h^4)} */
    public static String error(MultiTruncationError error) {
        if (error.terms().isEmpty()) {
            return "0";
        }
        return signedSum(error.terms().stream().map(t -> {
            String h = hPower(t.hPower());
            return t.coefficient() + (h.isEmpty() ? "" : " " + h) + " " + partial(t.derivative()) + " f";
        }).toList()) + bigO(error.remainder(), Notation::hPower);
    }

    /** @return the order of a multidimensional stencil as a phrase */
    public static String order(MultiTruncationError error) {
        return error.order().isPresent() ? Integer.toString(error.order().getAsInt()) : "exact (no truncation error)";
    }

    /** @return how the weights were chosen, in words: {@code isotropic leading error, then minimum norm} */
    static String choice(List<Choice> steps) {
        return steps.stream().map(Choice::description).collect(java.util.stream.Collectors.joining(", then "));
    }

    /** @return {@code central}, {@code forward}, {@code backward} */
    static String scheme(Scheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT);
    }

    /** @return {@code Central}, {@code Forward}, {@code Backward}: the scheme leading a heading */
    static String schemeTitle(Scheme scheme) {
        String name = scheme(scheme);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** @return every offset of a table's stencils of one derivative, ascending: the table's columns */
    static List<Rational> columns(List<StencilTable.Entry> entries) {
        return entries.stream().flatMap(e -> e.result().stencil().offsets().stream()).distinct().sorted().toList();
    }

    /** @return the weight of a stencil at an offset, or {@code null} if the stencil has no such point */
    static Rational weightAt(Stencil stencil, Rational offset) {
        int j = stencil.offsets().indexOf(offset);
        return j < 0 ? null : stencil.weights().get(j);
    }

    /** @return the order of accuracy as a phrase: {@code 4}, or {@code exact (no truncation error)} */
    public static String order(TruncationError error) {
        return error.order().isPresent()
                ? Integer.toString(error.order().getAsInt())
                : "exact (no truncation error)";
    }
}
