package org.stencilforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.RandomGrids;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * Error terms against hand derivations. Each expected value comes from expanding
 * {@code f(x + s h) = Σ_n (s h)^n / n! f^(n)(x)} by hand, e.g. for the 3-point
 * second difference {@code (f(x+h) - 2f(x) + f(x-h)) / h^2 = f'' + 2 h^2/4! f'''' + 2 h^4/6! f^(6) + ...}.
 */
class TruncationErrorTest {

    private static Stencil stencil(int m, String offsets, String weights) {
        return Stencil.of(m, RationalParser.parseList(offsets), RationalParser.parseList(weights));
    }

    private static ErrorTerm term(int derivative, int hPower, String coefficient) {
        return ErrorTerm.of(org.stencilforge.stencil.MultiIndex.of(derivative), hPower, RationalParser.parse(coefficient));
    }

    @Test
    void threePointSecondDifferenceIsSecondOrder() {
        TruncationError e = TruncationError.of(stencil(2, "-1,0,1", "1,-2,1"), 2);
        assertEquals(List.of(term(4, 2, "1/12"), term(6, 4, "1/360")), e.terms());
        assertEquals(OptionalInt.of(2), e.order()); // the true order, not N - m = 1
        assertEquals(OptionalInt.of(6), e.remainder());
    }

    @Test
    void fivePointSecondDifference() {
        // Σ w s^6 / 6! = (2 (-1/12) 64 + 2 (4/3)) / 720 = -1/90
        TruncationError e = TruncationError.of(Stencils.preset(Scheme.CENTRAL, 2, 4, Limits.DEFAULT), 1);
        assertEquals(List.of(term(6, 4, "-1/90")), e.terms());
        assertEquals(OptionalInt.of(6), e.remainder());
    }

    @Test
    void centralFirstDifference() {
        // (f(x+h) - f(x-h)) / 2h = f' + h^2/6 f''' + h^4/120 f^(5)
        TruncationError e = TruncationError.of(stencil(1, "-1,0,1", "-1/2,0,1/2"), 2);
        assertEquals(List.of(term(3, 2, "1/6"), term(5, 4, "1/120")), e.terms());
    }

    @Test
    void forwardDifferenceIsFirstOrder() {
        // (f(x+h) - f(x)) / h = f' + h/2 f'' + h^2/6 f''' + h^3/24 f''''
        TruncationError e = TruncationError.of(stencil(1, "0,1", "-1,1"), 3);
        assertEquals(List.of(term(2, 1, "1/2"), term(3, 2, "1/6"), term(4, 3, "1/24")), e.terms());
        assertEquals(OptionalInt.of(1), e.order());
    }

    @Test
    void staggeredFirstDifference() {
        // (f(x+h/2) - f(x-h/2)) / h = f' + h^2/24 f''' + h^4/1920 f^(5)
        TruncationError e = TruncationError.of(stencil(1, "-1/2,1/2", "-1,1"), 2);
        assertEquals(List.of(term(3, 2, "1/24"), term(5, 4, "1/1920")), e.terms());
    }

    @Test
    void midpointInterpolation() {
        // (f(x-h/2) + f(x+h/2)) / 2 = f + h^2/8 f''
        TruncationError e = TruncationError.of(stencil(0, "-1/2,1/2", "1/2,1/2"), 1);
        assertEquals(List.of(term(2, 2, "1/8")), e.terms());
    }

    @Test
    void interpolationAtANodeIsExact() {
        TruncationError e = TruncationError.of(stencil(0, "-1,0,1", "0,1,0"), 3);
        assertTrue(e.terms().isEmpty());
        assertEquals(OptionalInt.empty(), e.order());
        assertEquals(OptionalInt.empty(), e.remainder());
    }

    @Test
    void aStencilThatMissesItsDerivativeHasNonPositiveOrder() {
        // (f(x) + f(x+h)) / h = 2 f / h + f' + ...: the leading term grows like 1/h
        TruncationError e = TruncationError.of(stencil(1, "0,1", "1,1"), 2);
        assertEquals(List.of(term(0, -1, "2"), term(2, 1, "1/2")), e.terms());
        assertEquals(OptionalInt.of(-1), e.order());
    }

    /** Every listed term is the Taylor moment, summed independently; every skipped moment is zero. */
    @Test
    void termsAreTheNonZeroTaylorMomentsOnRandomStencils() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(7);
            List<Rational> offsets = RandomGrids.distinctOffsets(random, size).stream().sorted().toList();
            List<Rational> weights = offsets.stream().map(s -> RandomGrids.rational(random)).toList();
            int m = random.nextInt(3);
            Stencil stencil = Stencil.of(m, offsets, weights);
            TruncationError e = TruncationError.of(stencil, 3);
            int n = 0;
            for (ErrorTerm t : e.terms()) {
                for (; n < t.derivative().get(0); n++) {
                    assertEquals(n == m ? Rational.ONE : Rational.ZERO, RandomGrids.moment(offsets, weights, n));
                }
                Rational exact = n == m ? Rational.ONE : Rational.ZERO;
                assertEquals(RandomGrids.moment(offsets, weights, n).subtract(exact), t.coefficient());
                assertEquals(n - m, t.hPower());
                n++;
            }
        }
    }
}
