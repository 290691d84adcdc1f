package org.stencilforge.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Closures and the whole-operator matrices against Lele, "Compact finite difference schemes with
 * spectral-like resolution", J. Comput. Phys. 103 (1992), section 4 (boundary formulations), hand
 * derivations, and exact evaluation of {@code A p' = h^(-m) B p} on monomials.
 */
class CompactOperatorTest {

    private static Rational q(String s) {
        return RationalParser.parse(s);
    }

    private static CompactScheme lele(int m, int p) {
        List<List<Integer>> shape = CompactSchemes.leleShape(m, p);
        return CompactSchemes.derive(m, shape.get(0), shape.get(1), Map.of(), 1, 32);
    }

    @Test
    void leleThirdAndFourthOrderBoundarySchemesForTheFirstDerivative() {
        // Lele 4.1: f'_1 + α f'_2 = (a f_1 + b f_2 + c f_3 + d f_4)/h; third order α = 2, a = -5/2, b = 2, c = 1/2;
        // fourth order α = 3, a = -17/6, b = 3/2, c = 3/2, d = -1/6.
        CompactScheme third = CompactOperator.closed(lele(1, 6), 3, 32).top().get(0);
        assertEquals(List.of(Rational.ONE, Rational.of(2)), third.leftWeights());
        assertEquals(List.of(q("-5/2"), q("2"), q("1/2")), third.rightWeights());
        // By hand: C_n = Σ a_j j^n/n! - Σ α_k k^(n-1)/(n-1)!; C_3 = (2 + 4)/6 - 2/2 = 0,
        // C_4 = (2 + 8)/24 - 2/6 = 5/12 - 4/12 = 1/12: third order, error 1/12 h^3 f^(4).
        assertEquals(3, third.order().getAsInt());
        assertEquals(q("1/12"), third.error().terms().get(0).coefficient());
        CompactScheme fourth = CompactOperator.closed(lele(1, 6), 4, 32).top().get(0);
        assertEquals(List.of(Rational.ONE, Rational.of(3)), fourth.leftWeights());
        assertEquals(List.of(q("-17/6"), q("3/2"), q("3/2"), q("-1/6")), fourth.rightWeights());
        // By hand: C_5 = (3/2 + 3/2·32 - 1/6·243)/120 - 3/24 = 9/120 - 15/120 = -1/20
        assertEquals(4, fourth.order().getAsInt());
        assertEquals(q("-1/20"), fourth.error().terms().get(0).coefficient());
    }

    @Test
    void leleBoundarySchemeForTheSecondDerivativeAndTheRowsNearTheBoundary() {
        // Lele 4.3: f''_1 + 11 f''_2 = (13 f_1 - 27 f_2 + 15 f_3 - f_4)/h^2, third order
        CompactOperator op = CompactOperator.closed(lele(2, 6), 3, 32);
        CompactScheme row0 = op.top().get(0);
        assertEquals(List.of(Rational.ONE, Rational.of(11)), row0.leftWeights());
        assertEquals(List.of(q("13"), q("-27"), q("15"), q("-1")), row0.rightWeights());
        assertEquals(3, row0.order().getAsInt());
        // row 1 of the sixth-order scheme is the fourth-order Padé scheme (Lele 2.2.6: α = 1/10, a = 6/5)
        CompactScheme row1 = op.top().get(1);
        assertEquals(q("1/10"), row1.alpha(1));
        assertEquals(q("6/5"), row1.a(1));
        assertEquals(List.of(3, 4, 6), op.orders());
        // the last rows are mirror images: same α, right weights mirrored (m even: same sign)
        assertEquals(List.of(Rational.of(11), Rational.ONE), op.bottom().get(0).leftWeights());
        assertEquals(List.of(q("-1"), q("15"), q("-27"), q("13")), op.bottom().get(0).rightWeights());
    }

    private static BigInteger binomialFalling(int k, int m) {
        BigInteger p = BigInteger.ONE;
        for (int t = 0; t < m; t++) {
            p = p.multiply(BigInteger.valueOf(k - t));
        }
        return p;
    }

    /**
     * With h = 1 and x_i = i: A p' = B p holds exactly for every monomial x^k, k <= min row order + m - 1 (each
     * row is exact on them), and fails for the next degree: evaluated here in exact rationals from the matrices.
     */
    @ParameterizedTest
    @CsvSource({"1,4,3,9", "1,6,3,11", "1,8,4,12", "1,10,3,15", "2,4,3,10", "2,6,3,11", "2,10,3,15", "1,6,4,9", "1,10,4,15"})
    void theMatricesAreExactOnPolynomialsUpToTheLowestRowOrder(int m, int p, int boundary, int n) {
        CompactOperator op = CompactOperator.closed(lele(m, p), boundary, 32);
        CompactMatrices mm = CompactMatrices.of(op, n, 1000);
        int lowest = op.orders().stream().mapToInt(Integer::intValue).min().getAsInt();
        assertEquals(Math.min(boundary, 4), lowest); // rows near the end are 4th-order Padé or better
        for (int k = 0; k <= lowest + m; k++) {
            boolean exact = true;
            for (int i = 0; i < n; i++) {
                Rational lhs = Rational.ZERO;
                Rational rhs = Rational.ZERO;
                for (int j = 0; j < n; j++) {
                    Rational x = Rational.of(j);
                    Rational derivative = k < m ? Rational.ZERO
                            : Rational.of(binomialFalling(k, m)).multiply(x.pow(k - m));
                    lhs = lhs.add(mm.a().entry(i, j).multiply(derivative));
                    rhs = rhs.add(mm.b().entry(i, j).multiply(x.pow(k)));
                }
                exact &= lhs.equals(rhs);
            }
            assertEquals(k <= lowest + m - 1, exact, "degree " + k);
        }
        // the bottom rows mirror the top: A(n-1-i, n-1-j) = A(i, j), B(n-1-i, n-1-j) = (-1)^m B(i, j)
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(mm.a().entry(i, j), mm.a().entry(n - 1 - i, n - 1 - j));
                Rational b = mm.b().entry(i, j);
                assertEquals(m % 2 == 0 ? b : b.negate(), mm.b().entry(n - 1 - i, n - 1 - j));
            }
        }
    }

    @Test
    void gridsTooSmallOrSingularAreRefused() {
        CompactOperator pade = CompactOperator.closed(lele(1, 4), 3, 32);
        assertEquals(3, pade.minLength());
        // By hand on 3 points: A = [[1, 2, 0], [1/4, 1, 1/4], [0, 2, 1]], det = 1(1 - 1/2) - 2(1/4) = 0
        assertFalse(pade.solvable(3));
        assertTrue(pade.solvable(4));
        assertEquals(4, pade.solvableLength());
        StencilforgeException e;
        e = assertThrows(StencilforgeException.class, () -> CompactMatrices.of(pade, 3, 100));
        assertTrue(e.getMessage().contains("choose at least 4 points"), e.getMessage());
        assertThrows(StencilforgeException.class, () -> CompactMatrices.of(CompactOperator.closed(lele(1, 6), 3, 32), 4, 100));
        assertThrows(StencilforgeException.class, () -> CompactOperator.closed(lele(1, 6), 0, 32));
        // Lele's fourth-order closure of the second derivative has α = 10 (f''_1 + 10 f''_2 = ...), and the Padé row
        // after it α = 1/10: the second pivot of the band LU in natural order is 1 - (1/10)·10 = 0 on every grid.
        // By hand, the rule of EliminationOrder: column 0 by row 0 (pivot 1), which leaves row 1 = (0, 0, 1/10);
        // column 1: row 1 has 0, so the largest of the rest, row 2 (2/11, interior α of Lele's sixth order);
        // column 2: row 1 again (1/10 ≠ 0); then natural order. P A has row 2 at position 1 (reaching column 3:
        // 2 above) and row 1 at position 2 (reaching column 0: 2 below).
        CompactOperator second = CompactOperator.closed(lele(2, 6), 4, 32);
        assertEquals(Rational.of(10), second.top().get(0).alpha(1));
        EliminationOrder order = EliminationOrder.of(second);
        assertEquals(List.of(0, 2, 1), order.rows());
        assertEquals(2, order.lower());
        assertEquals(2, order.upper());
        assertTrue(order.permuted());
        assertTrue(second.solvable(12));
        // Lele's third-order closures need no reordering
        assertFalse(EliminationOrder.of(CompactOperator.closed(lele(1, 6), 3, 32)).permuted());
        assertEquals(List.of(0, 1), EliminationOrder.of(CompactOperator.closed(lele(1, 6), 3, 32)).rows());
        // periodic, α = 1/2: the circulant's eigenvalue at ω = π is 1 + 2·(1/2)·cos π = 0 on every even grid, while
        // the band without corners (1/2, 1, 1/2) has pivots 1, 3/4, 2/3, ... (k+1)/k by hand
        CompactScheme half = CompactSchemes.derive(1, List.of(-1, 0, 1), List.of(-2, -1, 0, 1, 2),
                Map.of(-1, q("1/2"), 1, q("1/2")), 1, 32);
        CompactOperator ring = CompactOperator.periodic(half);
        for (int n = 5; n <= 12; n++) {
            assertEquals(n % 2 == 1, ring.solvable(n), "n = " + n);
        }
        assertThrows(StencilforgeException.class, () -> CompactMatrices.of(ring, 8, 100));
        assertEquals(9, CompactMatrices.of(ring, 9, 100).size());
    }

    /**
     * {@link PivotProof}: Lele's schemes with their closures are proved from some length on, and past it every
     * grid factors (checked exactly here on 80 grids more: a check that fails if the interval argument were
     * wrong). With α = 1/2 the interior pivots p_(k+1) = 1 - 1/(4 p_k) tend to 1/2, where the map has slope
     * 1/(4 p^2) = 1 (by hand): they do not settle geometrically, no box is mapped into itself, and nothing is proved.
     */
    @ParameterizedTest
    @CsvSource({"1,4,3", "1,6,3", "1,8,3", "1,10,3", "2,6,3", "2,6,4", "1,4,5", "2,10,4"})
    void everyGridFromTheProvedLengthOnFactors(int m, int p, int boundary) {
        CompactOperator op = CompactOperator.closed(lele(m, p), boundary, 32);
        int proved = op.provedLength().getAsInt();
        assertTrue(proved >= op.solvableLength());
        for (int n = proved; n < proved + 80; n++) {
            assertTrue(op.solvable(n), "n = " + n);
        }
    }

    @Test
    void pivotsThatDoNotSettleAreNotProved() {
        CompactScheme half = CompactSchemes.derive(1, List.of(-1, 0, 1), List.of(-2, -1, 0, 1, 2),
                Map.of(-1, q("1/2"), 1, q("1/2")), 1, 32);
        assertTrue(CompactOperator.closed(half, 3, 32).provedLength().isEmpty());
        assertTrue(CompactOperator.periodic(lele(1, 6)).provedLength().isEmpty());
    }
}
