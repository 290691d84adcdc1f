package org.stencilforge.sbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.sbp.SummationByParts.NormShape;

/**
 * Block-norm (restricted-full) SBP first derivatives: the 4-3 operator against Diener, Dorband,
 * Schnetter and Tiglio's published one ({@link PublishedSbp#DDST_43_ROWS}), and every operator's
 * properties recomputed here from its matrices alone: exactness on polynomials, the energy
 * identity on random exact vectors, and {@code H^(-1) H = I}.
 */
class BlockNormSbpTest {

    /** A positive definite 6-5 choice found by a local floating-point search (cond(H_b) about 1300); not published. */
    static final Map<String, Rational> SIX_FIVE = Map.of("h66", q("2.201511"), "q45", q("7.264345"),
            "q46", q("0.58882"), "q56", q("-0.030144"));

    private static Rational q(String s) {
        return RationalParser.parse(s);
    }

    private static SbpOperator op(int accuracy, int n, Map<String, Rational> free) {
        return SummationByParts.operator(1, accuracy, NormShape.BLOCK, n, free, 1000,
                SummationByParts.Choice.PUBLISHED, SummationByParts.DEFAULT_MAX_SEARCH_POINTS);
    }

    private static Rational[][] dense(DifferentiationMatrix m) {
        Rational[][] a = new Rational[m.size()][m.columns()];
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                a[i][j] = m.entry(i, j);
            }
        }
        return a;
    }

    private static Rational[] times(Rational[][] a, Rational[] x) {
        Rational[] y = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = Rational.ZERO;
            for (int j = 0; j < x.length; j++) {
                y[i] = y[i].add(a[i][j].multiply(x[j]));
            }
        }
        return y;
    }

    private static Rational dot(Rational[] x, Rational[] y) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < x.length; i++) {
            s = s.add(x[i].multiply(y[i]));
        }
        return s;
    }

    private static double distance(Rational a, Rational b) {
        return Math.abs(new BigDecimal(a.subtract(b).numerator()).divide(new BigDecimal(a.subtract(b).denominator()),
                MathContext.DECIMAL64).doubleValue());
    }

    @Test
    void theFourThreeOperatorIsDienerDorbandSchnetterTiglios() {
        // their free parameters, read off their D and H^-1 (Q = H D, H = (H^-1)^-1) to 10 places; the table
        // itself satisfies H D + D^T H = B only to about 2e-7, so agreement to 1e-5 is all it can show
        Map<String, Rational> theirs = Map.of("h44", q("1.0227442754"), "q24", q("-0.0177318942"),
                "q34", q("0.6326954689"));
        for (Map<String, Rational> free : List.of(theirs, Map.<String, Rational>of())) {
            double tolerance = free.isEmpty() ? 1e-4 : 1e-5; // the default rounds them to 6 places
            SbpOperator op = op(4, 20, free);
            assertTrue(op.certificate().holds());
            Rational[][] d = dense(op.matrix());
            Rational[][] hinv = dense(op.block().normMatrix(20, true));
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 7; j++) {
                    double e = distance(d[i][j], PublishedSbp.DDST_43_ROWS.get(i).get(j));
                    assertTrue(e < tolerance, "D[" + i + "][" + j + "] differs by " + e);
                }
                for (int j = 0; j < 5; j++) {
                    double e = distance(hinv[i][j], PublishedSbp.DDST_43_INVERSE_NORM.get(i).get(j));
                    assertTrue(e < tolerance, "H^-1[" + i + "][" + j + "] differs by " + e);
                }
            }
        }
        assertEquals(Map.of("h44", q("1.022744"), "q24", q("-0.017732"), "q34", q("0.632695")),
                SummationByParts.derive(1, 4, NormShape.BLOCK, Map.of()).free());
    }

    /** Rows 0..r-1 and their mirrors are exact for x^k up to k = 2p - 1, not all for x^(2p); inside, up to x^(2p). */
    @Test
    void everyRowHasItsOrderOnPolynomials() {
        for (int accuracy : new int[] {4, 6}) {
            Map<String, Rational> free = accuracy == 4 ? Map.of() : SIX_FIVE;
            int r = accuracy == 4 ? 5 : 7;
            for (int n : new int[] {2 * r + 1, 2 * r + 2, 30}) {
                Rational[][] d = dense(op(accuracy, n, free).matrix());
                for (int k = 0; k <= accuracy; k++) {
                    Rational[] x = new Rational[n];
                    for (int j = 0; j < n; j++) {
                        x[j] = Rational.of(j).pow(k);
                    }
                    Rational[] dx = times(d, x);
                    int inexact = 0;
                    for (int i = 0; i < n; i++) {
                        Rational exact = k == 0 ? Rational.ZERO : Rational.of(k).multiply(Rational.of(i).pow(k - 1));
                        boolean boundary = i < r || i >= n - r;
                        if (k <= accuracy - (boundary ? 1 : 0)) {
                            assertEquals(exact, dx[i], "row " + i + ", x^" + k + ", N = " + n + ", " + accuracy);
                        } else if (!exact.equals(dx[i])) {
                            inexact++;
                        }
                    }
                    assertTrue(k < accuracy || inexact > 0, "no boundary row fails on x^" + k + ": order above "
                            + (accuracy - 1));
                }
            }
        }
    }

    /** {@code u^T H D v + (D u)^T H v = u_(N-1) v_(N-1) - u_0 v_0} and {@code H^(-1) H = I}, from the matrices. */
    @Test
    void energyIdentityAndInverseHoldExactly() {
        Random random = new Random(2007);
        for (int accuracy : new int[] {4, 6}) {
            for (int n : new int[] {accuracy == 4 ? 11 : 15, 24}) {
                SbpOperator op = op(accuracy, n, accuracy == 4 ? Map.of() : SIX_FIVE);
                Rational[][] d = dense(op.matrix());
                Rational[][] h = dense(op.norm());
                Rational[][] hinv = dense(op.block().normMatrix(n, true));
                for (int trial = 0; trial < 3; trial++) {
                    Rational[] u = SummationByPartsTest.randomVector(random, n);
                    Rational[] v = SummationByPartsTest.randomVector(random, n);
                    Rational lhs = dot(u, times(h, times(d, v))).add(dot(times(d, u), times(h, v)));
                    assertEquals(u[n - 1].multiply(v[n - 1]).subtract(u[0].multiply(v[0])), lhs);
                    assertEquals(List.of(u), List.of(times(hinv, times(h, u))));
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertEquals(h[i][j], h[j][i], "H symmetric");
                    }
                }
            }
        }
    }

    @Test
    void theCertificateReportsTheBlockAndItsOrders() {
        Certificate c = op(4, 12, Map.of()).certificate();
        assertTrue(c.holds());
        assertEquals(3, c.boundaryOrder());
        assertEquals(4, c.interiorOrder());
        assertEquals(List.of(3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3), c.rowOrders());
        Certificate c65 = op(6, 20, SIX_FIVE).certificate();
        assertTrue(c65.holds());
        assertEquals(5, c65.boundaryOrder());
        assertEquals(6, c65.interiorOrder());
        assertEquals("4-3 block-norm SBP first derivative", op(4, 12, Map.of()).block().name());
    }

    @Test
    void aNormThatIsNotPositiveDefiniteIsNotCertified() {
        SbpOperator op = op(4, 12, Map.of());
        List<org.stencilforge.operator.BandRow> rows = new java.util.ArrayList<>(op.norm().rows());
        rows.set(11, new org.stencilforge.operator.BandRow(11, List.of(Rational.of(-1))));
        Certificate c = Certification.certify(new DifferentiationMatrix(0, rows, List.of(), false), op.matrix());
        assertTrue(!c.positiveDefinite() && !c.summationByParts());
    }

    @Test
    void badInputSaysWhatExists() {
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> op(6, 20, Map.of()));
        assertTrue(e.getMessage().contains("h66, q45, q46, q56") && e.getMessage().contains("--free"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> op(4, 12, Map.of("h44", Rational.ZERO)));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> op(2, 12, Map.of()));
        assertTrue(e.getMessage().contains("--norm diagonal"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> op(8, 30, Map.of()));
        assertTrue(e.getMessage().contains("accuracy 4 and 6"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> op(4, 10, Map.of()));
        assertTrue(e.getMessage().contains("at least 11"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(2, 4, NormShape.BLOCK, 20,
                Map.of(), 1000, SummationByParts.Choice.PUBLISHED, 24));
        assertTrue(e.getMessage().contains("first derivative"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(1, 4, NormShape.BLOCK, 12,
                Map.of(), 1000, SummationByParts.Choice.SPECTRAL_RADIUS, 24));
        assertTrue(e.getMessage().contains("6-3"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> op(4, 12, Map.of("q45", Rational.ONE)));
        assertTrue(e.getMessage().contains("only the free parameters h44, q24, q34"), e.getMessage());
    }
}
