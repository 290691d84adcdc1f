package org.stencilforge.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.NodePolynomial;
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
     * {@link #line}. A stencil derived on all its nodes has its error in closed
     * form, far faster for many nodes: {@link #ofInterpolating}.
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
     * The truncation error of a 1-D stencil whose weights are the unique ones
     * exact on polynomials of degree below {@code N} on all its {@code N} nodes
     * (every stencil {@code Stencils} derives from a preset, offsets or nodes),
     * in closed form from the node polynomial instead of {@code N}-term power sums.
     *
     * <p>With {@code Ω(t) = Π_l (t - s_l)}, the interpolant of {@code t^n} on the
     * nodes is the remainder {@code t^n - q_n(t) Ω(t)}, where {@code q_n} is the
     * polynomial part of {@code t^n / Ω}. The weights differentiate interpolants
     * exactly, {@code Σ_j w_j p(s_j) = p^(m)(0)} for {@code deg p < N}, so
     * {@code Σ_j w_j s_j^n = m! [t^m](t^n - q_n Ω)} and
     * {@code C_n = Σ_j w_j s_j^n / n! - δ(n, m) = -(m!/n!) [t^m](q_n Ω)}: zero for
     * {@code n < N}, where {@code q_n = 0}. Since
     * {@code t^n / Ω = Σ_k h_k t^{n-N-k}} with the complete homogeneous symmetric
     * polynomials {@code h_k} of the nodes, {@code q_n = Σ_{i=0..n-N} h_{n-N-i} t^i}
     * and {@code C_n = -(m!/n!) Σ_{i=0..min(m, n-N)} h_{n-N-i} Ω_{m-i}}. On the
     * integer nodes {@code a_l = D s_l}, with {@code ω(u) = D^N Ω(u/D)}
     * ({@code ω_k = D^{N-k} Ω_k}) and {@code ĥ_k = D^k h_k}, every term carries
     * the same power of {@code D}:
     * {@code C_n = -m! Σ_i ĥ_{n-N-i} ω_{m-i} / (n! D^{n-m})}. This needs the
     * {@code m + 1} lowest coefficients of {@code ω} and a few of its highest
     * (for {@code ĥ}), not the weights.
     *
     * <p>The error series vanishes only when {@code ω_0 = .. = ω_m = 0} (its
     * generating function {@code Σ_k (Σ_i ĥ_{k-i} ω_{m-i}) x^k} is
     * {@code A(x) / Π_l (1 - a_l x)} with {@code A(x) = Σ_{i<=m} ω_{m-i} x^i}, a
     * rational function that is no polynomial unless {@code A = 0}), i.e. for
     * interpolation ({@code m = 0}) at a node; otherwise fewer than {@code N}
     * consecutive coefficients vanish, so the search ends.
     *
     * @param stencil a 1-D stencil derived on all its nodes (not checked: for a
     *     stencil from elsewhere use {@link #of})
     * @param groups how many non-zero terms to list, at least 1
     * @return the same error as {@link #of} gives for these weights
     */
    public static TruncationError ofInterpolating(Stencil stencil, int groups) {
        Checks.require(groups >= 1, "the number of error terms must be at least 1, not " + groups);
        Checks.require(stencil.dimension() == 1, "a closed-form error needs a 1-D stencil");
        int m = stencil.derivative();
        int size = stencil.size();
        NodePolynomial omega = new NodePolynomial(stencil.axis(0), m);
        boolean exact = true;
        for (int k = 0; k <= m; k++) {
            exact &= omega.low(k).signum() == 0;
        }
        if (exact) {
            return new TruncationError(List.of(), OptionalInt.empty());
        }
        BigInteger mFactorial = BigInteger.ONE;
        for (int k = 2; k <= m; k++) {
            mFactorial = mFactorial.multiply(BigInteger.valueOf(k));
        }
        BigInteger nFactorial = BigInteger.ONE; // n!
        for (int k = 2; k <= size; k++) {
            nFactorial = nFactorial.multiply(BigInteger.valueOf(k));
        }
        BigInteger scalePower = omega.scale().pow(size - m); // D^{n-m}
        BigInteger[] h = omega.completeHomogeneous(2 * groups + 2);
        List<ErrorTerm> terms = new ArrayList<>();
        for (int n = size; ; n++) {
            int k = n - size;
            if (k >= h.length) {
                h = omega.completeHomogeneous(2 * h.length);
            }
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i <= Math.min(m, k); i++) {
                if (h[k - i].signum() != 0) {
                    sum = sum.add(h[k - i].multiply(omega.low(m - i)));
                }
            }
            if (sum.signum() != 0) {
                if (terms.size() == groups) {
                    return new TruncationError(terms, OptionalInt.of(n - m));
                }
                terms.add(ErrorTerm.of(MultiIndex.of(n), n - m,
                        Rational.of(mFactorial.multiply(sum).negate(), nFactorial.multiply(scalePower))));
            }
            nFactorial = nFactorial.multiply(BigInteger.valueOf(n + 1));
            scalePower = scalePower.multiply(omega.scale());
        }
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
