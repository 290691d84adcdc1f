package org.stencilforge.render;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.symbolic.Expr;

/**
 * The mathematics that every human-readable output prints, in two dialects:
 * {@link #PLAIN} for text, Markdown and the comments of generated code
 * ({@code -1/90 h^4 f^(6)(x)}, {@code 1/12 h^2 Dxxxx f}) and {@link #LATEX}
 * ({@code -\frac{h^4}{90} f^{(6)}(x)}). Derivative symbols, powers of
 * {@code h}, numbers, samples, error terms, signed sums and {@code O(h^k)} are
 * written here once; renderers only arrange them. Everything printed is a
 * number or symbol of the library, never user text.
 *
 * <p>A stencil of a 1-D request is written with {@code f^(m)(x)}; a stencil of
 * a multidimensional request with partial derivatives {@code ∂^α f}, in any
 * dimension ({@link org.stencilforge.analysis.AnalysedStencil#isLine}).
 */
public enum Notation {
    /** Plain text: {@code f''(x)}, {@code h^10}, {@code 3/4}, {@code f(x-2h)}, {@code Dxxyy f}. */
    PLAIN {
        @Override
        public String derivative(int order) {
            return order <= 3 ? "f" + "'".repeat(order) + "(x)" : "f^(" + order + ")(x)";
        }

        @Override
        public String hPower(int n) {
            return n == 0 ? "" : n == 1 ? "h" : "h^" + n;
        }

        @Override
        public String number(Rational r) {
            return r.toString();
        }

        @Override
        public String sample(Rational offset) {
            if (offset.isZero()) {
                return "f(x)";
            }
            BigInteger p = offset.numerator().abs();
            String size = (p.equals(BigInteger.ONE) ? "" : p.toString()) + "h"
                    + (offset.isInteger() ? "" : "/" + offset.denominator());
            return "f(x" + (offset.signum() < 0 ? "-" : "+") + size + ")";
        }

        @Override
        public String operatorSymbol(MultiIndex alpha) {
            if (alpha.dimension() > AXES.length()) {
                return "D" + alpha;
            }
            StringBuilder b = new StringBuilder("D");
            for (int i = 0; i < alpha.dimension(); i++) {
                b.append(String.valueOf(AXES.charAt(i)).repeat(alpha.get(i)));
            }
            return b.length() == 1 ? "D" + alpha : b.toString();
        }

        @Override
        public String partial(MultiIndex alpha) {
            return operatorSymbol(alpha) + " f";
        }

        @Override
        String coefficient(Rational magnitude, int hPower) {
            String h = hPower(hPower);
            if (h.isEmpty() || !magnitude.equals(Rational.ONE)) {
                return magnitude + (h.isEmpty() ? "" : " " + h);
            }
            return h;
        }

        @Override
        public String approximation(Stencil stencil) {
            BigInteger common = Rational.commonDenominator(stencil.weights());
            List<BigInteger> coefficients = integerWeights(stencil, common);
            String sum = sum(coefficients, stencil.axis(0).stream().map(this::sample).toList());
            boolean single = coefficients.stream().filter(c -> c.signum() != 0).count() <= 1;
            String numerator = single ? sum : "(" + sum + ")";
            String h = hPower(stencil.derivative());
            String denominator = common.equals(BigInteger.ONE) ? h
                    : h.isEmpty() ? common.toString() : "(" + common + " " + h + ")";
            return numerator + (denominator.isEmpty() ? "" : " / " + denominator);
        }
    },

