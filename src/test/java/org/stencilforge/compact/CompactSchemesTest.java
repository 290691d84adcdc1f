package org.stencilforge.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Compact schemes against Lele, "Compact finite difference schemes with spectral-like resolution",
 * J. Comput. Phys. 103 (1992) 16-42, against hand derivations, an independent exact LU solve
 * (Hipparchus BigFraction) and the schemes applied exactly to monomials.
 *
 * <p>Lele writes the first-derivative schemes as
 * {@code β f'_{i-2} + α f'_{i-1} + f'_i + α f'_{i+1} + β f'_{i+2} = a (f_{i+1}-f_{i-1})/(2h)
 * + b (f_{i+2}-f_{i-2})/(4h) + c (f_{i+3}-f_{i-3})/(6h)}, so our right weights are
 * {@code a_{±1} = ±a/2, a_{±2} = ±b/4, a_{±3} = ±c/6, a_0 = 0}; the second-derivative ones with
 * {@code a (f_{i+1}-2f_i+f_{i-1})/h^2 + b (f_{i+2}-2f_i+f_{i-2})/(4h^2) + c (f_{i+3}-2f_i+f_{i-3})/(9h^2)},
 * so {@code a_{±1} = a, a_{±2} = b/4, a_{±3} = c/9, a_0 = -2(a + b/4 + c/9)}.
 */
class CompactSchemesTest {

    private static Rational q(String s) {
        return RationalParser.parse(s);
    }

    private static List<Integer> range(int a, int b) {
        List<Integer> out = new ArrayList<>();
        for (int k = a; k <= b; k++) {
            out.add(k);
        }
        return out;
    }

    private static CompactScheme derive(int m, List<Integer> left, List<Integer> right) {
        return CompactSchemes.derive(m, left, right, Map.of(), 2, CompactSchemes.DEFAULT_MAX_POINTS);
    }

    /** Lele's symmetric first-derivative scheme from α, β, a, b, c, checked weight by weight. */
    private static void assertFirst(CompactScheme s, String alpha, String beta, String a, String b, String c) {
        assertEquals(q(alpha), s.alpha(1));
        assertEquals(q(alpha), s.alpha(-1));
        assertEquals(q(beta), s.alpha(2));
        assertEquals(q(beta), s.alpha(-2));
        assertEquals(Rational.ONE, s.alpha(0));
        assertEquals(Rational.ZERO, s.a(0));
        String[] lele = {a, b, c};
        for (int j = 1; j <= 3; j++) {
            Rational w = q(lele[j - 1]).divide(Rational.of(2L * j));
            assertEquals(w, s.a(j), "a_" + j);
            assertEquals(w.negate(), s.a(-j), "a_-" + j);
        }
    }

    private static void assertSecond(CompactScheme s, String alpha, String beta, String a, String b, String c) {
        assertEquals(q(alpha), s.alpha(1));
        assertEquals(q(alpha), s.alpha(-1));
        assertEquals(q(beta), s.alpha(2));
        assertEquals(q(beta), s.alpha(-2));
        String[] lele = {a, b, c};
        Rational centre = Rational.ZERO;
        for (int j = 1; j <= 3; j++) {
            Rational w = q(lele[j - 1]).divide(Rational.of((long) j * j));
            assertEquals(w, s.a(j), "a_" + j);
            assertEquals(w, s.a(-j), "a_-" + j);
            centre = centre.subtract(w.multiply(Rational.of(2)));
        }
        assertEquals(centre, s.a(0));
    }

