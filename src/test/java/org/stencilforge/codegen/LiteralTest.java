package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stencilforge.arithmetic.Rational;

/**
 * The literals of generated code: the nearest double to the exact weight, written with the
 * fewest digits that read back as it.
 *
 * <p>Independent references: "nearest" is checked from its definition, the exact distances
 * (as {@link BigDecimal}s, exact for doubles) to the double and to both neighbours
 * ({@link Math#nextUp}, {@link Math#nextDown}), a tie going to the even mantissa; "reads
 * back" by {@link Double#parseDouble}; "fewest" by rounding the double's exact value to
 * one digit fewer and finding that it reads back as another double.
 */
class LiteralTest {

    /** |q - d| compared without division: |p - d·den| against the same for another double. */
    private static BigDecimal distance(Rational q, double d) {
        return new BigDecimal(q.numerator()).subtract(new BigDecimal(d).multiply(new BigDecimal(q.denominator()))).abs();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void literalsAreTheNearestDoubleWithTheFewestDigits(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            Rational q = Rational.of(new BigInteger(1 + random.nextInt(120), random).add(BigInteger.ONE)
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)),
                    new BigInteger(1 + random.nextInt(120), random).add(BigInteger.ONE));
            double d = q.toDouble();
            BigDecimal here = distance(q, d);
            for (double other : new double[] {Math.nextUp(d), Math.nextDown(d)}) {
                int c = here.compareTo(distance(q, other));
                assertTrue(c < 0 || c == 0 && (Double.doubleToLongBits(d) & 1) == 0, q + " -> " + d);
            }
            String literal = Spell.literal(d);
            assertEquals(d, Double.parseDouble(literal), literal);
            assertTrue(literal.contains(".") || literal.contains("E"), literal);
            BigDecimal written = new BigDecimal(literal).stripTrailingZeros();
            int digits = written.precision();
            if (digits > 1) {
                BigDecimal shorter = new BigDecimal(d).round(new java.math.MathContext(digits - 1));
                assertNotEquals(d, shorter.doubleValue(), literal + " is not the shortest");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {16.0, 0.08333333333333333, -2.5, 1.0E-5, 1.0E7, 0.001, 123456.75, 1.7976931348623157E308})
    void layOutLikeDoubleToString(double d) {
        assertEquals(Double.toString(d), Spell.literal(d));
    }

    /**
     * Java 17 writes 2.0E-3 as "0.0020" and the least subnormal as 4.9E-324 (JDK-4511638);
     * the literals have the one digit needed (5E-324 reads back as {@link Double#MIN_VALUE}).
     */
    @org.junit.jupiter.api.Test
    void dropsTheDigitJava17Adds() {
        assertEquals("0.002", Spell.literal(2.0E-3));
        assertEquals("5.0E-324", Spell.literal(Double.MIN_VALUE));
        assertEquals(Double.MIN_VALUE, Double.parseDouble("5.0E-324"));
    }
}
