package org.stencilforge.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.Family;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;

/** The estimates of work against counts made by hand. */
class WorkTest {

    @Test
    void monomialsOfOneDegreeAreBinomials() {
        // degree n in d variables: C(n+d-1, d-1); counted by hand for small cases
        assertEquals(1, Work.monomials(3, 0));            // 1
        assertEquals(3, Work.monomials(3, 1));            // x, y, z
        assertEquals(6, Work.monomials(3, 2));            // xx yy zz xy xz yz
        assertEquals(10, Work.monomials(3, 3));
        assertEquals(5, Work.monomials(2, 4));            // x^4 x^3y x^2y^2 xy^3 y^4
        assertEquals(1, Work.monomials(1, 1000));
        assertEquals(12, Work.monomials(12, 1));
        assertEquals(78, Work.monomials(12, 2));          // 12 squares + 66 products
        // and the enumeration the analysis runs agrees
        for (int d = 1; d <= 4; d++) {
            for (int n = 0; n <= 6; n++) {
                assertEquals(MultiIndex.ofOrder(d, n).size(), Work.monomials(d, n), d + " " + n);
            }
        }
    }

    @Test
    void monomialsThroughADegreeSumTheDegrees() {
        assertEquals(10, Work.monomialsThrough(3, 2));    // 1 + 3 + 6
        assertEquals(1 + 3 + 6 + 10, Work.monomialsThrough(3, 3));
        assertEquals(Work.INFINITE, Work.monomialsThrough(12, 1_000_000_000L));
        assertEquals(Work.INFINITE, Work.monomials(12, Long.MAX_VALUE / 2));
    }

    @Test
    void typicalDegreeFillsThePoints() {
        assertEquals(10, Work.typicalDegree(3, 343));     // C(13,3) = 286 <= 343 < C(14,3) = 364
        assertEquals(2, Work.typicalDegree(2, 9));        // C(4,2) = 6 <= 9 < C(5,2) = 10
        assertEquals(0, Work.typicalDegree(2, 2));
    }

    @Test
    void integerBitsAreOverTheCommonDenominator() {
        // -1/2, 3/4 over 4: -2, 3 → 2 bits
        assertEquals(2, Work.integerBits(List.of(Rational.of(-1, 2), Rational.of(3, 4))));
        assertEquals(11, Work.integerBits(List.of(Rational.of(1024), Rational.ZERO)));
    }

    @Test
    void fornbergGrowsWithNodesDerivativeAndBits() {
        long base = Work.fornberg(100, 1, 8);
        assertTrue(Work.fornberg(200, 1, 8) > 6 * base, "about N^3");
        assertTrue(Work.fornberg(100, 10, 8) > 4 * base, "about M");
        assertTrue(Work.fornberg(100, 1, 80) > 5 * base, "about b");
    }

    @Test
    void saturatesInsteadOfOverflowing() {
        assertEquals(Work.INFINITE, Work.times(Long.MAX_VALUE, 3));
        assertEquals(Work.INFINITE, Work.plus(Work.INFINITE, Work.INFINITE));
        assertEquals(Work.INFINITE, Work.fornberg(Integer.MAX_VALUE, Integer.MAX_VALUE, 64));
        assertEquals(Work.INFINITE, Work.gridAnalysis(12, 1_000_000, 1_000_000, 64, 64));
    }

    @Test
    void budgetsRefuseWithTheFlag() {
        Limits small = new Limits(2049, 100, 1000);
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> Derivations.derive(new StencilRequest.Preset(Scheme.CENTRAL, 2, 4), 1, small));
        assertTrue(e.getMessage().contains("--max-work"), e.getMessage());
        assertThrows(StencilforgeException.class, () -> new Limits(1, 1, 0));
        // the defaults admit the documented examples
        assertTrue(Derivations.cost(new StencilRequest.Preset(Scheme.CENTRAL, 2, 4), 1, Limits.DEFAULT) < 1e7);
        assertTrue(Derivations.cost(new Family(Scheme.CENTRAL, List.of(1, 2, 3, 4, 5, 6),
                List.of(2, 4, 6, 8, 10, 12)), 1, Limits.DEFAULT) < Limits.DEFAULT_WORK / 10);
    }

    @Test
    void aTableCostsTheSumOfItsEntries() {
        Family f = new Family(Scheme.FORWARD, List.of(1, 2), List.of(3, 5));
        long sum = 0;
        for (int m : f.derivatives()) {
            for (int p : f.accuracies()) {
                sum += Derivations.cost(new StencilRequest.Preset(Scheme.FORWARD, m, p), 1, Limits.DEFAULT);
            }
        }
        assertEquals(sum, Derivations.cost(f, 1, Limits.DEFAULT));
    }
}
