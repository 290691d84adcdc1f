package org.stencilforge.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Polynomial}: every expected value worked by hand in the comment beside it. */
class PolynomialTest {

    private static Polynomial p(long... c) {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = Rational.of(c[k]);
        }
        return Polynomial.of(r);
    }

    @Test
    void trailingZerosAreDropped() {
        assertEquals(0, p(1, 0, 0).degree());
        assertEquals(p(1), p(1, 0, 0));
        assertEquals(-1, p(0, 0).degree());
        assertTrue(p(0).isZero());
    }

    @Test
    void ringOperations() {
        assertEquals(p(2, -3, 1), p(-1, 1).multiply(p(-2, 1))); // (x - 1)(x - 2) = x^2 - 3x + 2
        assertEquals(p(1, 5, 1), p(1, 2, 1).add(p(0, 3))); // (x + 1)^2 + 3x
        assertEquals(p(0, 0, 3), p(1, 2, 3).subtract(p(1, 2))); // 3x^2
        assertEquals(p(2, 6), p(1, 3).scale(Rational.of(2)));
        assertEquals(p(3, -8, 6), p(0, 3, -4, 2).derivative()); // d/dx (3x - 4x^2 + 2x^3)
        assertEquals(p(1, -2, 3), p(1, 2, 3).reflect()); // p(-x)
        assertEquals(Rational.of(57), p(1, 2, 3).at(Rational.of(4))); // 1 + 8 + 48
    }

    @Test
    void division() {
        // x^3 - 2x^2 - 4 = (x^2 + x + 3)(x - 3) + 5
        Polynomial.Division d = p(-4, 0, -2, 1).divide(p(-3, 1));
        assertEquals(p(3, 1, 1), d.quotient());
        assertEquals(p(5), d.remainder());
        assertEquals(new Polynomial.Division(Polynomial.ZERO, p(1, 1)), p(1, 1).divide(p(0, 0, 1)));
        assertThrows(ArithmeticException.class, () -> p(1).divide(Polynomial.ZERO));
    }

    @Test
    void powersOfXModuloAPolynomial() {
        // x^2 = -1 mod x^2 + 1, so x^5 = x^4 x = x and x^6 = -1
        assertEquals(p(0, 1), Polynomial.xPowerMod(5, p(1, 0, 1)));
        assertEquals(p(-1), Polynomial.xPowerMod(6, p(1, 0, 1)));
        assertEquals(Polynomial.ONE, Polynomial.xPowerMod(0, p(1, 0, 1)));
        // x^7 mod (x - 2) = 2^7
        assertEquals(p(128), Polynomial.xPowerMod(7, p(-2, 1)));
        assertEquals(Polynomial.ZERO, Polynomial.xPowerMod(3, p(5)));
    }

    @Test
    void gcdIsMonicAndPrimitiveKeepsSigns() {
        // (x - 1)(x + 2) and 2(x - 1)(x - 3) share x - 1
        assertEquals(p(-1, 1), Polynomial.gcd(p(-2, 1, 1), p(6, -8, 2)));
        assertEquals(Polynomial.ONE, Polynomial.gcd(p(1, 1), p(-1, 1)));
        // x/2 + 1/3 = (3x + 2)/6; -2x + 4 = 2(-x + 2)
        assertEquals(p(2, 3), Polynomial.of(Rational.of(1, 3), Rational.of(1, 2)).primitive());
        assertEquals(p(2, -1), p(4, -2).primitive());
        assertEquals(p(-1, 1), p(-1, 1, 0).monic());
        assertEquals(Polynomial.of(Rational.of(1, 2), Rational.ONE), p(1, 2).monic());
    }

    @Test
    void sturmCountsRealRoots() {
        List<Polynomial> s = p(0, -1, 0, 1).sturm(); // x^3 - x: roots -1, 0, 1
        assertEquals(3, Polynomial.roots(s, Rational.of(-2), Rational.of(2)));
        assertEquals(1, Polynomial.roots(s, Rational.of(-1, 2), Rational.of(1, 2)));
        assertEquals(1, Polynomial.roots(s, Rational.of(1, 2), Rational.of(2)));
        assertEquals(0, Polynomial.roots(s, Rational.of(2), Rational.of(3)));
        // x^2 + 1 has no real root: the same variations at both infinities
        List<Polynomial> none = p(1, 0, 1).sturm();
        assertEquals(Polynomial.variationsAtInfinity(none, false), Polynomial.variationsAtInfinity(none, true));
        // -x^3 is negative at +infinity and positive at -infinity
        assertEquals(-1, p(0, 0, 0, -1).signAtInfinity(true));
        assertEquals(1, p(0, 0, 0, -1).signAtInfinity(false));
    }
}