    @Test
    void leleTridiagonalFourthOrderFirstDerivative() {
        // Lele (2.1.6) with β = 0, b = 0: α = 1/4, a = 3/2 (the classical Padé scheme)
        CompactScheme s = derive(1, range(-1, 1), range(-1, 1));
        assertFirst(s, "1/4", "0", "3/2", "0", "0");
        assertEquals(4, s.order().getAsInt());
        // By hand: for odd n, C_n = Σ a_j j^n / n! - Σ α_k k^(n-1)/(n-1)! = 2(3/4)/n! - 2(1/4)/(n-1)!;
        // C_5 = (3/2)/120 - (1/2)/24 = 1/80 - 1/48 = -1/120; even n vanish by symmetry; C_7 = (3/2)/5040 - (1/2)/720
        // = 1/3360 - 1/1440 = (3 - 7)/10080 = -1/2520.
        assertEquals(List.of(ErrorTerm.of(org.stencilforge.stencil.MultiIndex.of(5), 4, q("-1/120")),
                ErrorTerm.of(org.stencilforge.stencil.MultiIndex.of(7), 6, q("-1/2520"))), s.error().terms());
    }

    @Test
    void leleTridiagonalSixthOrderFirstDerivative() {
        // Lele (2.1.7): α = 1/3, a = 14/9, b = 1/9: a_{±1} = ±7/9, a_{±2} = ±1/36
        CompactScheme s = derive(1, range(-1, 1), range(-2, 2));
        assertFirst(s, "1/3", "0", "14/9", "1/9", "0");
        assertEquals(6, s.order().getAsInt());
        // By hand: C_7 = (a + 2^6 b)/7! - 2α/6! = (14/9 + 64/9)/5040 - (2/3)/720 = 26/15120 - 14/15120 = 1/1260
        assertEquals(q("1/1260"), s.error().terms().get(0).coefficient());
        assertEquals(7, s.error().terms().get(0).derivative().get(0));
    }

    @Test
    void leleTridiagonalEighthOrderFirstDerivativeFromItsShapeOrFromAlpha() {
        // Lele (2.1.7) with c: α = 3/8, a = 25/16, b = 1/5, c = -1/80
        CompactScheme free = derive(1, range(-1, 1), range(-3, 3));
        assertFirst(free, "3/8", "0", "25/16", "1/5", "-1/80");
        assertEquals(8, free.order().getAsInt());
        CompactScheme fixed = CompactSchemes.derive(1, range(-1, 1), range(-3, 3), Map.of(-1, q("3/8"), 1, q("3/8")),
                2, 32);
        assertEquals(free.rightWeights(), fixed.rightWeights());
        assertEquals(free.error(), fixed.error());
        assertEquals(List.of(-1, 1), fixed.fixed());
    }

    @Test
    void lelePentadiagonalEighthAndTenthOrderFirstDerivative() {
        // Lele (2.1.10)-(2.1.11): 8th: α = 4/9, β = 1/36, a = 40/27, b = 25/54, c = 0
        CompactScheme eighth = derive(1, range(-2, 2), range(-2, 2));
        assertFirst(eighth, "4/9", "1/36", "40/27", "25/54", "0");
        assertEquals(8, eighth.order().getAsInt());
        // 10th: α = 1/2, β = 1/20, a = 17/12, b = 101/150, c = 1/100
        CompactScheme tenth = derive(1, range(-2, 2), range(-3, 3));
        assertFirst(tenth, "1/2", "1/20", "17/12", "101/150", "1/100");
        assertEquals(10, tenth.order().getAsInt());
    }

    @Test
    void leleSecondDerivatives() {
        // Lele (2.2.6)-(2.2.7): 4th tridiagonal α = 1/10, a = 6/5; 6th tridiagonal α = 2/11, a = 12/11, b = 3/11
        CompactScheme fourth = derive(2, range(-1, 1), range(-1, 1));
        assertSecond(fourth, "1/10", "0", "6/5", "0", "0");
        assertEquals(4, fourth.order().getAsInt());
        CompactScheme sixth = derive(2, range(-1, 1), range(-2, 2));
        assertSecond(sixth, "2/11", "0", "12/11", "3/11", "0");
        assertEquals(6, sixth.order().getAsInt());
        // Lele (2.2.9): 10th pentadiagonal α = 334/899, β = 43/1798, a = 1065/1798, b = 1038/899, c = 79/1798
        CompactScheme tenth = derive(2, range(-2, 2), range(-3, 3));
        assertSecond(tenth, "334/899", "43/1798", "1065/1798", "1038/899", "79/1798");
        assertEquals(10, tenth.order().getAsInt());
    }

