package org.stencilforge.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void reducesAndNormalisesTheSign() {
        Rational r = Rational.of(6, -4);
        assertEquals(BigInteger.valueOf(-3), r.numerator());
        assertEquals(BigInteger.valueOf(2), r.denominator());
        assertEquals("-3/2", r.toString());
        assertEquals(Rational.ZERO, Rational.of(0, -7));
        assertEquals("0", Rational.of(0, 5).toString());
    }

    @Test
    void equalValuesAreEqualObjects() {
        assertEquals(Rational.of(1, 2), Rational.of(50, 100));
        assertEquals(Rational.of(1, 2).hashCode(), Rational.of(-3, -6).hashCode());
        assertFalse(Rational.of(1, 2).equals(Rational.of(1, 3)));
    }

    @Test
    void arithmeticMatchesHandComputedValues() {
        Rational a = Rational.of(3, 4);
        Rational b = Rational.of(-5, 6);
        assertEquals(Rational.of(-1, 12), a.add(b));     // 9/12 - 10/12
        assertEquals(Rational.of(19, 12), a.subtract(b)); // 9/12 + 10/12
        assertEquals(Rational.of(-5, 8), a.multiply(b));  // -15/24
        assertEquals(Rational.of(-9, 10), a.divide(b));   // 3/4 * -6/5
        assertEquals(Rational.of(27, 64), a.pow(3));
        assertEquals(Rational.ONE, b.pow(0));
        assertEquals(Rational.of(5, 6), b.abs());
        assertEquals(Rational.of(2), Rational.of(1, 2).add(Rational.of(3, 2)));
    }

    @Test
    void ordersByValue() {
        assertTrue(Rational.of(-1, 2).compareTo(Rational.of(-1, 3)) < 0);
        assertTrue(Rational.of(7, 3).compareTo(Rational.of(2)) > 0);
        assertEquals(0, Rational.of(2, 4).compareTo(Rational.of(1, 2)));
    }

    @Test
    void divisionByZeroIsAnArithmeticError() {
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
    }

    @Test
    void commonDenominatorIsTheLeastCommonMultiple() {
        List<Rational> values = List.of(Rational.of(1, 4), Rational.of(5, 6), Rational.of(3), Rational.of(-7, 10));
        assertEquals(BigInteger.valueOf(60), Rational.commonDenominator(values));
        assertEquals(BigInteger.valueOf(-42), Rational.of(-7, 10).timesMultipleOfDenominator(BigInteger.valueOf(60)));
        assertEquals(BigInteger.ONE, Rational.commonDenominator(List.of()));
    }

    /** The exact value of a finite double, via BigDecimal (exact for every double). */
    private static Rational exact(double d) {
        BigDecimal b = new BigDecimal(d);
        return b.scale() <= 0
                ? Rational.of(b.toBigInteger())
                : Rational.of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    /** d is correctly rounded for x: no double is nearer, and a tie goes to the even mantissa. */
    private static void assertNearest(Rational x, double d) {
        Rational distance = exact(d).subtract(x).abs();
        for (double neighbour : new double[] {Math.nextUp(d), Math.nextDown(d)}) {
            if (Double.isInfinite(neighbour)) {
                continue;
            }
            int c = distance.compareTo(exact(neighbour).subtract(x).abs());
            assertTrue(c <= 0, x + " -> " + d + " but " + neighbour + " is nearer");
            if (c == 0) {
                assertEquals(0, Double.doubleToLongBits(d) & 1, "tie not to even: " + x);
            }
        }
    }

    @Test
    void toDoubleIsCorrectlyRounded() {
        assertEquals(-0.08333333333333333, Rational.of(-1, 12).toDouble());
        assertEquals(0.1, Rational.of(1, 10).toDouble());
        assertEquals(0.0, Rational.ZERO.toDouble());
        assertEquals(Double.MIN_VALUE, Rational.of(BigInteger.ONE, BigInteger.TWO.pow(1074)).toDouble());
        assertEquals(0.0, Rational.of(BigInteger.ONE, BigInteger.TWO.pow(1076)).toDouble());
        assertEquals(Double.POSITIVE_INFINITY, Rational.of(BigInteger.TWO.pow(1024)).toDouble());
        // ties to even: 2^53 + 1 lies halfway between 2^53 and 2^53 + 2
        assertEquals(9007199254740992.0, Rational.of(BigInteger.TWO.pow(53).add(BigInteger.ONE)).toDouble());
        assertEquals(9007199254740996.0, Rational.of(BigInteger.TWO.pow(53).add(BigInteger.valueOf(3))).toDouble());
        Random random = new Random(11L);
        for (int i = 0; i < 5000; i++) {
            BigInteger p = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            BigInteger q = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            Rational x = Rational.of(random.nextBoolean() ? p : p.negate(), q);
            double d = x.toDouble();
            assertNearest(x, d);
            assertEquals(d, Double.parseDouble(Double.toString(d)), "the literal reads back");
        }
        // subnormals and the top of the range
        for (int i = 0; i < 500; i++) {
            BigInteger p = new BigInteger(1 + random.nextInt(60), random).add(BigInteger.ONE);
            Rational tiny = Rational.of(p, BigInteger.TWO.pow(1040 + random.nextInt(60)));
            assertNearest(tiny, tiny.toDouble());
            Rational big = Rational.of(BigInteger.TWO.pow(1023).add(new BigInteger(1000, random)));
            assertNearest(big, big.toDouble());
        }
    }

    /**
     * The shortcuts of add, multiply and divide (same denominators, an integer
     * operand, cross-cancellation, {@link Rational#ofCoprime}) against the
     * definitions {@code p/q + r/s = (ps + rq)/qs}, {@code (p/q)(r/s) = pr/qs}
     * reduced by one full gcd in {@link Rational#of}; every result canonical.
     */
    @Test
    void shortcutsAgreeWithTheDefinitions() {
        Random random = new Random(17);
        for (int trial = 0; trial < 20000; trial++) {
            Rational x = randomRational(random);
            Rational y = randomRational(random);
            BigInteger p = x.numerator(), q = x.denominator(), r = y.numerator(), s = y.denominator();
            Rational sum = x.add(y);
            Rational product = x.multiply(y);
            assertEquals(Rational.of(p.multiply(s).add(r.multiply(q)), q.multiply(s)), sum);
            assertEquals(Rational.of(p.multiply(r), q.multiply(s)), product);
            assertEquals(Rational.of(p.multiply(s).subtract(r.multiply(q)), q.multiply(s)), x.subtract(y));
            assertTrue(sum.isCanonical() && product.isCanonical(), x + " and " + y);
            if (!y.isZero()) {
                Rational quotient = x.divide(y);
                assertEquals(Rational.of(p.multiply(s), q.multiply(r)), quotient);
                assertTrue(quotient.isCanonical(), x + " / " + y);
            }
        }
    }

    /** Small, large, integer, shared and coprime denominators, zero, both signs. */
    private static Rational randomRational(Random random) {
        BigInteger[] pool = {BigInteger.ONE, BigInteger.valueOf(6), BigInteger.valueOf(35),
            BigInteger.valueOf(2).pow(70), BigInteger.valueOf(3).pow(40).multiply(BigInteger.valueOf(10))};
        BigInteger num = random.nextInt(8) == 0 ? BigInteger.ZERO
                : pool[random.nextInt(pool.length)].multiply(BigInteger.valueOf(random.nextInt(2001) - 1000));
        BigInteger den = pool[random.nextInt(pool.length)].multiply(BigInteger.valueOf(random.nextInt(12) + 1));
        return Rational.of(num, random.nextBoolean() ? den : den.negate());
    }

    /** ofCoprime keeps the parts it is given; isCanonical tells reduced parts from others. */
    @Test
    void ofCoprimeKeepsReducedParts() {
        Rational r = Rational.ofCoprime(BigInteger.valueOf(-3), BigInteger.valueOf(8));
        assertEquals(Rational.of(-3, 8), r);
        assertTrue(r.isCanonical());
        assertEquals(Rational.ZERO, Rational.ofCoprime(BigInteger.ZERO, BigInteger.ONE));
        assertFalse(Rational.ofCoprime(BigInteger.valueOf(2), BigInteger.valueOf(4)).isCanonical());
        assertFalse(Rational.ofCoprime(BigInteger.ONE, BigInteger.valueOf(-3)).isCanonical());
    }
}
