package org.stencilforge.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
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
}
