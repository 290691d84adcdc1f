package org.stencilforge.operator;

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
        int cap = offsets.size() + m + 2;
        for (int q = 0; q <= cap; q++) {
            for (MultiIndex beta : MultiIndex.ofOrder(d, q)) {
                Rational sum = Rational.ZERO;
                for (int j = 0; j < offsets.size(); j++) {
                    Rational t = weights.get(j);
                    for (int a = 0; a < d && !t.isZero(); a++) {
                        t = t.multiply(Rational.of(offsets.get(j)[a]).pow(beta.get(a)));
                    }
                    sum = sum.add(t);
                }
                Rational target = q == m ? operator.coefficient(beta) : Rational.ZERO;
                if (!sum.divide(Rational.of(beta.factorial())).equals(target)) {
                    return q - m;
                }
            }
        }
        return GridOperator.BoundaryClass.EXACT;
    }
}
