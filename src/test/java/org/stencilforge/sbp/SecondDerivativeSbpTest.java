package org.stencilforge.sbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.DifferentiationMatrix;

/**
 * The diagonal-norm SBP second-derivative operators {@code D2 = H^-1 (-M + B S)} against their
 * published coefficients: Mattsson and Nordström, "Summation by parts operators for finite difference
 * approximations of second derivatives", J. Comput. Phys. 199 (2004) 503–540, as typed into
 * SummationByPartsOperators.jl ({@code src/SBP_coefficients/MattssonNordström2004.jl},
 * {@code second_derivative_coefficients}), retyped by hand in {@link PublishedSbp}.
 */
class SecondDerivativeSbpTest {

    private static final List<List<List<Rational>>> ROWS = List.of(PublishedSbp.ROWS2_21, PublishedSbp.ROWS2_42,
            PublishedSbp.ROWS2_63, PublishedSbp.ROWS2_84);
    private static final List<List<Rational>> NORMS = List.of(PublishedSbp.NORM_21, PublishedSbp.NORM_42,
            PublishedSbp.NORM_63, PublishedSbp.NORM_84);
    private static final List<List<Rational>> S = List.of(PublishedSbp.S_21, PublishedSbp.S_42, PublishedSbp.S_63,
            PublishedSbp.S_84);

    @Test
    void theDerivedBlocksAreThePublishedOnesEntryForEntry() {
        for (int p = 1; p <= 4; p++) {
            SummationByParts.Block b = SummationByParts.derive(2, 2 * p, Map.of());
            assertEquals(NORMS.get(p - 1), b.weights(), "norm " + 2 * p);
            assertEquals(S.get(p - 1), b.boundary(), "S " + 2 * p);
            List<List<Rational>> rows = ROWS.get(p - 1);
            assertEquals(rows.size(), b.width());
            for (int i = 0; i < rows.size(); i++) {
                int cols = Math.max(rows.get(i).size(), b.rows().get(i).end());
                for (int j = 0; j < cols; j++) {
                    Rational want = j < rows.get(i).size() ? rows.get(i).get(j) : Rational.ZERO;
                    assertEquals(want, b.rows().get(i).at(j), "h^2 D2[" + i + "][" + j + "], accuracy " + 2 * p);
                }
            }
        }
        assertTrue(SummationByParts.derive(2, 2, Map.of()).free().isEmpty());
        assertTrue(SummationByParts.derive(2, 4, Map.of()).free().isEmpty(), "the 4-2 D2 is unique");
        // one free parameter for 6-3: M[5][5] = -w_5 h^2 D2[5][5] = 43801/43200 * 117600/43801 = 49/18
        assertEquals(Map.of("m55", Rational.of(49, 18)), SummationByParts.derive(2, 6, Map.of()).free());
        // 8-4: the last weight of the 7-point S row (the other six follow from order 5, as the table has them)
        // and three entries of M's corner, M = B S - diag(w) h^2 D2 from rows d7, d8 and the weights:
        // m77 = -w_7 h^2 D2[7][7] = 5127739/5080320 * 144648000000/51682481381 = 256250/90711
        assertEquals(Map.of("s6", Rational.of(6, 175), "m66", Rational.of(118811863211L, 41146509600L),
                "m67", Rational.of(-239073018673L, 153613635840L), "m77", Rational.of(256250, 90711)),
                SummationByParts.derive(2, 8, Map.of()).free());
    }

