package org.stencilforge.verify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Reads weights as programs and papers print them: integers, fractions
 * ({@code -1/12}), exact decimals ({@code 0.25}), floating-point literals
 * ({@code -0.08333333333333333}, {@code 1.3333333333333333e+00}, {@code 5.},
 * {@code .5}) and quotients of them ({@code 1.0/12.0}, {@code -5./2}).
 *
 * <p>The mode, unless given: {@link WeightMode#DOUBLE} when any literal of the
 * stencil (or matrix) has {@value #DOUBLE_DIGITS} or more significant digits
 * (what {@code repr} of a double and {@code %.16e} print), else
 * {@link WeightMode#DECIMAL}. Significant digits are the digits of the
 * significand without leading zeros.
 */
public final class Literals {

    /** Significant digits from which a literal is taken for a printed double. */
    public static final int DOUBLE_DIGITS = 16;

    private static final Pattern NUMBER = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(?:[eE]([+-]?\\d+))?");
    private static final Pattern LITERAL = Pattern.compile("([+-]?)" + NUMBER.pattern() + "(?:/([+-]?)"
            + NUMBER.pattern() + ")?");

    private Literals() {
    }

    /**
     * Weights read in one mode.
     *
     * @param mode the mode used
     * @param values the exact values, in the order given
     * @param texts the texts as given
     */
    public record Weights(WeightMode mode, List<Rational> values, List<String> texts) {
    }

    /**
     * @param texts the literals
     * @param mode the mode, or {@code null} for the default rule
     * @param where how to name the i-th literal in messages, e.g. {@code "--weights: weight 3"}
     * @return the weights
     * @throws StencilforgeException for a literal that is not a finite number
     */
    public static Weights read(List<String> texts, WeightMode mode, java.util.function.IntFunction<String> where) {
        List<Matcher> parsed = new ArrayList<>();
        boolean longLiteral = false;
        for (int i = 0; i < texts.size(); i++) {
            Matcher m = match(texts.get(i), where.apply(i));
            parsed.add(m);
            longLiteral |= significantDigits(m.group(2)) >= DOUBLE_DIGITS
                    || (m.group(5) != null && significantDigits(m.group(5)) >= DOUBLE_DIGITS);
        }
        WeightMode used = mode != null ? mode : longLiteral ? WeightMode.DOUBLE : WeightMode.DECIMAL;
        List<Rational> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            values.add(value(parsed.get(i), used, where.apply(i)));
        }
        return new Weights(used, values, List.copyOf(texts));
    }

    /** @return one literal's exact value in a mode */
    public static Rational read(String text, WeightMode mode, String where) {
        return value(match(text, where), mode, where);
    }

    private static Matcher match(String raw, String where) {
        String text = raw.strip();
        if (text.length() > RationalParser.MAX_LENGTH) {
            throw new StencilforgeException(where + " is longer than " + RationalParser.MAX_LENGTH + " characters");
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
        if (lower.equals("nan") || lower.startsWith("inf")) {
            throw new StencilforgeException(where + " is " + RationalParser.quote(text)
                    + ", not a finite number: a stencil's weights must be finite");
        }
        Matcher m = LITERAL.matcher(text);
        if (!m.matches()) {
            throw new StencilforgeException(where + ": " + RationalParser.quote(text) + " is not a number; write an"
                    + " integer, a fraction p/q, a decimal such as 0.25 or -8.3333333333333329e-02, or a/b");
        }
        for (int g : new int[] {3, 6}) {
            if (m.group(g) != null && m.group(g).replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "").length() > 6) {
                throw new StencilforgeException(where + ": the exponent of " + RationalParser.quote(text)
                        + " is past " + RationalParser.MAX_EXPONENT + " in magnitude");
            }
            if (m.group(g) != null && Math.abs(Integer.parseInt(m.group(g))) > RationalParser.MAX_EXPONENT) {
                throw new StencilforgeException(where + ": the exponent of " + RationalParser.quote(text)
                        + " is past " + RationalParser.MAX_EXPONENT + " in magnitude");
            }
        }
        return m;
    }

    private static Rational value(Matcher m, WeightMode mode, String where) {
        Rational a = decimal(m.group(1), m.group(2), m.group(3));
        Binary binary = mode.binary();
        if (binary != null) {
            a = binary.round(a, where);
        }
        if (m.group(5) == null) {
            return a;
        }
        Rational b = decimal(m.group(4), m.group(5), m.group(6));
        if (binary != null) {
            b = binary.round(b, where);
        }
        if (b.isZero()) {
            throw new StencilforgeException(where + " divides by zero, which is not a finite number");
        }
        Rational q = a.divide(b);
        return binary == null ? q : binary.round(q, where);
    }

    private static Rational decimal(String sign, String digits, String exponent) {
        BigDecimal d = new BigDecimal(digits + (exponent == null ? "" : "e" + exponent));
        if (sign.equals("-")) {
            d = d.negate();
        }
        Rational r = d.scale() <= 0 ? Rational.of(d.toBigIntegerExact())
                : Rational.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        return r;
    }

    /** @return the significant digits of a significand such as {@code 0.0833}: its digits without leading zeros */
    static int significantDigits(String significand) {
        String digits = significand.replace(".", "").replaceFirst("^0+", "");
        return digits.length();
    }
}
