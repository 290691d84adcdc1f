package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * The order of accuracy of weights at given distances, by their Taylor
 * moments: weights {@code w_k} at distances {@code d_k} approximate
 * {@code c f^(m)} with order {@code p} when {@code Σ w_k d_k^q / q! = c δ_(q,m)}
 * for every {@code q < m + p} and not for {@code q = m + p}.
 */
final class RowOrders {

    /** Returned when the moments hold up to the highest degree tried (it cannot happen for a nonzero row). */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private RowOrders() {
    }

    /**
     * @return the order {@code p}: at least 1 for a consistent row, 0 or less when a moment of degree
     *     {@code m + p <= m} fails
     */
    static int order(List<Rational> distances, List<Rational> weights, int m, Rational coefficient) {
        int cap = distances.size() + m + 2;
        Rational[] powers = new Rational[distances.size()];
        java.util.Arrays.fill(powers, Rational.ONE);
        Rational factorial = Rational.ONE;
        for (int q = 0; q <= cap; q++) {
            if (q > 0) {
                factorial = factorial.multiply(Rational.of(q));
                for (int k = 0; k < powers.length; k++) {
                    powers[k] = powers[k].multiply(distances.get(k));
                }
            }
            Rational sum = Rational.ZERO;
            for (int k = 0; k < powers.length; k++) {
                sum = sum.add(weights.get(k).multiply(powers[k]));
            }
            Rational target = q == m ? coefficient : Rational.ZERO;
            if (!sum.divide(factorial).equals(target)) {
                return q - m;
            }
        }
        return UNBOUNDED;
    }

    /** @return the order of every row of the operator, measured at its row point */
    static List<Integer> of(WholeOperator op) {
        DifferentiationMatrix d = op.matrix();
        List<Integer> out = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            BandRow row = d.rows().get(i);
            List<Rational> distances = new ArrayList<>();
            List<Rational> weights = new ArrayList<>();
            for (int j = row.first(); j < row.end(); j++) {
                Rational w = row.at(j);
                if (!w.isZero()) {
                    Rational dist = op.columnPoints().get(j).subtract(op.rowPoints().get(i));
                    if (op.period() > 0) { // the nearest image: |d| <= period / 2, ties to the negative side
                        Rational p = Rational.of(op.period());
                        while (dist.add(dist).compareTo(p) > 0) {
                            dist = dist.subtract(p);
                        }
                        while (dist.add(dist).compareTo(p.negate()) <= 0) {
                            dist = dist.add(p);
                        }
                    }
                    distances.add(dist);
                    weights.add(w);
                }
            }
            out.add(order(distances, weights, op.derivative(), op.coefficient()));
        }
        return out;
    }
}
