package org.stencilforge.sbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.DifferentiationMatrix;

/**
 * The diagonal-norm SBP first-derivative operators against their published coefficients.
 *
 * <p>Source of every table below: Mattsson and Nordström, "Summation by parts operators for
 * finite difference approximations of second derivatives", J. Comput. Phys. 199 (2004)
 * 503–540, appendix (first-derivative operators of Strand 1994 / Kreiss–Scherer with diagonal
 * norm), as typed into SummationByPartsOperators.jl, file
 * {@code src/SBP_coefficients/MattssonNordström2004.jl} (function
 * {@code first_derivative_coefficients}, orders 2, 4, 6 and 8), retyped here by hand.
 */
class SummationByPartsTest {

    private static void assertPublished(int accuracy, List<Rational> norm, List<List<Rational>> rows) {
        SummationByParts.Block b = SummationByParts.derive(1, accuracy, Map.of());
        assertEquals(norm, b.weights());
        for (int i = 0; i < rows.size(); i++) {
            List<Rational> got = new ArrayList<>();
            for (int j = 0; j < Math.max(rows.get(i).size(), b.rows().get(i).end()); j++) {
                got.add(b.rows().get(i).at(j));
            }
            List<Rational> want = new ArrayList<>(rows.get(i));
            while (want.size() < got.size()) {
                want.add(Rational.ZERO);
            }
            assertEquals(want, got, "row " + i);
        }
    }

    @Test
    void theTwoOneOperatorIsThePublishedOne() {
        assertPublished(2, PublishedSbp.NORM_21, PublishedSbp.ROWS_21);
        assertTrue(SummationByParts.derive(1, 2, Map.of()).free().isEmpty());
    }

    @Test
    void theFourTwoOperatorIsThePublishedOneAndUnique() {
        assertPublished(4, PublishedSbp.NORM_42, PublishedSbp.ROWS_42);
        assertTrue(SummationByParts.derive(1, 4, Map.of()).free().isEmpty());
    }

    @Test
    void theSixThreeOperatorIsThePublishedOneWithOneFreeParameter() {
        assertPublished(6, PublishedSbp.NORM_63, PublishedSbp.ROWS_63);
        SummationByParts.Block b = SummationByParts.derive(1, 6, Map.of());
        // Q[4][5] = w_4 D[4][5] = 7877/8640 * 342523/472620 = 342523/518400 (472620 = 60 * 7877)
        assertEquals(Map.of("q45", Rational.of(342523, 518400)), b.free());
    }

    @Test
    void theEightFourOperatorIsThePublishedOneWithThreeFreeParameters() {
        assertPublished(8, PublishedSbp.NORM_84, PublishedSbp.ROWS_84);
        // Q[i][j] = w_i D[i][j]: 103097/80640 * -231661/412388 = -231661/322560 (412388 = 4 * 103097),
        // 103097/80640 * 7120007/43300740 = 7120007/33868800, 670091/725760 * 70710683/93812740 = 70710683/101606400
        assertEquals(Map.of("q56", Rational.of(-231661, 322560), "q57", Rational.of(7120007, 33868800),
                "q67", Rational.of(70710683, 101606400)), SummationByParts.derive(1, 8, Map.of()).free());
        SbpOperator op = SummationByParts.operator(1, 8, 17, Map.of(), 1000);
        assertTrue(op.certificate().holds());
        assertEquals(4, op.certificate().boundaryOrder());
        assertEquals(8, op.certificate().interiorOrder());
    }

    @Test
    void anotherValueOfTheFreeParameterIsStillAnSbpOperatorOfTheSameOrders() {
        SbpOperator op = SummationByParts.operator(1, 6, 16, Map.of("q45", Rational.of(2, 3)), 1000);
        assertTrue(op.certificate().holds());
        assertEquals(3, op.certificate().boundaryOrder());
        assertEquals(6, op.certificate().interiorOrder());
        assertEquals(Rational.of(2, 3), op.block().free().get("q45"));
        assertEquals(PublishedSbp.NORM_63, op.block().weights(), "the norm does not depend on q45");
    }

    @Test
    void publishedOperatorsAreCertifiedWithTheirOrders() {
        for (int p = 1; p <= 3; p++) {
            // the smallest grid, 2r + 1 = 3, 9, 13 points (one interior row), has the same orders
            int r = new int[] {1, 4, 6}[p - 1];
            Certificate smallest = SummationByParts.operator(1, 2 * p, 2 * r + 1, Map.of(), 1000).certificate();
            assertTrue(smallest.holds());
            assertEquals(2 * p, smallest.interiorOrder());
            assertEquals(p, smallest.boundaryOrder());
            SbpOperator op = SummationByParts.operator(1, 2 * p, 20, Map.of(), 1000);
            Certificate c = op.certificate();
            assertTrue(c.positiveDefinite() && c.summationByParts(), "accuracy " + 2 * p);
            assertNull(c.mismatch());
            assertEquals(2 * p, c.interiorOrder());
            assertEquals(p, c.boundaryOrder());
            assertEquals(r, op.block().width());
            for (int i = 0; i < 20; i++) {
                int expected = i < r || i >= 20 - r ? p : 2 * p;
                assertTrue(c.rowOrders().get(i) >= expected, "row " + i + " of accuracy " + 2 * p);
            }
        }
    }

