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

    /**
     * The moments {@code Σ_j w_j s_j^k} of the derivative-{@code m} weights for {@code k = N .. N + J},
     * without the weights and without their cancellation. Since the weights are exact on
     * polynomials of degree below {@code N}, and {@code ω(s_j) = 0} for {@code ω(t) = Π (t - s_l)},
     * {@code Σ_j w_j s_j^k = m! [t^m] R_k} with {@code R_k = t^k mod ω}: {@code R_N = t^N - ω} and
     * {@code R_{k+1} = t R_k - c_k ω}, {@code c_k} the coefficient of {@code t^(N-1)} in {@code R_k}.
     * Coefficient {@code m} of {@code R_{N+J}} needs only {@code a_0..a_m} of {@code ω}, taken as
     * {@code ω(0) Π (1 - t/s_l)} (a product and sums of reciprocals, no large cancelling terms),
     * and {@code a_{N-1-J}..a_{N-1}}, taken as {@code Π (1 - s_l u)} in {@code u = 1/t}.
     *
     * @param offsets {@code s_j}, none of whose balls holds 0
     * @param m the derivative
     * @param extra {@code J}
     * @param digits the working precision
     * @return the moments for {@code k = N .. N + J}, or {@code null} when an offset's ball holds 0
     *     or {@code N <= m + J + 2} (then the direct sum serves)
     */
    static Ball[] moments(List<Ball> offsets, int m, int extra, int digits) {
        int n = offsets.size();
        if (n <= m + extra + 2 || offsets.stream().anyMatch(Ball::containsZero)) {
            return null;
        }
        Ball[] low = new Ball[m + 1]; // Π (1 - t/s_l), truncated after t^m
        Ball[] high = new Ball[extra + 2]; // Π (1 - s_l u), truncated after u^(J+1): [u^j] is a_{N-j}
        Arrays.fill(low, Ball.ZERO);
        Arrays.fill(high, Ball.ZERO);
        low[0] = Ball.ONE;
        high[0] = Ball.ONE;
        Ball product = Ball.ONE;
        for (Ball s : offsets) {
            Ball r = Ball.ONE.divide(s, digits);
            for (int k = m; k >= 1; k--) {
                low[k] = low[k].subtract(low[k - 1].multiply(r, digits), digits);
            }
            for (int k = extra + 1; k >= 1; k--) {
                high[k] = high[k].subtract(high[k - 1].multiply(s, digits), digits);
            }
            product = product.multiply(s, digits);
        }
        Ball omega0 = n % 2 == 0 ? product : product.negate(); // ω(0) = Π (-s_l)
        // R_N = t^N - ω: the low window R[0..m] and the high window R[N-1-J..N-1]
        Ball[] lowR = new Ball[m + 1];
        Ball[] a = new Ball[m + 1];
        for (int k = 0; k <= m; k++) {
            a[k] = low[k].multiply(omega0, digits);
            lowR[k] = a[k].negate();
        }
        Ball[] highA = new Ball[extra + 1]; // highA[i] = a_{N-1-J+i}
        Ball[] highR = new Ball[extra + 1];
        for (int i = 0; i <= extra; i++) {
            highA[i] = high[extra + 1 - i];
            highR[i] = highA[i].negate();
        }
        Ball mFactorial = Ball.factorial(m);
        Ball[] out = new Ball[extra + 1];
        for (int j = 0; j <= extra; j++) {
            out[j] = lowR[m].multiply(mFactorial, digits);
            if (j == extra) {
                break;
            }
            Ball c = highR[extra]; // the coefficient of t^(N-1)
            for (int k = m; k >= 0; k--) {
                Ball shifted = k == 0 ? Ball.ZERO : lowR[k - 1];
                lowR[k] = shifted.subtract(c.multiply(a[k], digits), digits);
            }
            for (int i = extra; i >= 1; i--) { // index 0 falls out of the window
                highR[i] = highR[i - 1].subtract(c.multiply(highA[i], digits), digits);
            }
            highR[0] = Ball.ZERO; // unknown from here on, and never read: the window shrinks by one per step
        }
        return out;
    }

    /** {@code c(t) <- c(t) (t - s)}, truncated after the last coefficient. */
    private static void multiplyByLinear(Ball[] c, Ball s, int digits) {
        for (int k = c.length - 1; k >= 0; k--) {
            Ball term = c[k].multiply(s, digits).negate();
            c[k] = k == 0 ? term : term.add(c[k - 1], digits);
        }
    }
}
