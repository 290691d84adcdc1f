package org.stencilforge.real;

import java.util.Arrays;
import java.util.List;

/**
 * The weights of derivatives {@code 0..M} on real offsets, in ball arithmetic:
 * {@code w_{j,k} = k! [t^k] P_j(t) / Q_j} with {@code P_j = Π_{l≠j} (t - s_l)} and
 * {@code Q_j = Π_{l≠j} (s_j - s_l)}, the Lagrange-basis formula the exact engine
 * ({@link org.stencilforge.derivation.Fornberg}) evaluates with integers. As there,
 * the lowest {@code M + 1} coefficients of every {@code P_j} come from the node
 * polynomial {@code ω = Π_l (t - s_l)} by one synthetic division each (from the
 * constant term up: {@code b_0 = -a_0/s_j}, {@code b_k = (b_{k-1} - a_k)/s_j}), or
 * by the direct product when {@code s_j} may be 0: {@code O(N M)} operations,
 * besides the {@code O(N^2)} of the {@code Q_j}, which a matrix shares between rows.
 */
public final class RealFornberg {

    private RealFornberg() {
    }

    /** Two offsets that cannot be told apart at the working precision. */
    static final class Coincident extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        Coincident(int first, int second) {
            super("offsets " + first + " and " + second + " coincide");
        }
    }

    /**
     * @param offsets the offsets {@code s_j} as balls, in any order
     * @param maxDerivative {@code M}
     * @param digits the working precision
     * @return {@code w[j][k]}, in the order of {@code offsets}
     * @throws Coincident if two offsets' balls overlap
     */
    public static Ball[][] weights(List<Ball> offsets, int maxDerivative, int digits) {
        return weights(offsets, denominators(offsets, digits), maxDerivative, digits);
    }

    /**
     * @param points the points {@code x_j}
     * @param digits the working precision
     * @return {@code Q_j = Π_{l≠j} (x_j - x_l)}, which are the same for offsets {@code x_j - z} from any {@code z}
     * @throws Coincident if two points' balls overlap
     */
    static Ball[] denominators(List<Ball> points, int digits) {
        int n = points.size();
        Ball[] q = new Ball[n];
        Arrays.fill(q, Ball.ONE);
        for (int j = 0; j < n; j++) {
            for (int l = j + 1; l < n; l++) {
                Ball d = points.get(j).subtract(points.get(l), digits);
                if (d.containsZero()) {
                    throw new Coincident(j, l);
                }
                q[j] = q[j].multiply(d, digits);
                q[l] = q[l].multiply(d.negate(), digits);
            }
        }
        return q;
    }

    /**
     * @param offsets the offsets {@code s_j}
     * @param q {@link #denominators} of the offsets (or of the points they are offsets of)
     * @param maxDerivative {@code M}
     * @param digits the working precision
     * @return {@code w[j][k]}
     */
    static Ball[][] weights(List<Ball> offsets, Ball[] q, int maxDerivative, int digits) {
        int n = offsets.size();
        int width = maxDerivative + 1;
        // a_0 .. a_{M+1} of ω(t) = Π (t - s_l)
        Ball[] a = new Ball[width + 1];
        Arrays.fill(a, Ball.ZERO);
        a[0] = Ball.ONE;
        for (Ball s : offsets) {
            multiplyByLinear(a, s, digits);
        }
        Ball[][] w = new Ball[n][width];
        for (int j = 0; j < n; j++) {
            Ball sj = offsets.get(j);
            Ball[] b = new Ball[width];
            if (sj.containsZero()) {
                Arrays.fill(b, Ball.ZERO);
                b[0] = Ball.ONE;
                for (int l = 0; l < n; l++) {
                    if (l != j) {
                        multiplyByLinear(b, offsets.get(l), digits);
                    }
                }
            } else {
                b[0] = a[0].divide(sj, digits).negate();
                for (int k = 1; k < width; k++) {
                    b[k] = b[k - 1].subtract(a[k], digits).divide(sj, digits);
                }
            }
            for (int k = 0; k < width; k++) {
                w[j][k] = b[k].multiply(Ball.factorial(k), digits).divide(q[j], digits);
            }
        }
        return w;
    }

    /** {@code c(t) <- c(t) (t - s)}, truncated after the last coefficient. */
    private static void multiplyByLinear(Ball[] c, Ball s, int digits) {
        for (int k = c.length - 1; k >= 0; k--) {
            Ball term = c[k].multiply(s, digits).negate();
            c[k] = k == 0 ? term : term.add(c[k - 1], digits);
        }
    }
}
