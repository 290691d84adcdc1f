package org.stencilforge.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Moments;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;

/**
 * The exact truncation error of a stencil in any dimension, approximation
 * minus exact: {@code h^(-m) Σ_j w_j f(x + s_j h) - L f(x) = Σ_α C_α h^(|α|-m) ∂^α f(x)}
 * with {@code C_α = Σ_j w_j s_j^α / α! - c_α} (the {@link Moments} residuals).
 * Terms come in groups of one power of {@code h} (in 1-D a group is one term);
 * the leading group is every term of the lowest power. Immutable.
 *
 * @param terms the non-zero terms of the first listed groups, by power of {@code h}
 *     and then in {@link MultiIndex} order; empty when the stencil is exact for
 *     every smooth {@code f}
 * @param remainder the power of {@code h} of the next non-zero group (the
 *     {@code k} in {@code O(h^k)}), empty when there is none
 */
public record TruncationError(List<ErrorTerm> terms, OptionalInt remainder) {

    /** Copies the list, so that the error cannot change. */
    public TruncationError {
        terms = List.copyOf(terms);
    }

    /**
     * The order of accuracy: the power of {@code h} in the leading group. It is
     * the true order of the given weights, not a nominal one; it is zero or
     * negative for a stencil that does not approximate its operator at all.
     *
     * @return the order, or empty when the stencil has no truncation error
     */
    public OptionalInt order() {
        return terms.isEmpty() ? OptionalInt.empty() : OptionalInt.of(terms.get(0).hPower());
    }

    /** @return the terms of the leading group */
    public List<ErrorTerm> leading() {
        return terms.stream().filter(t -> t.hPower() == terms.get(0).hPower()).toList();
    }

    /**
     * Expands the stencil's samples in Taylor series, degree by degree, and
     * collects the first {@code groups} non-zero powers of {@code h}.
     *
     * <p>The search ends early when the stencil is exact: along any direction
     * {@code v} the sums {@code Σ w_j (v·s_j)^n} form a 1-D sequence over at most
     * {@code N} distinct points, which satisfies a linear recurrence of order at
     * most {@code N}; so {@code N} consecutive zero degrees past {@code m} mean
     * every later degree is zero too. In 1-D the sums run on the fast path of
     * {@link #line}.
     *
     * @param stencil any stencil, derived here or elsewhere
     * @param groups how many non-zero powers of {@code h} to list, at least 1
     * @return the terms of the first {@code groups} powers, fewer only if the
     *     stencil is exact beyond them, and the power of the next one
     */
    public static TruncationError of(Stencil stencil, int groups) {
        Checks.require(groups >= 1, "the number of error terms must be at least 1, not " + groups);
        if (stencil.dimension() == 1) {
            return line(stencil, groups);
        }
        int m = stencil.derivative();
        Moments moments = new Moments(stencil);
        List<ErrorTerm> terms = new ArrayList<>();
        int found = 0;
        int zerosPastM = 0;
        for (int n = 0; found <= groups && zerosPastM < stencil.size(); n++) {
            List<ErrorTerm> group = new ArrayList<>();
            for (MultiIndex alpha : MultiIndex.ofOrder(stencil.dimension(), n)) {
                Rational c = moments.residual(alpha);
                if (!c.isZero()) {
                    group.add(ErrorTerm.of(alpha, n - m, c));
                }
            }
            if (!group.isEmpty()) {
                found++;
                zerosPastM = 0;
                if (found > groups) {
                    return new TruncationError(terms, OptionalInt.of(n - m));
                }
                terms.addAll(group);
            } else if (n > m) {
                zerosPastM++;
            }
        }
        return new TruncationError(terms, OptionalInt.empty());
    }

    /**
     * The 1-D case on a running product per node: with {@code a_j = D s_j} and
     * {@code v_j = W w_j}, {@code C_n = Σ_j v_j a_j^n / (W D^n n!) - δ(n, m)},
     * each power {@code v_j a_j^n} one multiplication from the last.
     */
    private static TruncationError line(Stencil stencil, int count) {
        int size = stencil.size();
        int m = stencil.derivative();
        List<Rational> offsets = stencil.axis(0);
        BigInteger offsetScale = Rational.commonDenominator(offsets);
        BigInteger weightScale = Rational.commonDenominator(stencil.weights());
        BigInteger[] a = new BigInteger[size];
        BigInteger[] power = new BigInteger[size]; // v_j a_j^n
        for (int j = 0; j < size; j++) {
            a[j] = offsets.get(j).timesMultipleOfDenominator(offsetScale);
            power[j] = stencil.weights().get(j).timesMultipleOfDenominator(weightScale);
        }
        List<ErrorTerm> terms = new ArrayList<>();
        BigInteger divisor = weightScale; // W D^n n!
        int zerosPastM = 0;
        for (int n = 0; terms.size() <= count && zerosPastM < size; n++) {
            if (n > 0) {
                divisor = divisor.multiply(offsetScale).multiply(BigInteger.valueOf(n));
                for (int j = 0; j < size; j++) {
                    power[j] = power[j].multiply(a[j]);
                }
            }
            BigInteger sum = BigInteger.ZERO;
            for (BigInteger p : power) {
                sum = sum.add(p);
            }
            Rational coefficient = Rational.of(sum, divisor);
            if (n == m) {
                coefficient = coefficient.subtract(Rational.ONE);
            }
            if (!coefficient.isZero()) {
                terms.add(ErrorTerm.of(MultiIndex.of(n), n - m, coefficient));
                zerosPastM = 0;
            } else if (n > m) {
                zerosPastM++;
            }
        }
        if (terms.size() <= count) {
            return new TruncationError(terms, OptionalInt.empty());
        }
        return new TruncationError(terms.subList(0, count), OptionalInt.of(terms.get(count).hPower()));
    }
}
