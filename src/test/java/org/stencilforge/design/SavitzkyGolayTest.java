package org.stencilforge.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.hipparchus.linear.FieldVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/** Savitzky–Golay filters against published tables and the normal equations solved by Hipparchus. */
class SavitzkyGolayTest {

    /**
     * A. Savitzky and M. J. E. Golay, Anal. Chem. 36 (1964) 1627–1639, Tables I–III as corrected by
     * J. Steinier, Y. Termonia and J. Deltour, Anal. Chem. 44 (1972) 1906–1909 (convolution integers
     * over the normalising factor); the end-point row from P. A. Gorry, Anal. Chem. 62 (1990) 570–573,
     * which is also the quadratic through the least-squares conditions solved by hand:
     * 5 points, quadratic, smoothing at the first point: (31, 9, -3, -5, 3)/35.
     */
    static Stream<Arguments> published() {
        return Stream.of(
                Arguments.of(0, 5, 2, null, "-3,12,17,12,-3", 35),
                Arguments.of(0, 7, 2, null, "-2,3,6,7,6,3,-2", 21),
                Arguments.of(0, 9, 2, null, "-21,14,39,54,59,54,39,14,-21", 231),
                Arguments.of(0, 7, 4, null, "5,-30,75,131,75,-30,5", 231),
                Arguments.of(1, 5, 2, null, "-2,-1,0,1,2", 10),
                Arguments.of(1, 7, 2, null, "-3,-2,-1,0,1,2,3", 28),
                Arguments.of(1, 5, 3, null, "1,-8,0,8,-1", 12),
                Arguments.of(1, 7, 3, null, "22,-67,-58,0,58,67,-22", 252),
                Arguments.of(2, 5, 2, null, "2,-1,-2,-1,2", 7),
                Arguments.of(2, 7, 2, null, "5,0,-3,-4,-3,0,5", 42),
                Arguments.of(0, 5, 2, "0", "31,9,-3,-5,3", 35));
    }

    @ParameterizedTest(name = "m={0}, N={1}, degree {2}, at {3}")
    @MethodSource("published")
    void reproducesThePublishedTables(int m, int n, int degree, String at, String integers, int norm) {
        Design d = SavitzkyGolay.design(m, n, degree, Optional.ofNullable(at).map(RationalParser::parse), 1, 101);
        List<Rational> expected = RationalParser.parseList(integers).stream()
                .map(c -> c.divide(Rational.of(norm))).toList();
        assertEquals(expected, d.result().stencil().weights());
    }

    static Stream<Arguments> random() {
        Random random = new Random(1964L);
        List<Arguments> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = 1 + random.nextInt(14);
            int degree = random.nextInt(n);
            int m = random.nextInt(degree + 1);
            Rational at = Rational.of(random.nextInt(2 * n - 1), 2); // integers and half-integers in the window
            if (i % 5 == 0) {
                at = Rational.of(random.nextInt(3 * (n - 1) + 1), 3);
            }
            all.add(Arguments.of(m, n, degree, at));
        }
        return all.stream();
    }

    /**
     * Independent: the normal equations {@code (VᵀV) c = Vᵀ f} built on the offsets themselves and solved by
     * Hipparchus' exact LU; the weights are row {@code m} of {@code m! (VᵀV)^{-1} Vᵀ}.
     */
    @ParameterizedTest(name = "m={0}, N={1}, degree {2}, at {3}")
    @MethodSource("random")
    void equalsTheNormalEquationsSolvedByLu(int m, int n, int degree, Rational at) {
        Design d = SavitzkyGolay.design(m, n, degree, Optional.of(at), 1, 101);
        FieldMatrix<BigFraction> v = new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), n, degree + 1);
        for (int j = 0; j < n; j++) {
            BigFraction s = fraction(Rational.of(j).subtract(at));
            BigFraction p = BigFraction.ONE;
            for (int k = 0; k <= degree; k++) {
                v.setEntry(j, k, p);
                p = p.multiply(s);
            }
        }
        FieldMatrix<BigFraction> normal = v.transpose().multiply(v);
        var solver = new FieldLUDecomposition<>(normal).getSolver();
        BigFraction factorial = BigFraction.ONE;
        for (int i = 2; i <= m; i++) {
            factorial = factorial.multiply(i);
        }
        List<Rational> weights = d.result().stencil().weights();
        for (int j = 0; j < n; j++) {
            FieldVector<BigFraction> column = solver.solve(new ArrayFieldVector<>(v.transpose().getColumn(j)));
            BigFraction expected = column.getEntry(m).multiply(factorial);
            assertEquals(expected, fraction(weights.get(j)), "weight " + j);
        }
        // exact on polynomials of the degree: order of accuracy at least degree - m + 1
        assertTrue(d.result().error().order().isEmpty() || d.result().error().order().getAsInt() >= degree - m + 1);
    }

    private static BigFraction fraction(Rational r) {
        return new BigFraction(r.numerator(), r.denominator());
    }

    @Test
    void refusesFitsThatDoNotExist() {
        assertTrue(assertThrows(StencilforgeException.class,
                () -> SavitzkyGolay.design(1, 3, 3, Optional.empty(), 1, 101)).getMessage().contains("--window 4"));
        assertThrows(StencilforgeException.class, () -> SavitzkyGolay.design(3, 7, 2, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class, () -> SavitzkyGolay.design(-1, 7, 2, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class, () -> SavitzkyGolay.design(0, 7, -1, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class, () -> SavitzkyGolay.design(0, 0, 0, Optional.empty(), 1, 101));
        assertThrows(StencilforgeException.class,
                () -> SavitzkyGolay.design(0, 7, 2, Optional.of(Rational.of(13, 2)), 1, 101));
        assertEquals(BigInteger.ONE, SavitzkyGolay.design(0, 1, 0, Optional.empty(), 1, 101).result().stencil()
                .weights().get(0).numerator());
    }
}
