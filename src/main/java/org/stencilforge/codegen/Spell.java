package org.stencilforge.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/** Spelling shared by the emitters of languages with infix arithmetic. Stateless. */
final class Spell {

    private Spell() {
    }

    /**
     * The signed terms of a sum, {@code -a + 16.0 * b - 30.0 * c}: integer
     * numerators with unit ones left bare, or rounded weights always written.
     *
     * @param sum the sum
     * @param sample the sample a term multiplies
     * @param integer how a positive integer numerator is written
     * @param real how a positive rounded weight is written
     * @return the terms, or an empty list when every weight is zero
     */
    static List<String> terms(Sum sum, Function<Sum.Term, String> sample, Function<BigInteger, String> integer,
            DoubleFunction<String> real) {
        List<String> out = new ArrayList<>();
        for (Sum.Term t : sum.terms()) {
            String c = sum.integers()
                    ? (t.numerator().abs().equals(BigInteger.ONE) ? "" : integer.apply(t.numerator().abs()))
                    : real.apply(Math.abs(t.rounded()));
            String term = (c.isEmpty() ? "" : c + " * ") + sample.apply(t);
            out.add(out.isEmpty() ? (t.signum() < 0 ? "-" : "") + term : (t.signum() < 0 ? "- " : "+ ") + term);
        }
        return out;
    }

    /**
     * The one way generated code writes a double: the shortest decimal that reads back as
     * exactly {@code value} (so, for a weight's {@link org.stencilforge.arithmetic.Rational#toDouble()},
     * the correctly rounded double of the exact weight), found with the exact decimal rounding of
     * {@link org.stencilforge.real.Digits} and checked with {@link Double#parseDouble} (correctly
     * rounded by its specification), laid out like {@link Double#toString(double)}: {@code 16.0},
     * {@code 0.08333333333333333}, {@code 1.0E-5}. (Java 17's own {@code Double.toString}
     * reads back exactly too, but sometimes with a digit more than needed, e.g. {@code 2.0E-3}
     * as {@code 0.0020}: JDK-4511638, fixed in Java 19.)
     *
     * @param value a finite double
     * @return its literal, valid in Java, C, Fortran (before a kind suffix) and Python
     */
    static String literal(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return Double.toString(value);
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(value);
        org.stencilforge.arithmetic.Rational q = org.stencilforge.arithmetic.Rational.of(
                exact.unscaledValue().multiply(exact.scale() < 0 ? BigInteger.TEN.pow(-exact.scale()) : BigInteger.ONE),
                exact.scale() > 0 ? BigInteger.TEN.pow(exact.scale()) : BigInteger.ONE);
        for (int digits = 1; ; digits++) {
            java.math.BigDecimal d = new java.math.BigDecimal(org.stencilforge.real.Digits.of(q, digits));
            if (d.doubleValue() == value && Double.parseDouble(d.toString()) == value) {
                return javaLayout(d.stripTrailingZeros());
            }
        }
    }

    /**
     * A literal of the given precision: for double {@link #literal(double)}; for single the shortest
     * correctly rounded decimal of {@code value} that reads back as exactly that float both straight
     * ({@link Float#parseFloat}, as Java, C and Fortran read a float literal) and through a double
     * ({@code (float) Double.parseDouble}, as Python reads it and NumPy converts it to
     * {@code float32}), laid out like {@link Float#toString(float)}, without a suffix.
     *
     * @param value a value of the precision ({@link Precision#round}: for single a float, exactly)
     * @param precision the precision
     * @return its literal
     */
    static String literal(double value, Precision precision) {
        if (precision == Precision.DOUBLE) {
            return literal(value);
        }
        if (!precision.holds(value)) {
            throw new IllegalArgumentException(value + " is not a " + precision.label() + " precision number");
        }
        float f = (float) value;
        if (f == 0 || !Float.isFinite(f)) {
            return Float.toString(f);
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(value);
        org.stencilforge.arithmetic.Rational q = org.stencilforge.arithmetic.Rational.of(
                exact.unscaledValue().multiply(exact.scale() < 0 ? BigInteger.TEN.pow(-exact.scale()) : BigInteger.ONE),
                exact.scale() > 0 ? BigInteger.TEN.pow(exact.scale()) : BigInteger.ONE);
        for (int digits = 1; ; digits++) {
            String d = org.stencilforge.real.Digits.of(q, digits);
            if (Float.parseFloat(d) == f && (float) Double.parseDouble(d) == f) {
                return javaLayout(new java.math.BigDecimal(d).stripTrailingZeros());
            }
        }
    }

    /** @return {@code d} laid out as {@link Double#toString(double)} lays out its digits */
    private static String javaLayout(java.math.BigDecimal d) {
        java.math.BigDecimal abs = d.abs();
        String sign = d.signum() < 0 ? "-" : "";
        if (abs.compareTo(new java.math.BigDecimal("0.001")) >= 0 && abs.compareTo(new java.math.BigDecimal("1e7")) < 0) {
            String plain = abs.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale();
        return sign + digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exponent;
    }

    /** @return the terms joined by spaces, or the empty string */
    static String joined(List<String> terms) {
        return String.join(" ", terms);
    }

    /** @return {@code base}, {@code base + k} or {@code base - k} */
    static String index(String base, int offset) {
        return offset == 0 ? base : offset < 0 ? base + " - " + -offset : base + " + " + offset;
    }

    /** @return {@code index - s0 + 2 * s1}: a flat index from an offset vector and strides named {@code s0, s1, ...} */
    static String flat(List<Integer> offset) {
        StringBuilder index = new StringBuilder("index");
        for (int a = 0; a < offset.size(); a++) {
            int s = offset.get(a);
            if (s != 0) {
                index.append(s < 0 ? " - " : " + ").append(Math.abs(s) == 1 ? "" : Math.abs(s) + " * ")
                        .append("s").append(a);
            }
        }
        return index.toString();
    }

    /**
     * @param m the derivative order
     * @param one how the language writes the double {@code 1.0}
     * @return {@code h^(-m)} as an expression in {@code h}: {@code 1.0 / (h * h)}
     */
    static String scale(int m, String one) {
        return m == 0 ? one : m == 1 ? one + " / h" : one + " / (" + product("h", m) + ")";
    }

    /**
     * @param sum a weighted sum
     * @param realSuffix what makes an integer literal a double, e.g. {@code .0} or {@code .0_real64}
     * @return the factor that multiplies the sum's coefficients: {@code s}, or {@code s / 12.0}
     */
    static String factor(Sum sum, String realSuffix) {
        return sum.divided() ? "s / " + sum.denominator() + realSuffix : "s";
    }

    /** @return {@code h * h * h} for {@code m = 3}: the product of {@code m} copies of {@code h} */
    static String product(String h, int m) {
        return String.join(" * ", java.util.Collections.nCopies(m, h));
    }

    /**
     * Breaks text at spaces into lines of at most {@code width} characters
     * where it can; a word longer than that is cut.
     *
     * @param text a line
     * @param width the most characters per line
     * @return the lines
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