    /**
     * Lele's one-parameter fourth-order family (2.1.6): with α given, a = 2(α+2)/3, b = (4α-1)/3 and the
     * leading error (4/5!)(3α-1) h^4 f^(5). By hand: odd moments give a + b = 1 + 2α (n = 1) and
     * (a + 4b)/3! = 2α/2! (n = 3), so b = (4α-1)/3, a = (2α+4)/3; then
     * C_5 = (a + 16 b)/5! - 2α/4! = (22α - 4)/120 - 10α/120 = 4(3α - 1)/5!.
     * α = 0 is the explicit central 4th-order stencil (2/3, -1/12) with its textbook error -1/30 h^4 f^(5).
     */
    @ParameterizedTest
    @CsvSource({"0", "1/4", "3/8", "1/2", "-1/7", "3"})
    void theFourthOrderFamilyMatchesTheHandDerivation(String alphaText) {
        Rational alpha = q(alphaText);
        CompactScheme s = CompactSchemes.derive(1, range(-1, 1), range(-2, 2), Map.of(-1, alpha, 1, alpha), 1, 32);
        Rational a = alpha.add(Rational.of(2)).multiply(q("2/3"));
        Rational b = alpha.multiply(Rational.of(4)).subtract(Rational.ONE).divide(Rational.of(3));
        assertEquals(a.divide(Rational.of(2)), s.a(1));
        assertEquals(b.divide(Rational.of(4)), s.a(2));
        assertEquals(b.divide(Rational.of(4)).negate(), s.a(-2));
        ErrorTerm lead = s.error().terms().get(0);
        assertEquals(5, lead.derivative().get(0));
        assertEquals(4, s.order().getAsInt());
        assertEquals(alpha.multiply(Rational.of(3)).subtract(Rational.ONE).multiply(q("4/120")), lead.coefficient());
        if (alpha.isZero()) {
            assertEquals(q("-1/30"), lead.coefficient());
        }
    }

    @Test
    void alphaOneThirdRaisesTheFamilyToSixthOrder() {
        // 3α - 1 = 0: the h^4 term vanishes and the scheme is Lele's sixth-order one
        CompactScheme s = CompactSchemes.derive(1, range(-1, 1), range(-2, 2), Map.of(-1, q("1/3"), 1, q("1/3")), 1,
                32);
        assertEquals(6, s.order().getAsInt());
    }