    /** LaTeX ({@code amsmath}): {@code f^{(4)}(x)}, {@code h^{10}}, {@code \frac{3}{4}}, {@code f_{-2}}. */
    LATEX {
        @Override
        public String derivative(int order) {
            return order <= 3 ? "f" + "'".repeat(order) + "(x)" : "f^{(" + order + ")}(x)";
        }

        @Override
        public String hPower(int n) {
            if (n == 0) {
                return "";
            }
            String e = Integer.toString(n);
            return n == 1 ? "h" : "h^" + (e.length() == 1 ? e : "{" + e + "}");
        }

        @Override
        public String number(Rational r) {
            if (r.isInteger()) {
                return r.toString();
            }
            return (r.signum() < 0 ? "-" : "") + "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
        }

        @Override
        public String sample(Rational offset) {
            String s = offset.toString();
            return "f_" + (s.length() == 1 ? s : "{" + s + "}");
        }

        @Override
        public String operatorSymbol(MultiIndex alpha) {
            return partial(alpha);
        }

        @Override
        public String partial(MultiIndex alpha) {
            int n = alpha.order();
            if (n == 0) {
                return "f";
            }
            StringBuilder den = new StringBuilder();
            for (int i = 0; i < alpha.dimension(); i++) {
                int k = alpha.get(i);
                if (k > 0) {
                    den.append(den.length() == 0 ? "" : " ").append("\\partial ").append(axis(i, alpha.dimension()))
                            .append(k == 1 ? "" : "^{" + k + "}");
                }
            }
            return "\\frac{\\partial" + (n == 1 ? "" : "^{" + n + "}") + " f}{" + den + "}";
        }

        @Override
        String coefficient(Rational magnitude, int hPower) {
            String h = hPower(hPower);
            String numerator = magnitude.numerator().equals(BigInteger.ONE) && !h.isEmpty()
                    ? h : magnitude.numerator() + (h.isEmpty() ? "" : " " + h);
            return magnitude.isInteger() ? numerator : "\\frac{" + numerator + "}{" + magnitude.denominator() + "}";
        }

        @Override
        public String approximation(Stencil stencil) {
            BigInteger common = Rational.commonDenominator(stencil.weights());
            String sum = sum(integerWeights(stencil, common), stencil.axis(0).stream().map(this::sample).toList());
            String h = hPower(stencil.derivative());
            String denominator = common.equals(BigInteger.ONE) ? h : common + h;
            return denominator.isEmpty() ? sum : "\\frac{" + sum + "}{" + denominator + "}";
        }
    };

    /** The axis letters of operators and offsets, up to four dimensions. */
    static final String AXES = "xyzw";

    /** @return the 1-D derivative symbol: {@code f(x)}, {@code f'(x)}, {@code f''(x)}, {@code f'''(x)}, {@code f^(4)(x)} */
    public abstract String derivative(int order);

    /** @return {@code h^n} written out: empty for 0, {@code h} for 1 */
    public abstract String hPower(int n);

    /** @return an exact number: {@code -1/12}, or {@code -\frac{1}{12}} */
    public abstract String number(Rational r);

    /** @return the sample at an offset: {@code f(x-2h)}, or {@code f_{-2}} */
    public abstract String sample(Rational offset);

    /** @return {@code ∂^α} as a term of an operator: {@code Dxxy}, or the LaTeX fraction applied to {@code f} */
    public abstract String operatorSymbol(MultiIndex alpha);

    /** @return {@code ∂^α f}: {@code Dxxy f}, or {@code \frac{\partial^{3} f}{\partial x^{2} \partial y}} */
    public abstract String partial(MultiIndex alpha);

    /**
     * A positive coefficient times a power of {@code h}: {@code 1/12 h^2}, or
     * {@code \frac{h^2}{12}}; a unit coefficient is not written before a power
     * of {@code h} ({@code h}, not {@code 1 h}), and alone it is {@code 1}.
     */
    abstract String coefficient(Rational magnitude, int hPower);

    /**
     * @param stencil a 1-D stencil
     * @return its formula over a common denominator: {@code (f(x-h) - 2 f(x) + f(x+h)) / h^2},
     *     or {@code \frac{f_{-1} - 2 f_0 + f_1}{h^2}}
     */
    public abstract String approximation(Stencil stencil);

    /**
     * @param term an error term
     * @param line whether to write the derivative as {@code f^(n)(x)} (1-D requests) or {@code ∂^α f}
     * @return the term with its sign: {@code -1/90 h^4 f^(6)(x)}, {@code 1/12 h^2 Dxxxx f}, {@code h f''(x)},
     *     {@code -f(x)}: a unit coefficient is not written
     */
    public String term(ErrorTerm term, boolean line) {
        Rational c = term.coefficient();
        String size = term.spacingPowers().size() > 1 ? spacedCoefficient(c.abs(), term.spacingPowers())
                : coefficient(c.abs(), term.hPower());
        return (c.signum() < 0 ? "-" : "") + (size.equals("1") ? "" : size + " ")
                + (line ? derivative(term.derivative().get(0)) : partial(term.derivative()));
    }