    /** The whole published matrices, assembled from the typed tables, against the derived ones on several grids. */
    @Test
    void theWholeMatricesAreThePublishedOnes() {
        for (int p = 1; p <= 4; p++) {
            for (int n : new int[] {2 * ROWS.get(p - 1).size() + 1, 17, 30}) {
                Rational[][] want = PublishedSbp.assembleSecond(ROWS.get(p - 1), p, n);
                SbpOperator op = SummationByParts.operator(2, 2 * p, n, Map.of(), 1000);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertEquals(want[i][j], op.matrix().entry(i, j), "[" + i + "][" + j + "] " + 2 * p + ", " + n);
                    }
                }
            }
        }
    }

    @Test
    void certificatesHoldWithThePublishedOrders() {
        for (int p = 1; p <= 4; p++) {
            int r = ROWS.get(p - 1).size();
            for (int n : new int[] {2 * r + 1, 2 * r + 2, 25}) {
                Certificate c = SummationByParts.operator(2, 2 * p, n, Map.of(), 1000).certificate();
                assertTrue(c.holds(), "accuracy " + 2 * p + ", n " + n + ": " + c);
                assertTrue(c.curvature().semiDefinite());
                assertEquals(-1, c.curvature().nonPositivePivot());
                assertEquals(2 * p, c.interiorOrder());
                assertEquals(p, c.boundaryOrder(), "accuracy " + 2 * p + ", n " + n);
                for (int i = 0; i < n; i++) {
                    assertTrue(c.rowOrders().get(i) >= (i < r || i >= n - r ? p : 2 * p), "row " + i);
                }
            }
        }
    }

    /**
     * {@code M} positive semi-definite with the constants as its nullspace, checked independently of the
     * certificate's banded {@code LDL^T}: {@code M 1 = 0} and every leading principal minor of the leading
     * {@code (N-1)×(N-1)} block positive (Sylvester), the minors from dense fraction-free Bareiss elimination
     * of {@code M} as {@code B S - H D2} built from the published tables alone.
     */
    @Test
    void thePublishedMIsSemiDefiniteWithTheConstantsAsNullspace() {
        for (int p = 1; p <= 4; p++) {
            int n = 17;
            Rational[][] m = publishedM(p, n);
            for (int i = 0; i < n; i++) {
                Rational sum = Rational.ZERO;
                for (int j = 0; j < n; j++) {
                    sum = sum.add(m[i][j]);
                    assertEquals(m[i][j], m[j][i], "M symmetric at [" + i + "][" + j + "]");
                }
                assertTrue(sum.isZero(), "M 1 = 0, row " + i);
            }
            List<Rational> minors = leadingMinors(m, n - 1);
            for (int k = 0; k < n - 1; k++) {
                assertTrue(minors.get(k).signum() > 0, "minor " + (k + 1) + " of accuracy " + 2 * p);
            }
            // and the certificate's M is this one
            DifferentiationMatrix ours = SummationByParts.operator(2, 2 * p, n, Map.of(), 1000).certificate()
                    .curvature().matrix();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(m[i][j], ours.entry(i, j), "h M[" + i + "][" + j + "]");
                }
            }
        }
    }

    /**
     * The identity {@code u^T H D2 v = -u^T M v + u_(N-1) (S v)_(N-1) - u_0 (S v)_0} on random exact vectors,
     * with {@code H}, {@code D2} and {@code S} from the published tables and {@code M} from the derived
     * operator's certificate; and {@code u^T M u >= 0}.
     */
    @Test
    void theSummationByPartsIdentityHoldsOnRandomVectors() {
        Random random = new Random(2004);
        for (int p = 1; p <= 4; p++) {
            for (int n : new int[] {Math.max(13, 2 * ROWS.get(p - 1).size() + 1), 22}) {
                Rational[][] d = PublishedSbp.assembleSecond(ROWS.get(p - 1), p, n);
                List<Rational> w = new ArrayList<>(java.util.Collections.nCopies(n, Rational.ONE));
                for (int i = 0; i < NORMS.get(p - 1).size(); i++) {
                    w.set(i, NORMS.get(p - 1).get(i));
                    w.set(n - 1 - i, NORMS.get(p - 1).get(i));
                }
                DifferentiationMatrix m = SummationByParts.operator(2, 2 * p, n, Map.of(), 1000).certificate()
                        .curvature().matrix();
                for (int trial = 0; trial < 3; trial++) {
                    Rational[] u = SummationByPartsTest.randomVector(random, n);
                    Rational[] v = SummationByPartsTest.randomVector(random, n);
                    Rational lhs = Rational.ZERO;
                    Rational uMv = Rational.ZERO;
                    Rational uMu = Rational.ZERO;
                    for (int i = 0; i < n; i++) {
                        Rational dv = Rational.ZERO;
                        Rational mv = Rational.ZERO;
                        Rational mu = Rational.ZERO;
                        for (int j = 0; j < n; j++) {
                            dv = dv.add(d[i][j].multiply(v[j]));
                            mv = mv.add(m.entry(i, j).multiply(v[j]));
                            mu = mu.add(m.entry(i, j).multiply(u[j]));
                        }
                        lhs = lhs.add(u[i].multiply(w.get(i)).multiply(dv));
                        uMv = uMv.add(u[i].multiply(mv));
                        uMu = uMu.add(u[i].multiply(mu));
                    }
                    List<Rational> s = S.get(p - 1);
                    Rational s0 = Rational.ZERO;
                    Rational sn = Rational.ZERO;
                    for (int j = 0; j < s.size(); j++) {
                        s0 = s0.add(s.get(j).multiply(v[j]));
                        sn = sn.subtract(s.get(j).multiply(v[n - 1 - j]));
                    }
                    assertEquals(uMv.negate().add(u[n - 1].multiply(sn)).subtract(u[0].multiply(s0)), lhs,
                            "accuracy " + 2 * p + ", n " + n);
                    assertTrue(uMu.signum() >= 0);
                }
            }
        }
    }

    @Test
    void aOneDigitTypoIsCaughtAndLocated() {
        SbpOperator op = SummationByParts.operator(2, 6, 16, Map.of(), 1000);
        List<BandRow> rows = new ArrayList<>(op.matrix().rows());
        List<Rational> w = new ArrayList<>(rows.get(3).weights());
        w.set(1, Rational.of(-12432, 10718)); // published -12423/10718, two digits swapped
        rows.set(3, new BandRow(rows.get(3).first(), w));
        DifferentiationMatrix bad = new DifferentiationMatrix(2, rows, List.of(), false);
        Certificate c = Certification.certify(op.block().norm(16), bad, op.block().boundaryMatrix(16));
        assertFalse(c.summationByParts());
        assertFalse(c.holds());
        assertEquals(1, c.mismatch()[0]);
        assertEquals(3, c.mismatch()[1]);
    }

    @Test
    void theFreeParameterMovesMAlongAFifthDifferenceAndIsRefusedWhereMIsNotSemiDefinite() {
        // m55 = 3: still SBP, same orders; M changes by (3 - 49/18) v v^T, v = (1, -5, 10, -10, 5, -1)
        // (the fifth difference: the direction the accuracy conditions leave free, hand-checked: v.j^k = 0, k < 5)
        SbpOperator op = SummationByParts.operator(2, 6, 16, Map.of("m55", Rational.of(3)), 1000);
        assertTrue(op.certificate().holds());
        assertEquals(3, op.certificate().boundaryOrder());
        DifferentiationMatrix m0 = SummationByParts.operator(2, 6, 16, Map.of(), 1000).certificate().curvature()
                .matrix();
        DifferentiationMatrix m1 = op.certificate().curvature().matrix();
        int[] v = {1, -5, 10, -10, 5, -1};
        Rational t = Rational.of(3).subtract(Rational.of(49, 18));
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                Rational delta = i < 6 && j < 6 ? t.multiply(Rational.of((long) v[i] * v[j]))
                        : i > 9 && j > 9 ? t.multiply(Rational.of((long) v[15 - i] * v[15 - j])) : Rational.ZERO;
                assertEquals(m0.entry(i, j).add(delta), m1.entry(i, j), "[" + i + "][" + j + "]");
            }
        }
        // m55 = 0 makes M[0][0] = 0 - 19697/12960 < 0: not semi-definite, refused as input
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(2, 6, 16, Map.of("m55", Rational.ZERO), 1000));
        assertTrue(e.getMessage().contains("not positive semi-definite"), e.getMessage());
    }

    @Test
    void badInputSaysWhatExists() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(2, 10, 30, Map.of(), 1000));
        assertTrue(e.getMessage().contains("second-derivative operators are derived here for accuracy 2, 4, 6 and 8"),
                e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(3, 4, 30, Map.of(), 1000));
        assertTrue(e.getMessage().contains("--derivative 1 or 2"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(2, 4, 8, Map.of(), 1000));
        assertTrue(e.getMessage().contains("at least 9 points"), e.getMessage());
        e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(2, 6, 20, Map.of("q45", Rational.ONE), 1000));
        assertTrue(e.getMessage().contains("only the free parameters m55"), e.getMessage());
        e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.operator(2, 6, 20, Map.of("s6", Rational.ONE), 1000));
        assertTrue(e.getMessage().contains("only the free parameters m55"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(2, 8, 20, Map.of(), 1000,
                SummationByParts.Choice.SPECTRAL_RADIUS, 24));
        assertTrue(e.getMessage().contains("offered for the 6-3 first derivative"), e.getMessage());
    }

    /** Another s6 moves the whole boundary row S (still order 5: checked on x^k here) and M with it. */
    @Test
    void theEightFourBoundaryRowFollowsS6() {
        SummationByParts.Block b = SummationByParts.derive(2, 8, Map.of("s6", Rational.of(1, 25)));
        assertEquals(Rational.of(1, 25), b.boundary().get(6));
        for (int k = 0; k <= 5; k++) {
            Rational sum = Rational.ZERO;
            for (int j = 0; j < 7; j++) {
                sum = sum.add(b.boundary().get(j).multiply(Rational.of(j).pow(k)));
            }
            assertEquals(k == 1 ? Rational.ONE : Rational.ZERO, sum, "S x^" + k);
        }
        Certificate c = SummationByParts.operator(2, 8, 20, Map.of("s6", Rational.of(1, 25)), 1000).certificate();
        assertTrue(c.holds(), c.toString());
        assertEquals(4, c.boundaryOrder());
    }

    /** {@code B S - H D2} from the published tables alone, dense. */
    private static Rational[][] publishedM(int p, int n) {
        Rational[][] d = PublishedSbp.assembleSecond(ROWS.get(p - 1), p, n);
        List<Rational> norm = NORMS.get(p - 1);
        List<Rational> s = S.get(p - 1);
        Rational[][] m = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            int k = Math.min(i, n - 1 - i);
            Rational w = k < norm.size() ? norm.get(k) : Rational.ONE;
            for (int j = 0; j < n; j++) {
                m[i][j] = w.multiply(d[i][j]).negate();
            }
        }
        for (int j = 0; j < s.size(); j++) {
            m[0][j] = m[0][j].subtract(s.get(j)); // (B S)[0] = -S[0]
            m[n - 1][n - 1 - j] = m[n - 1][n - 1 - j].subtract(s.get(j)); // (B S)[N-1] = S[N-1] = -mirror
        }
        return m;
    }

    /** Leading principal minors by Bareiss fraction-free elimination (no pivoting): the k-th pivot is the k-th minor. */
    private static List<Rational> leadingMinors(Rational[][] a0, int size) {
        Rational[][] a = new Rational[size][];
        for (int i = 0; i < size; i++) {
            a[i] = java.util.Arrays.copyOf(a0[i], size);
        }
        List<Rational> minors = new ArrayList<>();
        Rational previous = Rational.ONE;
        for (int k = 0; k < size; k++) {
            minors.add(a[k][k]);
            if (a[k][k].isZero()) {
                break;
            }
            for (int i = k + 1; i < size; i++) {
                for (int j = k + 1; j < size; j++) {
                    a[i][j] = a[i][j].multiply(a[k][k]).subtract(a[i][k].multiply(a[k][j])).divide(previous);
                }
            }
            previous = a[k][k];
        }
        while (minors.size() < size) {
            minors.add(Rational.ZERO);
        }
        return minors;
    }

    /**
     * Why {@code --choose spectral-radius} refuses {@code m55}: M is semi-definite only above an edge near 2.675
     * (2.67 is refused, 2.68 accepted), and the spectral radius of {@code h^2 D2} grows with {@code m55} from there
     * on, so no admissible value minimises it. Exact enclosures ({@code SpectralRadius.of}), 13 points.
     */
    @Test
    void theSpectralRadiusGrowsWithM55FromTheEdgeOfDefiniteness() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> SummationByParts.derive(2, 6, Map.of("m55", Rational.of(267, 100))));
        assertTrue(e.getMessage().contains("not positive semi-definite"), e.getMessage());
        org.stencilforge.operator.SpectralRadius previous = null;
        for (Rational m : List.of(Rational.of(268, 100), Rational.of(49, 18), Rational.of(28, 10))) {
            DifferentiationMatrix d = SummationByParts.operator(2, 6, 13, Map.of("m55", m), 1000).matrix();
            Rational[][] a = new Rational[13][13];
            for (int i = 0; i < 13; i++) {
                for (int j = 0; j < 13; j++) {
                    a[i][j] = d.entry(i, j);
                }
            }
            org.stencilforge.operator.SpectralRadius rho = org.stencilforge.operator.SpectralRadius.of(a, 10);
            if (previous != null) {
                assertTrue(rho.lower().compareTo(previous.upper()) > 0, rho + " after " + previous);
            }
            previous = rho;
        }
        e = assertThrows(StencilforgeException.class, () -> SummationByParts.operator(2, 6, 13, Map.of(), 1000,
                SummationByParts.Choice.SPECTRAL_RADIUS, 24));
        assertTrue(e.getMessage().contains("no admissible m55 minimises it"), e.getMessage());
    }
}