    /**
     * The energy identity {@code u^T H D v + (D u)^T H v = u_(N-1) v_(N-1) - u_0 v_0}, on random exact
     * vectors, computed directly from the published tables (the mirror rule
     * {@code D[N-1-i][N-1-j] = -D[i][j]} of the paper) and from the derived operator.
     */
    @Test
    void energyIdentityHoldsExactlyOnRandomVectors() {
        Random random = new Random(15);
        for (int p = 1; p <= 3; p++) {
            for (int n : new int[] {13, 21, 40}) {
                SbpOperator op = SummationByParts.operator(1, 2 * p, n, Map.of(), 1000);
                for (int trial = 0; trial < 3; trial++) {
                    Rational[] u = randomVector(random, n);
                    Rational[] v = randomVector(random, n);
                    Rational[] du = apply(op.matrix(), u);
                    Rational[] dv = apply(op.matrix(), v);
                    Rational lhs = Rational.ZERO;
                    for (int i = 0; i < n; i++) {
                        Rational w = op.norm().entry(i, i);
                        lhs = lhs.add(u[i].multiply(w).multiply(dv[i])).add(du[i].multiply(w).multiply(v[i]));
                    }
                    assertEquals(u[n - 1].multiply(v[n - 1]).subtract(u[0].multiply(v[0])), lhs, "n " + n);
                }
            }
        }
    }

    /** The same identity on the published tables themselves, assembled from the typed-in blocks alone. */
    @Test
    void energyIdentityHoldsForThePublishedTables() {
        Random random = new Random(1994);
        List<List<List<Rational>>> rows = List.of(PublishedSbp.ROWS_21, PublishedSbp.ROWS_42, PublishedSbp.ROWS_63,
                PublishedSbp.ROWS_84);
        List<List<Rational>> norms = List.of(PublishedSbp.NORM_21, PublishedSbp.NORM_42, PublishedSbp.NORM_63,
                PublishedSbp.NORM_84);
        for (int p = 1; p <= 4; p++) {
            int n = 23;
            List<List<Rational>> all = PublishedSbp.assemble(norms.get(p - 1), rows.get(p - 1), p, n);
            List<Rational> w = all.get(0);
            List<List<Rational>> d = all.subList(1, all.size());
            Rational[] u = randomVector(random, n);
            Rational[] v = randomVector(random, n);
            Rational lhs = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                Rational du = Rational.ZERO;
                Rational dv = Rational.ZERO;
                for (int j = 0; j < n; j++) {
                    du = du.add(d.get(i).get(j).multiply(u[j]));
                    dv = dv.add(d.get(i).get(j).multiply(v[j]));
                }
                lhs = lhs.add(w.get(i).multiply(u[i].multiply(dv).add(du.multiply(v[i]))));
            }
            assertEquals(u[n - 1].multiply(v[n - 1]).subtract(u[0].multiply(v[0])), lhs, "published " + 2 * p);
            // and the derived operator is entry for entry the published one
            SbpOperator op = SummationByParts.operator(1, 2 * p, n, Map.of(), 1000);
            assertEquals(w, op.block().norm(n));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(d.get(i).get(j), op.matrix().entry(i, j), "D[" + i + "][" + j + "], accuracy " + 2 * p);
                }
            }
        }
    }

    @Test
    void aPerturbedOperatorIsNotCertified() {
        SbpOperator op = SummationByParts.operator(1, 4, 12, Map.of(), 1000);
        List<BandRow> rows = new ArrayList<>(op.matrix().rows());
        List<Rational> w = new ArrayList<>(rows.get(2).weights());
        w.set(3, w.get(3).add(Rational.of(1, 7168))); // a one-digit typo in D[2][3]
        rows.set(2, new BandRow(rows.get(2).first(), w));
        Certificate c = Certification.certify(op.norm(), new DifferentiationMatrix(1, rows, List.of(), false));
        assertFalse(c.summationByParts());
        assertEquals(2, c.mismatch()[0]);
        assertEquals(3, c.mismatch()[1]);
        // its weights no longer sum to 0: the moment of degree 0 fails, order 0 - m = -1
        assertEquals(-1, c.rowOrders().get(2));
    }

    @Test
    void badInputSaysWhatExists() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(1, 10, 30, Map.of(), 1000));
        assertTrue(e.getMessage().contains("2, 4, 6 or 8"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(1, 6, 12, Map.of(), 1000));
        assertTrue(e.getMessage().contains("at least 13"), e.getMessage());
        e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(1, 4, 12, Map.of("q45", Rational.ONE), 1000));
        assertTrue(e.getMessage().contains("no free parameters"), e.getMessage());
    }

    static Rational[] randomVector(Random random, int n) {
        Rational[] x = new Rational[n];
        for (int i = 0; i < n; i++) {
            x[i] = Rational.of(random.nextInt(2001) - 1000, 1 + random.nextInt(97));
        }
        return x;
    }

    static Rational[] apply(DifferentiationMatrix d, Rational[] x) {
        Rational[] y = new Rational[d.size()];
        for (int i = 0; i < d.size(); i++) {
            BandRow row = d.rows().get(i);
            Rational s = Rational.ZERO;
            for (int j = row.first(); j < row.end(); j++) {
                s = s.add(row.at(j).multiply(x[j]));
            }
            y[i] = s;
        }
        return y;
    }
}