    /**
     * Asymmetric shapes: the weights solve the moment system built here and solved by Hipparchus's exact LU,
     * and the scheme applied to monomials x^n at x = 0 (h = 1) is exact below degree order + m and misses by
     * n! C_n at degree n = order + m.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1; 0,1; -1,0,1,2", "1; -1,0; -2,-1,0,1", "2; 0,1,2; -1,0,1,2,3",
        "1; -2,0,3; -1,0,2,5", "3; -1,0,1; -3,-2,-1,0,1,2,3", "2; 0; -2,-1,0,1,2"})
    void asymmetricShapesAgreeWithAnIndependentSolveAndWithMonomials(int m, String leftText, String rightText) {
        List<Integer> left = parse(leftText);
        List<Integer> right = parse(rightText);
        CompactScheme s = derive(m, left, right);
        List<Integer> unknownLeft = left.stream().filter(k -> k != 0).toList();
        int u = unknownLeft.size() + right.size();
        BigFraction[][] a = new BigFraction[u][u];
        FieldVector<BigFraction> rhs = new ArrayFieldVector<>(BigFractionField.getInstance(), u);
        for (int n = 0; n < u; n++) {
            int c = 0;
            for (int k : unknownLeft) { // d^m/dx^m x^n at x = k: n!/(n-m)! k^(n-m)
                a[n][c++] = derivativeOfMonomial(n, m, k).negate();
            }
            for (int j : right) {
                a[n][c++] = new BigFraction(BigInteger.valueOf(j).pow(n));
            }
            rhs.setEntry(n, derivativeOfMonomial(n, m, 0));
        }
        FieldVector<BigFraction> x = new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(a, false)).getSolver()
                .solve(rhs);
        for (int i = 0; i < unknownLeft.size(); i++) {
            assertEquals(rational(x.getEntry(i)), s.alpha(unknownLeft.get(i)));
        }
        for (int i = 0; i < right.size(); i++) {
            assertEquals(rational(x.getEntry(unknownLeft.size() + i)), s.a(right.get(i)));
        }
        int p = s.order().getAsInt();
        for (int n = 0; n <= p + m; n++) {
            BigFraction residual = BigFraction.ZERO;
            for (int j : right) {
                residual = residual.add(fraction(s.a(j)).multiply(new BigFraction(BigInteger.valueOf(j).pow(n))));
            }
            for (int k : left) {
                residual = residual.subtract(fraction(s.alpha(k)).multiply(derivativeOfMonomial(n, m, k)));
            }
            if (n < p + m) {
                assertEquals(BigFraction.ZERO, residual, "degree " + n);
            } else {
                ErrorTerm lead = s.error().terms().get(0);
                assertEquals(n, lead.derivative().get(0));
                assertEquals(rational(residual), lead.coefficient().multiply(Rational.of(factorial(n))));
                assertFalse(lead.coefficient().isZero());
            }
        }
    }

    @Test
    void shapesThatDetermineNoSchemeAreRefused() {
        // too few unknowns: derivative 2 needs 3, these give 2
        assertTrue(assertThrows(StencilforgeException.class, () -> derive(2, List.of(0), List.of(0, 1)))
                .getMessage().contains("needs at least 3"));
        // solvable only with every right weight zero: -1/2 f'(x-h) + f'(x) - 1/2 f'(x+h) = 0 is O(h^2) but no scheme
        assertTrue(assertThrows(StencilforgeException.class, () -> derive(1, range(-1, 1), List.of(0)))
                .getMessage().contains("every right-side weight is zero"));
        assertThrows(StencilforgeException.class, () -> derive(1, List.of(-1, 0, 0, 1), range(-1, 1)));
        assertThrows(StencilforgeException.class, () -> derive(1, List.of(-1, 1), range(-1, 1)));
        assertThrows(StencilforgeException.class, () -> CompactSchemes.derive(1, List.of(0), range(-1, 1),
                Map.of(1, Rational.ONE), 1, 32));
        assertThrows(StencilforgeException.class, () -> CompactSchemes.derive(1, range(-1, 1), range(-40, 40),
                Map.of(), 1, 32));
        assertThrows(StencilforgeException.class, () -> CompactSchemes.leleShape(1, 12));
        assertThrows(StencilforgeException.class, () -> CompactSchemes.leleShape(3, 4));
    }

    @Test
    void theResultCannotChange() {
        CompactScheme s = derive(1, range(-1, 1), range(-1, 1));
        assertThrows(UnsupportedOperationException.class, () -> s.leftWeights().set(0, Rational.ONE));
        assertThrows(UnsupportedOperationException.class, () -> s.rightOffsets().add(3));
    }

    private static List<Integer> parse(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    private static BigFraction derivativeOfMonomial(int n, int m, int x) {
        if (n < m) {
            return BigFraction.ZERO;
        }
        BigInteger falling = factorial(n).divide(factorial(n - m));
        return new BigFraction(falling.multiply(BigInteger.valueOf(x).pow(n - m)));
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    private static Rational rational(BigFraction f) {
        return Rational.of(f.getNumerator(), f.getDenominator());
    }

    private static BigFraction fraction(Rational r) {
        return new BigFraction(r.numerator(), r.denominator());
    }
}
