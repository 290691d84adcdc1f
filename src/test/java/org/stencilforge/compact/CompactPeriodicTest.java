package org.stencilforge.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * The periodic pair {@code (A, B)}: solved in double precision (Hipparchus LU, test only) on
 * {@code f = sin(2πx)}, the error against the closed form {@code (2π)^m sin^(m)} falls like {@code h^p}
 * with Lele's order {@code p}.
 */
class CompactPeriodicTest {

    private static double maxError(int m, int p, int n) {
        List<List<Integer>> shape = CompactSchemes.leleShape(m, p);
        CompactScheme s = CompactSchemes.derive(m, shape.get(0), shape.get(1), Map.of(), 1, 32);
        CompactMatrices pm = CompactMatrices.of(CompactOperator.periodic(s), n, CompactMatrices.DEFAULT_MAX_SIZE);
        double h = 1.0 / n;
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = pm.a().entry(i, j).toDouble();
                b[i][j] = pm.b().entry(i, j).toDouble();
            }
            f[i] = Math.sin(2 * Math.PI * i * h);
        }
        RealVector rhs = new Array2DRowRealMatrix(b).operate(new ArrayRealVector(f)).mapMultiply(Math.pow(h, -m));
        RealVector d = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().solve(rhs);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double x = 2 * Math.PI * i * h;
            double exact = m == 1 ? 2 * Math.PI * Math.cos(x) : -4 * Math.PI * Math.PI * Math.sin(x);
            worst = Math.max(worst, Math.abs(d.getEntry(i) - exact));
        }
        return worst;
    }

    @ParameterizedTest
    @CsvSource({"1,4", "1,6", "1,8", "2,4", "2,6"})
    void errorOnASineFallsAtTheOrderOfTheScheme(int m, int p) {
        double coarse = maxError(m, p, 12);
        double fine = maxError(m, p, 24);
        double observed = Math.log(coarse / fine) / Math.log(2);
        assertTrue(Math.abs(observed - p) < 0.5, "observed order " + observed + " for " + p
                + " (errors " + coarse + ", " + fine + ")");
    }

    private static List<Rational> row(org.stencilforge.operator.SparseMatrix m, int i) {
        List<Rational> out = new java.util.ArrayList<>();
        for (int j = 0; j < m.columns(); j++) {
            out.add(m.entry(i, j));
        }
        return out;
    }

    @Test
    void theMatricesAreCirculantAndExact() {
        CompactScheme s = CompactSchemes.derive(1, List.of(-1, 0, 1), List.of(-1, 0, 1), Map.of(), 1, 32);
        CompactMatrices pm = CompactMatrices.of(CompactOperator.periodic(s), 5, 100);
        // Lele's Padé scheme: A has 1/4, 1, 1/4 on the wrapped tridiagonal, B has -3/4, 0, 3/4
        assertEquals(List.of(Rational.ONE, Rational.of(1, 4), Rational.ZERO, Rational.ZERO, Rational.of(1, 4)),
                row(pm.a(), 0));
        assertEquals(List.of(Rational.of(3, 4), Rational.ZERO, Rational.ZERO, Rational.of(-3, 4), Rational.ZERO),
                row(pm.b(), 4));
        assertThrows(StencilforgeException.class, () -> CompactMatrices.of(CompactOperator.periodic(s), 2, 100));
        assertThrows(StencilforgeException.class, () -> CompactMatrices.of(CompactOperator.periodic(s), 101, 100));
    }
}
