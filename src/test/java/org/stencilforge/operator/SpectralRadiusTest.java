package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;

/** The exact spectral-radius enclosure, on polynomials and matrices whose roots are known by hand. */
class SpectralRadiusTest {

    private static Rational r(long p, long q) {
        return Rational.of(p, q);
    }

    @Test
    void insideDecidesTheOpenDiscExactly() {
        // (z - 1/2)(z + 1/3) = z^2 - z/6 - 1/6: moduli 1/2 and 1/3
        Polynomial p = Polynomial.of(r(-1, 6), r(-1, 6), Rational.ONE);
        assertTrue(SpectralRadius.inside(p, Rational.ONE));
        assertTrue(SpectralRadius.inside(p, r(51, 100)));
        assertFalse(SpectralRadius.inside(p, r(1, 2)), "a root on the circle is not inside");
        assertFalse(SpectralRadius.inside(p, r(49, 100)));
        // z^2 + 1: roots ±i, and -r is never a root, so the Hurwitz test itself decides
        Polynomial q = Polynomial.of(Rational.ONE, Rational.ZERO, Rational.ONE);
        assertFalse(SpectralRadius.inside(q, Rational.ONE));
        assertTrue(SpectralRadius.inside(q, r(101, 100)));
        assertFalse(SpectralRadius.inside(q, r(99, 100)));
        // (z + 2)^3: the root -r at r = 2 makes q lose its degree
        Polynomial c = Polynomial.of(Rational.of(8), Rational.of(12), Rational.of(6), Rational.ONE);
        assertFalse(SpectralRadius.inside(c, Rational.of(2)));
        assertTrue(SpectralRadius.inside(c, r(2001, 1000)));
    }

    @Test
    void hurwitzMinorsDecideTheLeftHalfPlane() {
        // s^3 + 2 s^2 + 3 s + 1: Δ1 = 2, Δ2 = 2·3 - 1 = 5, Δ3 = Δ2 = 5 all positive: stable (by hand)
        assertTrue(SpectralRadius.hurwitzStable(Polynomial.of(Rational.ONE, Rational.of(3), Rational.of(2), Rational.ONE)));
        // s^3 + s^2 + s + 2: Δ2 = 1·1 - 2 = -1: unstable
        assertFalse(SpectralRadius.hurwitzStable(Polynomial.of(Rational.of(2), Rational.ONE, Rational.ONE, Rational.ONE)));
        // -(s + 1)(s + 2) = -s^2 - 3 s - 2: the sign of the whole polynomial does not matter
        assertTrue(SpectralRadius.hurwitzStable(Polynomial.of(Rational.of(-2), Rational.of(-3), Rational.of(-1))));
        // s^2 + 1: roots on the axis, Δ1 = 0: not strictly stable
        assertFalse(SpectralRadius.hurwitzStable(Polynomial.of(Rational.ONE, Rational.ZERO, Rational.ONE)));
    }

    @Test
    void enclosesRadiiKnownByHand() {
        // a rotation by 90 degrees scaled by 2: eigenvalues ±2i, ρ = 2
        Rational[][] rotation = {{Rational.ZERO, Rational.of(-2)}, {Rational.of(2), Rational.ZERO}};
        SpectralRadius s = SpectralRadius.of(rotation, 20);
        assertTrue(s.lower().compareTo(Rational.of(2)) <= 0 && Rational.of(2).compareTo(s.upper()) < 0, s.toString());
        assertTrue(s.upper().subtract(s.lower()).compareTo(r(1, 100000)) < 0, s.toString());
        // upper triangular: eigenvalues 3 and -5/2 on the diagonal, ρ = 3
        Rational[][] triangle = {{Rational.of(3), Rational.of(7)}, {Rational.ZERO, r(-5, 2)}};
        SpectralRadius t = SpectralRadius.of(triangle, 20);
        assertTrue(t.lower().compareTo(Rational.of(3)) <= 0 && Rational.of(3).compareTo(t.upper()) < 0, t.toString());
        assertEquals("[2.999998, 3.000003]".length(), t.decimal(6).length());
        // the zero matrix: ρ = 0, which no r > 0 brackets from below but 0 itself
        SpectralRadius z = SpectralRadius.of(new Rational[][] {{Rational.ZERO}}, 10);
        assertEquals(0, z.lower().signum());
    }
}
