package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * The band structure read off a family of exact matrices describes the family on every length
 * from its shortest on: checked entry by entry against the matrices built directly, on lengths
 * other than the probes, and against the separately built {@link BandedOperator} of the default
 * closures.
 */
class LineOperatorTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    private static void sameMatrix(DifferentiationMatrix expected, DifferentiationMatrix actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.columns(), actual.columns());
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.columns(); j++) {
                assertEquals(expected.entry(i, j), actual.entry(i, j), "entry " + i + ", " + j);
            }
        }
    }

    @Test
    void theDefaultClosuresAreTheBandedOperator() {
        IntFunction<DifferentiationMatrix> family = n -> Closures.uniform(1, 4, n, LIMITS);
        LineOperator d = LineOperator.of(family, 12);
        assertEquals(0, d.extra());
        BandedOperator banded = Closures.around(org.stencilforge.request.Derivations.derive(
                new org.stencilforge.request.StencilRequest.Preset(Scheme.CENTRAL, 1, 4), 1, LIMITS), LIMITS).operator();
        for (int n : new int[] {d.minLength(), 11, 29, 100}) {
            sameMatrix(family.apply(n), d.matrix(n));
            if (n >= banded.minLength()) {
                sameMatrix(banded.matrix(n), d.matrix(n));
            }
        }
        // the fourth-order central first derivative reaches 2 points each way: 2 closure rows at each end
        assertEquals(2, d.top().size());
        assertEquals(2, d.bottom().size());
        assertEquals(List.of(Rational.of(1, 12), Rational.of(-2, 3), Rational.ZERO, Rational.of(2, 3),
                Rational.of(-1, 12)), d.interior().weights()); // Fornberg (1988), table 1
    }

    @Test
    void convolutionAndStaggeredShapes() {
        Stencil s = Stencils.preset(Scheme.CENTRAL, 2, 2, LIMITS); // 1, -2, 1
        for (ConvolutionMode mode : ConvolutionMode.values()) {
            IntFunction<DifferentiationMatrix> family = n -> Lines.convolution(s, n, mode, LIMITS).matrix();
            LineOperator d = LineOperator.of(family, 10);
            // a kernel of m = 3 weights: n + m - 1, n, n - m + 1 rows
            assertEquals(switch (mode) { case FULL -> 2; case SAME -> 0; case VALID -> -2; }, d.extra(), mode.name());
            for (int n : new int[] {d.minLength(), 9, 33}) {
                sameMatrix(family.apply(n), d.matrix(n));
            }
            // the transpose is read the same way, on n + extra inputs
            LineOperator t = LineOperator.of(k -> family.apply(k - d.extra()).transpose(), 10 + d.extra());
            sameMatrix(family.apply(21).transpose(), t.matrix(21 + d.extra()));
        }
        Stencil half = Stencils.fromOffsets(1, List.of(Rational.of(-1, 2), Rational.of(1, 2)), LIMITS);
        LineOperator c = LineOperator.of(n -> Lines.staggered(half, n, true, ClosureRule.DEFAULT, LIMITS).matrix(), 8);
        assertEquals(1, c.extra()); // N centres to N + 1 faces
        sameMatrix(Lines.staggered(half, 17, true, ClosureRule.DEFAULT, LIMITS).matrix(), c.matrix(17));
    }

    @Test
    void periodicIsTheCirculant() {
        Stencil s = Stencils.preset(Scheme.CENTRAL, 1, 4, LIMITS);
        LineOperator d = LineOperator.periodic(1, Lines.band(s));
        for (int n : new int[] {5, 6, 17}) {
            sameMatrix(Lines.periodic(s, n, LIMITS).matrix(), d.matrix(n));
            sameMatrix(Lines.periodic(s, n, LIMITS).matrix().transpose(), d.periodicTranspose().matrix(n));
        }
        assertEquals(5, d.minLength()); // the stencil spans 5 points
    }

    @Test
    void aFamilyWithoutARepeatedBandIsRefused() {
        // every row different: row i is i times the first difference, so no band repeats
        IntFunction<DifferentiationMatrix> family = n -> {
            List<BandRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new BandRow(Math.min(i, n - 2), List.of(Rational.of(-i - 1), Rational.of(i + 1))));
            }
            return new DifferentiationMatrix(1, rows, n, List.of(), false, false);
        };
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> LineOperator.of(family, 8));
        assertTrue(e.getMessage().contains("no repeated interior band"), e.getMessage());
    }
}
