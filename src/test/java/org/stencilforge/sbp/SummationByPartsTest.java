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
 * {@code first_derivative_coefficients}, orders 2, 4 and 6), retyped here by hand.
 */
class SummationByPartsTest {

    private static List<Rational> r(String... values) {
        return java.util.Arrays.stream(values).map(RationalParser::parse).toList();
    }

    // 2-1: D row 0 = [-1, 1], H/h = diag(1/2, 1, ...)
    static final List<Rational> NORM_21 = r("1/2");
    static final List<List<Rational>> ROWS_21 = List.of(r("-1", "1"));

    // 4-2 (MattssonNordström2004.jl, order 4, q1..q4 and left_weights)
    static final List<Rational> NORM_42 = r("17/48", "59/48", "43/48", "49/48");
    static final List<List<Rational>> ROWS_42 = List.of(
            r("-24/17", "59/34", "-4/17", "-3/34"),
            r("-1/2", "0", "1/2"),
            r("4/43", "-59/86", "0", "59/86", "-4/43"),
            r("3/98", "0", "-59/98", "0", "32/49", "-4/49"));

    // 6-3 (MattssonNordström2004.jl, order 6, q1..q6 and left_weights)
    static final List<Rational> NORM_63 = r("13649/43200", "12013/8640", "2711/4320", "5359/4320", "7877/8640",
            "43801/43200");
    static final List<List<Rational>> ROWS_63 = List.of(
            r("-21600/13649", "104009/54596", "30443/81894", "-33311/27298", "16863/27298", "-15025/163788"),
            r("-104009/240260", "0", "-311/72078", "20229/24026", "-24337/48052", "36661/360390"),
            r("-30443/162660", "311/32532", "0", "-11155/16266", "41287/32532", "-21999/54220"),
            r("33311/107180", "-20229/21436", "485/1398", "0", "4147/21436", "25427/321540", "72/5359"),
            r("-16863/78770", "24337/31508", "-41287/47262", "-4147/15754", "0", "342523/472620", "-1296/7877",
                    "144/7877"),
            r("15025/525612", "-36661/262806", "21999/87602", "-25427/262806", "-342523/525612", "0",
                    "32400/43801", "-6480/43801", "720/43801"));

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
        assertPublished(2, NORM_21, ROWS_21);
        assertTrue(SummationByParts.derive(1, 2, Map.of()).free().isEmpty());
    }

    @Test
    void theFourTwoOperatorIsThePublishedOneAndUnique() {
        assertPublished(4, NORM_42, ROWS_42);
        assertTrue(SummationByParts.derive(1, 4, Map.of()).free().isEmpty());
    }

    @Test
    void theSixThreeOperatorIsThePublishedOneWithOneFreeParameter() {
        assertPublished(6, NORM_63, ROWS_63);
        SummationByParts.Block b = SummationByParts.derive(1, 6, Map.of());
        // Q[4][5] = w_4 D[4][5] = 7877/8640 * 342523/472620 = 342523/518400 (472620 = 60 * 7877)
        assertEquals(Map.of("q45", Rational.of(342523, 518400)), b.free());
    }

    @Test
    void anotherValueOfTheFreeParameterIsStillAnSbpOperatorOfTheSameOrders() {
        SbpOperator op = SummationByParts.operator(1, 6, 16, Map.of("q45", Rational.of(2, 3)), 1000);
        assertTrue(op.certificate().holds());
        assertEquals(3, op.certificate().boundaryOrder());
        assertEquals(6, op.certificate().interiorOrder());
        assertEquals(Rational.of(2, 3), op.block().free().get("q45"));
        assertEquals(NORM_63, op.block().weights(), "the norm does not depend on q45");
    }

    @Test
    void publishedOperatorsAreCertifiedWithTheirOrders() {
        for (int p = 1; p <= 3; p++) {
            SbpOperator op = SummationByParts.operator(1, 2 * p, 20, Map.of(), 1000);
            Certificate c = op.certificate();
            assertTrue(c.positiveDefinite() && c.summationByParts(), "accuracy " + 2 * p);
            assertNull(c.mismatch());
            assertEquals(2 * p, c.interiorOrder());
            assertEquals(p, c.boundaryOrder());
            int r = op.block().width();
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
                        Rational w = op.norm().get(i);
                        lhs = lhs.add(u[i].multiply(w).multiply(dv[i])).add(du[i].multiply(w).multiply(v[i]));
                    }
                    assertEquals(u[n - 1].multiply(v[n - 1]).subtract(u[0].multiply(v[0])), lhs, "n " + n);
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
        Certificate c = SummationByParts.certify(op.norm(), new DifferentiationMatrix(1, rows, List.of(), false));
        assertFalse(c.summationByParts());
        assertEquals(2, c.mismatch()[0]);
        assertEquals(3, c.mismatch()[1]);
        // its weights no longer sum to 0: the moment of degree 0 fails, order 0 - m = -1
        assertEquals(-1, c.rowOrders().get(2));
    }

    @Test
    void badInputSaysWhatExists() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(1, 8, 30, Map.of(), 1000));
        assertTrue(e.getMessage().contains("2, 4 or 6"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(1, 6, 11, Map.of(), 1000));
        assertTrue(e.getMessage().contains("at least 12"), e.getMessage());
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
