package org.stencilforge.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * The exact truncation error of a stencil, approximation minus exact:
 * {@code h^(-m) Σ w_j f(x + s_j h) - f^(m)(x) = Σ_n C_n h^(n-m) f^(n)(x)} with
 * {@code C_n = Σ_j w_j s_j^n / n! - δ(n, m)}, from the Taylor expansion of each
 * sample. Immutable.
 *
 * @param terms the first non-zero terms, by increasing power of {@code h}; empty
 *     when the stencil is exact for every smooth {@code f}
 * @param remainder the power of {@code h} of the first non-zero term after
 *     {@code terms} (the {@code k} in {@code O(h^k)}), empty when there is none
 */
public record TruncationError(List<ErrorTerm> terms, OptionalInt remainder) {

    /** Copies the list, so that the error cannot change. */
    public TruncationError {
        terms = List.copyOf(terms);
    }

    /**
     * The order of accuracy: the power of {@code h} in the leading term. It is
     * the true order of the given weights, not a nominal one; it is zero or
     * negative for a stencil that does not approximate its derivative at all.
     *
     * @return the order, or empty when the stencil has no truncation error
     */
    public OptionalInt order() {
        return terms.isEmpty() ? OptionalInt.empty() : OptionalInt.of(terms.get(0).hPower());
    }

    /**
     * Expands the stencil's samples in Taylor series and collects the first
     * {@code count} non-zero coefficients {@code C_n}.
     *
     * <p>The sums run on integers: with {@code a_j = D s_j} and
     * {@code v_j = W w_j} for common denominators {@code D} and {@code W},
     * {@code Σ w_j s_j^n = Σ v_j a_j^n / (W D^n)}. The search ends early when the
     * stencil is exact: the sequence {@code Σ_{s_j≠0} v_j a_j^n} satisfies a linear
     * recurrence of order at most {@code N}, so {@code N} consecutive zeros past
     * {@code n = m} mean every later coefficient is zero too.
     *
     * @param stencil any stencil, derived here or elsewhere
     * @param count how many non-zero terms to list, at least 1
     * @return the first {@code count} terms, fewer only if the stencil is exact
     *     beyond them, and the power of {@code h} of the next one
     */
    public static TruncationError of(Stencil stencil, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        int size = stencil.size();
        int m = stencil.derivative();
        BigInteger offsetScale = Rational.commonDenominator(stencil.offsets());
        BigInteger weightScale = Rational.commonDenominator(stencil.weights());
        BigInteger[] a = new BigInteger[size];
        BigInteger[] power = new BigInteger[size]; // v_j a_j^n
        for (int j = 0; j < size; j++) {
            a[j] = stencil.offsets().get(j).timesMultipleOfDenominator(offsetScale);
            power[j] = stencil.weights().get(j).timesMultipleOfDenominator(weightScale);
        }
        List<ErrorTerm> terms = new ArrayList<>(count + 1);
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
                terms.add(new ErrorTerm(n, n - m, coefficient));
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
