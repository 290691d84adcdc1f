package org.stencilforge.real;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spectral differentiation matrix on Chebyshev–Lobatto points against its closed form
 * (Trefethen, <i>Spectral Methods in MATLAB</i>, SIAM 2000, program {@code cheb.m} and eq. (6.3)-(6.5)):
 * with {@code x_j = cos(jπ/N)}, {@code c_0 = c_N = 2}, else 1,
 * {@code D_00 = (2N²+1)/6 = -D_NN}, {@code D_jj = -x_j / (2(1 - x_j²))}, and
 * {@code D_ij = c_i (-1)^{i+j} / (c_j (x_i - x_j))} off the diagonal; evaluated
 * here in Apfloat at 120 digits, independently of the ball arithmetic, and every
 * printed digit compared. Our rows and columns are ascending, so ours[i][j] is
 * Trefethen's {@code D[N-i][N-j]}.
 */
class ChebyshevMatrixTest {

    private static final long PRECISION = 120;

    @ParameterizedTest(name = "N = {0}, {1} digits")
    @CsvSource({"1, 20", "2, 30", "4, 30", "7, 25", "12, 40", "16, 30"})
    void firstDerivativeMatchesTrefethen(int n, int digits) {
        RealMatrix d = RealStencils.matrix(NodeSets.parse("chebyshev-lobatto:" + (n + 1), null, 1000), 1, null,
                new RealStencils.Settings(digits, 4000));
        assertEquals(n + 1, d.rows().size());
        Apfloat pi = ApfloatMath.pi(PRECISION);
        Apfloat[] x = new Apfloat[n + 1];
        for (int j = 0; j <= n; j++) {
            x[j] = ApfloatMath.cos(pi.multiply(new Apfloat(j, PRECISION)).divide(new Apfloat(n, PRECISION)));
        }
        for (int i = 0; i <= n; i++) {
            Check.correctlyRounded(d.nodes().get(n - i), x[i], digits, "node " + i);
            for (int j = 0; j <= n; j++) {
                Apfloat expected;
                if (i == j) {
                    expected = i == 0 ? new Apfloat(2L * n * n + 1, PRECISION).divide(new Apfloat(6, PRECISION))
                            : i == n ? new Apfloat(-(2L * n * n + 1), PRECISION).divide(new Apfloat(6, PRECISION))
                            : x[j].negate().divide(new Apfloat(2, PRECISION).multiply(
                                    new Apfloat(1, PRECISION).subtract(x[j].multiply(x[j]))));
                } else {
                    long ci = (i == 0 || i == n ? 2 : 1) * ((i + j) % 2 == 0 ? 1 : -1);
                    long cj = j == 0 || j == n ? 2 : 1;
                    expected = new Apfloat(ci, PRECISION).divide(new Apfloat(cj, PRECISION).multiply(x[i].subtract(x[j])));
                }
                Check.correctlyRounded(d.rows().get(n - i).get(n - j), expected, digits, "D[" + i + "][" + j + "]");
            }
        }
    }

    /** {@code D²} on the same points is the square of the first-derivative matrix (Trefethen, p. 55): checked entrywise. */
    @ParameterizedTest(name = "N = {0}")
    @CsvSource({"4", "9"})
    void secondDerivativeIsTheSquare(int n) {
        int digits = 25;
        RealStencils.Settings settings = new RealStencils.Settings(digits, 4000);
        List<Real> nodes = NodeSets.parse("chebyshev-lobatto:" + (n + 1), null, 1000);
        RealMatrix d2 = RealStencils.matrix(nodes, 2, null, settings);
        Apfloat pi = ApfloatMath.pi(PRECISION);
        Apfloat[] x = new Apfloat[n + 1];
        for (int j = 0; j <= n; j++) { // ascending: x_k = -cos(kπ/N)
            x[j] = ApfloatMath.cos(pi.multiply(new Apfloat(j, PRECISION)).divide(new Apfloat(n, PRECISION))).negate();
        }
        Apfloat[][] d1 = new Apfloat[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            Apfloat sum = new Apfloat(0, PRECISION);
            for (int j = 0; j <= n; j++) {
                if (i != j) {
                    // barycentric form with the Chebyshev weights (-1)^j / c_j, independent of Fornberg
                    long ci = (i == 0 || i == n ? 2 : 1) * ((i + j) % 2 == 0 ? 1 : -1);
                    long cj = j == 0 || j == n ? 2 : 1;
                    d1[i][j] = new Apfloat(ci, PRECISION).divide(new Apfloat(cj, PRECISION).multiply(x[i].subtract(x[j])));
                    sum = sum.add(d1[i][j]);
                }
            }
            d1[i][i] = sum.negate(); // rows of D sum to zero (D 1 = 0)
        }
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                Apfloat e = new Apfloat(0, PRECISION);
                for (int k = 0; k <= n; k++) {
                    e = e.add(d1[i][k].multiply(d1[k][j]));
                }
                Check.correctlyRounded(d2.rows().get(i).get(j), e, digits, "D2[" + i + "][" + j + "]");
            }
        }
    }
}
