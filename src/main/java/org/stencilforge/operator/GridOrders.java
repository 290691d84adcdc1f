package org.stencilforge.operator;

import java.math.BigInteger;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;

/**
 * The order of accuracy of one row of a grid operator, by its multivariate
 * Taylor moments: weights {@code w_j} at offsets {@code s_j} approximate
 * {@code L = Σ c_α ∂^α} (of order {@code m}) with order {@code p} when
 * {@code Σ_j w_j s_j^β / β! = c_β} for every {@code |β| < m + p} and not for
 * some {@code |β| = m + p}.
 */
final class GridOrders {

    private GridOrders() {
    }

    /**
     * @param offsets the offset of every weight from the row's point
     * @param weights the weights
     * @param operator {@code L}
     * @return the order, at least 1 for a consistent row, {@link GridOperator.BoundaryClass#EXACT}
     *     when every degree up to the number of points plus {@code m + 2} holds
     */
    static int order(List<int[]> offsets, List<Rational> weights, DifferentialOperator operator) {
        int d = operator.dimension();
        int m = operator.order();
        int n = offsets.size();
        int cap = n + m + 2;
        // the weights as integers over their common denominator: each moment is one integer sum
        BigInteger den = Rational.commonDenominator(weights);
        BigInteger[] w = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            w[j] = weights.get(j).timesMultipleOfDenominator(den);
        }
        // powers[a][j][k] = s_(j,a)^k
        BigInteger[][][] powers = new BigInteger[d][n][cap + 1];
        for (int a = 0; a < d; a++) {
            for (int j = 0; j < n; j++) {
                BigInteger s = BigInteger.valueOf(offsets.get(j)[a]);
                powers[a][j][0] = BigInteger.ONE;
                for (int k = 1; k <= cap; k++) {
                    powers[a][j][k] = powers[a][j][k - 1].multiply(s);
                }
            }
        }
        for (int q = 0; q <= cap; q++) {
            for (MultiIndex beta : MultiIndex.ofOrder(d, q)) {
                BigInteger sum = BigInteger.ZERO;
                for (int j = 0; j < n; j++) {
                    BigInteger t = w[j];
                    for (int a = 0; a < d && t.signum() != 0; a++) {
                        t = t.multiply(powers[a][j][beta.get(a)]);
                    }
                    sum = sum.add(t);
                }
                // sum / (den beta!) must equal the target c_beta (q = m) or 0
                Rational target = q == m ? operator.coefficient(beta) : Rational.ZERO;
                if (!Rational.of(sum, den.multiply(beta.factorial())).equals(target)) {
                    return q - m;
                }
            }
        }
        return GridOperator.BoundaryClass.EXACT;
    }
}