    /**
     * A positive coefficient times a monomial in the spacings of the axes:
     * {@code hx^2/12}, {@code hy^4/(6*hx^2)}, or {@code \frac{h_{x}^2}{12}}; alone, {@code 1}.
     */
    private String spacedCoefficient(Rational magnitude, List<Integer> powers) {
        List<Expr> factors = new java.util.ArrayList<>();
        if (!magnitude.equals(Rational.ONE)) {
            factors.add(Expr.number(magnitude));
        }
        for (int a = 0; a < powers.size(); a++) {
            if (powers.get(a) != 0) {
                factors.add(Expr.power(Expr.symbol(spacingName(a, powers.size())), powers.get(a)));
            }
        }
        Expr e = Expr.product(factors);
        return this == PLAIN ? e.text() : e.latex();
    }

    /**
     * @param axis an axis, from 0
     * @param dimension the dimension
     * @return the name of the axis' spacing: {@code hx}, {@code hy}, {@code hz}, {@code hw}, or
     *     {@code h1}, {@code h2}, ... past four dimensions
     */
    public static String spacingName(int axis, int dimension) {
        return dimension <= AXES.length() ? "h" + AXES.charAt(axis) : "h" + (axis + 1);
    }

    /**
     * @param spacing one spacing per axis
     * @return {@code h = (hx, hy) = (1/10, 1/20)}, or in LaTeX
     *     {@code \mathbf{h} = (h_{x}, h_{y}) = (\frac{1}{10}, \frac{1}{20})}
     */
    public String spacing(List<Rational> spacing) {
        int d = spacing.size();
        List<String> names = new java.util.ArrayList<>();
        for (int a = 0; a < d; a++) {
            Expr name = Expr.symbol(spacingName(a, d));
            names.add(this == PLAIN ? name.text() : name.latex());
        }
        return (this == PLAIN ? "h" : "\\mathbf{h}") + " = (" + String.join(", ", names) + ") = ("
                + spacing.stream().map(this::number).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * @param error a truncation error
     * @param line as in {@link #term}
     * @return the listed terms as a sum with {@code O(h^k)} for the rest, or {@code 0}
     */
    public String error(TruncationError error, boolean line) {
        List<ErrorTerm> terms = error.terms();
        List<String> pieces = new java.util.ArrayList<>();
        for (int i = 0, j; i < terms.size(); i = j) {
            j = i + 1;
            while (j < terms.size() && terms.get(j).spacingPowers().size() > 1
                    && terms.get(j).derivative().equals(terms.get(i).derivative())) {
                j++;
            }
            pieces.add(j == i + 1 ? term(terms.get(i), line) : collected(terms.subList(i, j)));
        }
        return terms.isEmpty() ? "0" : signedSum(pieces) + bigO(error.remainder());
    }

    /**
     * Terms of one derivative on a grid with a spacing per axis (they come from
     * different terms of the operator, so their spacing monomials differ) as one
     * term with the common rational and monomial factored out:
     * {@code (hx^2 + hy^2)/12 Dxxyy f}, the larger powers of the first axes first.
     */
    private String collected(List<ErrorTerm> terms) {
        int d = terms.get(0).spacingPowers().size();
        BigInteger top = BigInteger.ZERO;
        BigInteger bottom = BigInteger.ONE;
        int[] low = new int[d];
        java.util.Arrays.fill(low, Integer.MAX_VALUE);
        for (ErrorTerm t : terms) {
            top = top.gcd(t.coefficient().numerator());
            BigInteger q = t.coefficient().denominator();
            bottom = bottom.divide(bottom.gcd(q)).multiply(q);
            for (int a = 0; a < d; a++) {
                low[a] = Math.min(low[a], t.spacingPowers().get(a));
            }
        }
        Rational common = Rational.of(top, bottom);
        if (terms.stream().allMatch(t -> t.coefficient().signum() < 0)) {
            common = common.negate();
        }
        List<ErrorTerm> ordered = new java.util.ArrayList<>(terms);
        ordered.sort((s, t) -> {
            for (int a = 0; a < d; a++) {
                int c = Integer.compare(t.spacingPowers().get(a), s.spacingPowers().get(a));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<Expr> sum = new java.util.ArrayList<>();
        for (ErrorTerm t : ordered) {
            List<Expr> factors = new java.util.ArrayList<>();
            Rational c = t.coefficient().divide(common);
            if (!c.equals(Rational.ONE)) {
                factors.add(Expr.number(c));
            }
            factors.addAll(monomial(t.spacingPowers(), low, -1));
            sum.add(Expr.product(factors));
        }
        List<Expr> factors = new java.util.ArrayList<>();
        if (!common.abs().equals(Rational.ONE)) {
            factors.add(Expr.number(common.abs()));
        }
        factors.addAll(monomial(java.util.Arrays.stream(low).boxed().toList(), low, 0));
        factors.add(Expr.sum(sum));
        Expr e = Expr.product(factors);
        return (common.signum() < 0 ? "-" : "") + (this == PLAIN ? e.text() : e.latex()) + " "
                + partial(terms.get(0).derivative());
    }

    /** The spacings to the powers {@code powers - scale·low}, one factor per axis whose power is not 0. */
    private static List<Expr> monomial(List<Integer> powers, int[] low, int scale) {
        List<Expr> factors = new java.util.ArrayList<>();
        for (int a = 0; a < powers.size(); a++) {
            int k = powers.get(a) + scale * low[a];
            if (k != 0) {
                factors.add(Expr.power(Expr.symbol(spacingName(a, powers.size())), k));
            }
        }
        return factors;
    }

    /**
     * @param remainder the power of {@code h} of the first term not listed, if any
     * @return {@code " + O(h^k)"}, or nothing when no term follows
     */
    public String bigO(OptionalInt remainder) {
        return remainder.isEmpty() ? ""
                : " + O(" + (remainder.getAsInt() == 0 ? "1" : hPower(remainder.getAsInt())) + ")";
    }

    /** @return the operator: {@code Dxx + Dyy}, {@code 2 Dxy - 1/2 Dxx}; in LaTeX with fractions */
    public String operator(DifferentialOperator op) {
        StringBuilder b = new StringBuilder();
        for (DifferentialOperator.Term t : op.terms()) {
            Rational c = t.coefficient();
            if (b.length() > 0) {
                b.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                b.append('-');
            }
            b.append(c.abs().equals(Rational.ONE) ? "" : number(c.abs()) + " ").append(operatorSymbol(t.derivative()));
        }
        return b.toString();
    }

    /** @return the 1-D formula {@code f''(x) ≈ (f(x-h) - 2 f(x) + f(x+h)) / h^2}, plain */
    public static String formula(Stencil stencil) {
        return PLAIN.derivative(stencil.derivative()) + " ≈ " + PLAIN.approximation(stencil);
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

    /**
     * Terms that carry their own sign joined as a sum: {@code a - b + c}.
     *
     * @param terms each written with a leading {@code -} when negative
     * @return the sum, or {@code 0} for no terms
     */
    public static String signedSum(List<String> terms) {
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

    /** @return {@code x}, {@code y}, ... for up to four axes, else {@code x1}, {@code x2}, ... */
    public static String axis(int i, int dimension) {
        return dimension <= AXES.length() ? String.valueOf(AXES.charAt(i)) : "x" + (i + 1);
    }

    /** @return the order of accuracy as a phrase: {@code 4}, or {@code exact (no truncation error)} */
    public static String order(TruncationError error) {
        return error.order().isPresent() ? Integer.toString(error.order().getAsInt()) : "exact (no truncation error)";
    }

    /** @return how the weights were chosen, in words: {@code isotropic leading error, then minimum norm} */
    static String choice(List<Choice> steps) {
        return steps.stream().map(Choice::description).collect(Collectors.joining(", then "));
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
        return entries.stream().flatMap(e -> e.result().stencil().axis(0).stream()).distinct().sorted().toList();
    }

    /** @return the weight of a 1-D stencil at an offset, or {@code null} if the stencil has no such point */
    static Rational weightAt(Stencil stencil, Rational offset) {
        int j = stencil.axis(0).indexOf(offset);
        return j < 0 ? null : stencil.weights().get(j);
    }
}
