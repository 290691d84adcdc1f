package org.stencilforge.real;

import java.util.List;

/**
 * The weights of derivatives {@code 0..M} on real offsets, in ball arithmetic:
 * {@code w_{j,k} = k! [t^k] Π_{l≠j} (t - s_l) / Π_{l≠j} (s_j - s_l)}, the same
 * Lagrange-basis formula the exact engine ({@link org.stencilforge.derivation.Fornberg})
 * evaluates with integers. {@code O(N^2 M)} ball operations.
 */
public final class RealFornberg {

    private RealFornberg() {
    }

    /** Two offsets that cannot be told apart at the working precision. */
    static final class Coincident extends ArithmeticException {
        private static final long serialVersionUID = 1L;
        final int first;
        final int second;

        Coincident(int first, int second) {
            super("offsets " + first + " and " + second + " coincide");
            this.first = first;
            this.second = second;
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
        int n = offsets.size();
        int width = maxDerivative + 1;
        Ball[][] w = new Ball[n][width];
        for (int j = 0; j < n; j++) {
            Ball[] c = new Ball[width];
            java.util.Arrays.fill(c, Ball.ZERO);
            c[0] = Ball.ONE;
            Ball q = Ball.ONE;
            Ball sj = offsets.get(j);
            for (int l = 0; l < n; l++) {
                if (l == j) {
                    continue;
                }
                Ball sl = offsets.get(l);
                Ball d = sj.subtract(sl, digits);
                if (d.containsZero()) {
                    throw new Coincident(Math.min(j, l), Math.max(j, l));
                }
                q = q.multiply(d, digits);
                // c(t) <- c(t) (t - s_l), truncated after t^M
                for (int k = width - 1; k >= 0; k--) {
                    Ball term = c[k].multiply(sl, digits).negate();
                    c[k] = k == 0 ? term : term.add(c[k - 1], digits);
                }
            }
            for (int k = 0; k < width; k++) {
                w[j][k] = c[k].multiply(Ball.factorial(k), digits).divide(q, digits);
            }
        }
        return w;
    }
}
