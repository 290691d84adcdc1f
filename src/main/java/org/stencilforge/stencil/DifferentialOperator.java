package org.stencilforge.stencil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A linear differential operator with constant rational coefficients,
 * {@code L = Σ c_α ∂^α}, in {@code d} dimensions, homogeneous: every term has
 * the same order {@code m}, so that a stencil for it scales as {@code h^(-m)}.
 * Immutable; terms are kept in {@link MultiIndex} order without zeros.
 *
 * @param dimension {@code d}
 * @param terms the non-zero terms, ordered
 */
public record DifferentialOperator(int dimension, List<Term> terms) {

    /**
     * One term {@code c_α ∂^α}.
     *
     * @param derivative {@code α}
     * @param coefficient {@code c_α}, non-zero
     */
    public record Term(MultiIndex derivative, Rational coefficient) {
    }

    /**
     * Sorts and checks the terms.
     *
     * @throws StencilforgeException if there is no term, a term has another
     *     dimension, or the terms differ in order
     */
    public DifferentialOperator {
        Map<MultiIndex, Rational> sorted = new TreeMap<>();
        for (Term t : terms) {
            if (t.derivative().dimension() != dimension) {
                throw new StencilforgeException("the term " + t.derivative() + " has " + t.derivative().dimension()
                        + " axes but the operator has " + dimension);
            }
            sorted.merge(t.derivative(), t.coefficient(), Rational::add);
        }
        List<Term> kept = new ArrayList<>();
        sorted.forEach((alpha, c) -> {
            if (!c.isZero()) {
                kept.add(new Term(alpha, c));
            }
        });
        if (kept.isEmpty()) {
            throw new StencilforgeException("the operator is zero: give at least one term with a non-zero coefficient");
        }
        if (kept.stream().mapToInt(t -> t.derivative().order()).distinct().count() > 1) {
            throw new StencilforgeException("the operator mixes derivatives of different orders, so its weights"
                    + " would depend on h; ask for each order separately");
        }
        terms = List.copyOf(kept);
    }

    /** @return {@code ∂^α} alone */
    public static DifferentialOperator partial(MultiIndex alpha) {
        return new DifferentialOperator(alpha.dimension(), List.of(new Term(alpha, Rational.ONE)));
    }

    /** @return {@code Δ = Σ_i ∂²/∂x_i²} in {@code d} dimensions */
    public static DifferentialOperator laplacian(int dimension) {
        return power(dimension, 1);
    }

    /** @return {@code Δ² = Σ_i ∂⁴/∂x_i⁴ + 2 Σ_{i<j} ∂⁴/∂x_i²∂x_j²} */
    public static DifferentialOperator biharmonic(int dimension) {
        return power(dimension, 2);
    }

    /** {@code Δ^k}: the multinomial expansion of {@code (Σ ∂_i²)^k}. */
    private static DifferentialOperator power(int dimension, int k) {
        List<Term> terms = new ArrayList<>();
        for (MultiIndex beta : MultiIndex.ofOrder(dimension, k)) {
            int[] alpha = beta.toArray();
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] *= 2;
            }
            // k! / β! ways to pick the squares
            Rational multinomial = Rational.of(MultiIndex.of(k).factorial()).divide(Rational.of(beta.factorial()));
            terms.add(new Term(MultiIndex.of(alpha), multinomial));
        }
        return new DifferentialOperator(dimension, terms);
    }

    /** @return {@code m}, the order of every term */
    public int order() {
        return terms.get(0).derivative().order();
    }

    /**
     * @param alpha a multi-index of this dimension
     * @return {@code c_α}, zero if the operator has no such term
     */
    public Rational coefficient(MultiIndex alpha) {
        for (Term t : terms) {
            if (t.derivative().equals(alpha)) {
                return t.coefficient();
            }
        }
        return Rational.ZERO;
    }

    /** @return whether this is {@code c Δ^k} for some {@code c} and {@code k}: invariant under rotations */
    public boolean isIsotropic() {
        if (order() % 2 != 0) {
            return false;
        }
        DifferentialOperator reference = power(dimension, order() / 2);
        Rational ratio = coefficient(reference.terms().get(0).derivative())
                .divide(reference.terms().get(0).coefficient());
        return terms.size() == reference.terms().size() && reference.terms().stream()
                .allMatch(t -> coefficient(t.derivative()).equals(t.coefficient().multiply(ratio)));
    }

    /**
     * @param n an even order
     * @return the coefficients of {@code Δ^{n/2}}, the rotation-invariant operator of order {@code n}
     */
    public static DifferentialOperator isotropic(int dimension, int n) {
        return power(dimension, n / 2);
    }
}
