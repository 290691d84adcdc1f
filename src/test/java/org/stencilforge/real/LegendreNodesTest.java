package org.stencilforge.real;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gauss–Legendre and Gauss–Lobatto–Legendre nodes to 30 digits.
 *
 * <p>References: the nodes of small N in closed form, from the polynomials (hand
 * derivation, and the values of Abramowitz &amp; Stegun Table 25.4, p. 916, and
 * 25.4.32 for Lobatto, agree with them to the 15 digits printed there):
 * {@code P_2}: {@code ±1/√3}; {@code P_3 = (5x³-3x)/2}: {@code 0, ±√(3/5)};
 * {@code P_4 = (35x⁴-30x²+3)/8}: {@code x² = (15 ± 2√30)/35}; {@code P_5 = (63x⁵-70x³+15x)/8}:
 * {@code 0, x² = (35 ± 2√70)/63}. Lobatto N = 4: {@code P'_3 = (15x²-3)/2}, {@code ±1/√5};
 * N = 5: {@code P'_4 ∝ 35x³-15x}, {@code 0, ±√(3/7)}; N = 6: {@code P'_5 ∝ 21x⁴ - 14x² + 1},
 * {@code x² = (7 ± 2√7)/21}. For larger N, Gauss–Legendre quadrature built from
 * the nodes (weights {@code 2/((1-x²)P'_N(x)²)}, in Apfloat) must integrate
 * {@code x^{2k}} exactly ({@code 2/(2k+1)}) for {@code 2k <= 2N-1}: a cross-check
 * that fails for nodes wrong in the 30th digit.
 */
class LegendreNodesTest {

    private static final long P = 80;
    private static final int DIGITS = 30;

    private static Apfloat a(long v) {
        return new Apfloat(v, P);
    }

    private static Apfloat sqrt(Apfloat x) {
        return ApfloatMath.sqrt(x);
    }

    /** @return the positive square root of {@code (b ± 2√c)/d} */
    private static Apfloat root(long b, int sign, long c, long d) {
        return sqrt(a(b).add(a(2L * sign).multiply(sqrt(a(c)))).divide(a(d)));
    }

    private static void check(String set, List<Apfloat> positive) {
        RealMatrix m = RealStencils.matrix(NodeSets.parse(set, null, 100), 0, null, new RealStencils.Settings(DIGITS, 4000));
        List<String> nodes = m.nodes();
        int n = nodes.size();
        // ascending and symmetric: the top half against the positive roots, ascending
        for (int k = 0; k < positive.size(); k++) {
            Check.correctlyRounded(nodes.get(n - positive.size() + k), positive.get(k), DIGITS, set + " node " + k);
            Check.correctlyRounded(nodes.get(positive.size() - 1 - k), positive.get(k).negate(), DIGITS, set + " mirror " + k);
        }
        if (n % 2 == 1) {
            assertEquals("0", nodes.get(n / 2));
        }
    }

    @Test
    void gaussNodesOfSmallNMatchTheirClosedForms() {
        check("legendre-gauss:2", List.of(sqrt(a(1).divide(a(3)))));
        check("legendre-gauss:3", List.of(sqrt(a(3).divide(a(5)))));
        check("legendre-gauss:4", List.of(root(15, -1, 30, 35), root(15, 1, 30, 35)));
        check("legendre-gauss:5", List.of(root(35, -1, 70, 63), root(35, 1, 70, 63)));
    }

    @Test
    void lobattoNodesOfSmallNMatchTheirClosedForms() {
        check("legendre-lobatto:3", List.of(a(1)));
        check("legendre-lobatto:4", List.of(sqrt(a(1).divide(a(5))), a(1)));
        check("legendre-lobatto:5", List.of(sqrt(a(3).divide(a(7))), a(1)));
        check("legendre-lobatto:6", List.of(root(7, -1, 7, 21), root(7, 1, 7, 21), a(1)));
    }

    /** A&amp;S Table 25.4 (p. 917), N = 20: the largest abscissa 0.993128599185094 924786 (15 digits printed there). */
    @Test
    void theLargestNodeOfTwentyAgreesWithAbramowitzAndStegun() {
        RealMatrix m = RealStencils.matrix(NodeSets.parse("legendre-gauss:20", null, 100), 0, null,
                new RealStencils.Settings(15, 4000));
        assertEquals("0.993128599185095", m.nodes().get(19));
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {8, 20, 33})
    void gaussQuadratureOnTheNodesIsExactToDegreeTwoNMinusOne(int n) {
        RealMatrix m = RealStencils.matrix(NodeSets.parse("legendre-gauss:" + n, null, 100), 0, null,
                new RealStencils.Settings(DIGITS + 10, 4000));
        List<Apfloat> x = m.nodes().stream().map(s -> new Apfloat(s, P)).toList();
        for (int k = 0; 2 * k <= 2 * n - 1; k++) {
            Apfloat sum = a(0);
            for (Apfloat xi : x) {
                // P_N and P_{N-1} by the recurrence, P'_N = N (x P_N - P_{N-1}) / (x² - 1)
                Apfloat before = a(1);
                Apfloat p = xi;
                for (int j = 1; j < n; j++) {
                    Apfloat next = a(2L * j + 1).multiply(xi).multiply(p).subtract(a(j).multiply(before)).divide(a(j + 1));
                    before = p;
                    p = next;
                }
                Apfloat oneMinus = a(1).subtract(xi.multiply(xi));
                Apfloat d = a(n).multiply(xi.multiply(p).subtract(before)).divide(oneMinus.negate());
                Apfloat w = a(2).divide(oneMinus.multiply(d).multiply(d));
                sum = sum.add(k == 0 ? w : w.multiply(ApfloatMath.pow(xi, 2L * k)));
            }
            Apfloat exact = a(2).divide(a(2L * k + 1));
            // nodes printed to 40 digits: the quadrature is exact to about 10^-38
            assertEquals(-1, ApfloatMath.abs(sum.subtract(exact)).compareTo(new Apfloat("1e-36", P)),
                    "N = " + n + ", k = " + k + ": " + sum);
        }
    }
}
