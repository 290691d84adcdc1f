package org.stencilforge;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;

/**
 * Exact multivariate polynomials for tests: evaluation and differentiation
 * term by term, independent of the library's Taylor-moment code.
 */
public final class Polynomials {

    private Polynomials() {
    }

    /** @return a random polynomial with every monomial of total degree at most {@code degree} */
    public static Map<MultiIndex, Rational> random(Random random, int dimension, int degree) {
        Map<MultiIndex, Rational> p = new TreeMap<>();
        for (int n = 0; n <= degree; n++) {
            for (MultiIndex alpha : MultiIndex.ofOrder(dimension, n)) {
                p.put(alpha, Rational.of(random.nextInt(19) - 9, 1 + random.nextInt(4)));
            }
        }
        return p;
    }

    /** @return {@code p(x)} */
    public static Rational evaluate(Map<MultiIndex, Rational> p, List<Rational> x) {
        Rational sum = Rational.ZERO;
        for (Map.Entry<MultiIndex, Rational> term : p.entrySet()) {
            Rational value = term.getValue();
            for (int i = 0; i < x.size(); i++) {
                value = value.multiply(x.get(i).pow(term.getKey().get(i)));
            }
            sum = sum.add(value);
        }
        return sum;
    }

    /** @return {@code (L p)(x)}, differentiating each monomial by the power rule */
    public static Rational apply(DifferentialOperator op, Map<MultiIndex, Rational> p, List<Rational> x) {
        Rational sum = Rational.ZERO;
        for (DifferentialOperator.Term t : op.terms()) {
            for (Map.Entry<MultiIndex, Rational> term : p.entrySet()) {
                Rational value = t.coefficient().multiply(term.getValue());
                for (int i = 0; i < x.size() && !value.isZero(); i++) {
                    int k = term.getKey().get(i);
                    int d = t.derivative().get(i);
                    for (int r = 0; r < d; r++) {
                        value = value.multiply(Rational.of(k - r));
                    }
                    value = k < d ? Rational.ZERO : value.multiply(x.get(i).pow(k - d));
                }
                sum = sum.add(value);
            }
        }
        return sum;
    }

    /**
     * The stencil applied to {@code p} around {@code x} with spacing {@code h}:
     * {@code h^(-m) Σ w_j p(x + s_j h)}, exactly.
     */
    public static Rational stencil(Stencil stencil, Map<MultiIndex, Rational> p, List<Rational> x, Rational h) {
        Rational sum = Rational.ZERO;
        for (int j = 0; j < stencil.size(); j++) {
            List<Rational> s = stencil.offsets().get(j);
            List<Rational> point = new java.util.ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                point.add(x.get(i).add(s.get(i).multiply(h)));
            }
            sum = sum.add(stencil.weights().get(j).multiply(evaluate(p, point)));
        }
        return sum.divide(h.pow(stencil.operator().order()));
    }
}
