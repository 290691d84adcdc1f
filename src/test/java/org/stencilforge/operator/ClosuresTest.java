package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.RandomGrids;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Scheme;

class ClosuresTest {

    /** x^k differentiated m times, exactly: k!/(k-m)! x^(k-m). */
    static Rational derivativeOfPower(int k, int m, Rational x) {
        if (m > k) {
            return Rational.ZERO;
        }
        Rational c = Rational.ONE;
        for (int t = 0; t < m; t++) {
            c = c.multiply(Rational.of(k - t));
        }
        return c.multiply(x.pow(k - m));
    }

    /** Applies the exact matrix to the values of x^k at the nodes (h = 1 for uniform grids). */
    static void assertExactOnPowers(DifferentiationMatrix d, List<Rational> x, int maxDegree) {
        for (int k = 0; k <= maxDegree; k++) {
            for (int i = 0; i < d.size(); i++) {
                Rational sum = Rational.ZERO;
                BandRow row = d.rows().get(i);
                for (int j = row.first(); j < row.end(); j++) {
                    sum = sum.add(row.at(j).multiply(x.get(j).pow(k)));
                }
                assertEquals(derivativeOfPower(k, d.derivative(), x.get(i)), sum, "row " + i + ", x^" + k);
            }
        }
    }

    static Stream<Arguments> uniformCases() {
        return Stream.of(Arguments.of(1, 2, 5), Arguments.of(1, 4, 9), Arguments.of(2, 2, 4), Arguments.of(2, 4, 12),
                Arguments.of(2, 6, 20), Arguments.of(3, 2, 9), Arguments.of(4, 2, 10), Arguments.of(4, 4, 16),
                Arguments.of(1, 8, 30), Arguments.of(6, 2, 16));
    }

    /** Every row, closures included, differentiates polynomials of degree < m + p exactly. */
    @ParameterizedTest(name = "m={0} p={1} N={2}")
    @MethodSource("uniformCases")
    void uniformMatrixIsExactOnPolynomialsUpToTheOrder(int m, int p, int n) {
        DifferentiationMatrix d = Closures.uniform(m, p, n, Limits.DEFAULT);
        List<Rational> x = IntStream.range(0, n).mapToObj(Rational::of).toList();
        assertExactOnPowers(d, x, m + p - 1);
        assertEquals(-m, d.hPower());
    }

    @Test
    void closuresAreTheClassicOneSidedFormulas() {
        DifferentiationMatrix d = Closures.uniform(2, 2, 6, Limits.DEFAULT);
        // second derivative, second order, at the left end: 2, -5, 4, -1 (e.g. Fornberg 1988, Table 3)
        assertEquals(RationalParser.parseList("2,-5,4,-1"), d.rows().get(0).weights());
        assertEquals(0, d.rows().get(0).first());
        assertEquals(RationalParser.parseList("1,-2,1"), d.rows().get(2).weights());
        // the right end mirrors the left (even derivative: same signs)
        assertEquals(RationalParser.parseList("-1,4,-5,2"), d.rows().get(5).weights());
        assertEquals(2, d.rows().get(5).first());
    }

    @Test
    void nonUniformMatrixIsExactOnPolynomials() {
        Random random = new Random(3L);
        for (int trial = 0; trial < 30; trial++) {
            int m = 1 + random.nextInt(2);
            int p = 1 + random.nextInt(3);
            List<Rational> nodes = RandomGrids.distinctOffsets(random, m + p + random.nextInt(5));
            DifferentiationMatrix d = Closures.onNodes(m, p, nodes, Limits.DEFAULT);
            assertExactOnPowers(d, d.nodes(), m + p - 1);
            assertEquals(0, d.hPower());
        }
    }

    @Test
    void transposeOfTheMatrixIsTheExactTranspose() {
        DifferentiationMatrix d = Closures.uniform(1, 4, 10, Limits.DEFAULT);
        DifferentiationMatrix t = d.transpose();
        assertTrue(t.transposed());
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                assertEquals(d.entry(i, j), t.entry(j, i));
            }
        }
        assertEquals(d, t.transpose());
    }

    static Stream<Arguments> interiorStencils() {
        List<Arguments> cases = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            for (int p = 2; p <= 6; p += 2) {
                cases.add(Arguments.of(m, "central", Stencils.preset(Scheme.CENTRAL, m, p, Limits.DEFAULT).axis(0)));
            }
            cases.add(Arguments.of(m, "forward", Stencils.preset(Scheme.FORWARD, m, 2, Limits.DEFAULT).axis(0)));
            cases.add(Arguments.of(m, "backward", Stencils.preset(Scheme.BACKWARD, m, 3, Limits.DEFAULT).axis(0)));
        }
        cases.add(Arguments.of(1, "biased", RationalParser.parseList("-1,0,1,2")));
        cases.add(Arguments.of(1, "gappy", RationalParser.parseList("-3,0,2")));
        cases.add(Arguments.of(2, "wide", RationalParser.parseList("-5,-1,0,1,5")));
        return cases.stream();
    }

    /** The band description of D^T gives, at every length, the exact transpose of D's matrix. */
    @ParameterizedTest(name = "m={0} {1} {2}")
    @MethodSource("interiorStencils")
    void adjointOperatorIsTheTransposeAtEveryLength(int m, String name, List<Rational> offsets) {
        DifferentiationOperator op = Closures.around(
                AnalysedStencil.of(Stencils.fromOffsets(m, offsets, Limits.DEFAULT), 1), Limits.DEFAULT);
        List<Rational> x = new ArrayList<>();
        for (int n = op.minLength(); n < op.minLength() + 12; n++) {
            DifferentiationMatrix d = op.operator().matrix(n);
            assertEquals(d.transpose().rows().size(), n);
            DifferentiationMatrix adjoint = op.adjoint().matrix(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(d.entry(j, i), adjoint.entry(i, j), "n=" + n + " (" + i + "," + j + ")");
                }
            }
            while (x.size() < n) {
                x.add(Rational.of(x.size()));
            }
            assertExactOnPowers(d, x, m + op.closureOrder() - 1);
        }
    }

    @Test
    void refusesWhatCannotBeAWholeArrayOperator() {
        StencilforgeException staggered = assertThrows(StencilforgeException.class, () -> Closures.around(
                AnalysedStencil.of(Stencils.fromOffsets(1, RationalParser.parseList("-1/2,1/2"), Limits.DEFAULT), 1),
                Limits.DEFAULT));
        assertTrue(staggered.getMessage().contains("integer offsets"), staggered.getMessage());
        StencilforgeException tooFew = assertThrows(StencilforgeException.class,
                () -> Closures.uniform(2, 4, 5, Limits.DEFAULT));
        assertTrue(tooFew.getMessage().contains("at least 6 points"), tooFew.getMessage());
        assertThrows(StencilforgeException.class,
                () -> Closures.onNodes(2, 2, RationalParser.parseList("0,1,2"), Limits.DEFAULT));
    }
}
