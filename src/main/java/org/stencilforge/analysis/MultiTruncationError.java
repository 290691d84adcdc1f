package org.stencilforge.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.IntegerPoints;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.MultiStencil;

/**
 * The exact truncation error of a multidimensional stencil, approximation minus
 * exact: {@code Σ_α C_α h^(|α|-m) ∂^α f(x)} with
 * {@code C_α = Σ_j w_j s_j^α / α! - c_α}. Terms come in groups of one power of
 * {@code h}; the leading group is every term of the lowest power. Immutable.
 *
 * @param terms the non-zero terms of the first listed groups, by power of {@code h}
 *     and then in {@link MultiIndex} order; empty when the stencil is exact
 * @param remainder the power of {@code h} of the next non-zero group, empty if none
 */
public record MultiTruncationError(List<MultiErrorTerm> terms, OptionalInt remainder) {

    /** Copies the list, so that the error cannot change. */
    public MultiTruncationError {
        terms = List.copyOf(terms);
    }

    /** @return the power of {@code h} of the leading group, or empty when the stencil is exact */
    public OptionalInt order() {
        return terms.isEmpty() ? OptionalInt.empty() : OptionalInt.of(terms.get(0).hPower());
    }

    /** @return the terms of the leading group */
    public List<MultiErrorTerm> leading() {
        return terms.stream().filter(t -> t.hPower() == terms.get(0).hPower()).toList();
    }

    /**
     * Expands every sample in multivariate Taylor series, degree by degree.
     * The search ends early when the stencil is exact: along any direction
     * {@code v} the sums {@code Σ w_j (v·s_j)^n} form a 1-D sequence with at most
     * {@code N} distinct points, so {@code N} consecutive zero degrees past
     * {@code m} mean every later degree is zero too.
     *
     * @param stencil any stencil
     * @param groups how many non-zero powers of {@code h} to list, at least 1
     * @return the terms of the first {@code groups} non-zero powers of {@code h}
     */
    public static MultiTruncationError of(MultiStencil stencil, int groups) {
        int d = stencil.dimension();
        int size = stencil.size();
        int m = stencil.operator().order();
        IntegerPoints points = new IntegerPoints(stencil.offsets());
        BigInteger offsetScale = points.scale();
        BigInteger weightScale = Rational.commonDenominator(stencil.weights());
        BigInteger[] v = new BigInteger[size];
        for (int j = 0; j < size; j++) {
            v[j] = stencil.weights().get(j).timesMultipleOfDenominator(weightScale);
        }
        List<MultiErrorTerm> terms = new ArrayList<>();
        int found = 0;
        int zerosPastM = 0;
        BigInteger scalePower = BigInteger.ONE; // D^n
        for (int n = 0; found <= groups && zerosPastM < size; n++) {
            if (n > 0) {
                scalePower = scalePower.multiply(offsetScale);
            }
            List<MultiErrorTerm> group = new ArrayList<>();
            for (MultiIndex alpha : MultiIndex.ofOrder(d, n)) {
                BigInteger sum = BigInteger.ZERO;
                for (int j = 0; j < size; j++) {
                    sum = sum.add(v[j].multiply(points.monomial(j, alpha)));
                }
                Rational c = Rational.of(sum, weightScale.multiply(scalePower).multiply(alpha.factorial()))
                        .subtract(stencil.operator().coefficient(alpha));
                if (!c.isZero()) {
                    group.add(new MultiErrorTerm(alpha, n - m, c));
                }
            }
            if (!group.isEmpty()) {
                found++;
                zerosPastM = 0;
                if (found <= groups) {
                    terms.addAll(group);
                } else {
                    return new MultiTruncationError(terms, OptionalInt.of(n - m));
                }
            } else if (n > m) {
                zerosPastM++;
            }
        }
        return new MultiTruncationError(terms, OptionalInt.empty());
    }
}
