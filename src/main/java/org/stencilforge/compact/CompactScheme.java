package org.stencilforge.compact;

import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;

/**
 * An implicit (compact) scheme {@code Σ_k α_k f^(m)(x + k h) = h^(-m) Σ_j a_j f(x + j h)},
 * normalised so that {@code α_0 = 1}. Immutable.
 *
 * <p>Its truncation error is the explicit side minus the implicit side,
 * {@code h^(-m) Σ_j a_j f(x + j h) - Σ_k α_k f^(m)(x + k h) = Σ_n C_n h^(n-m) f^(n)(x)} with
 * {@code C_n = Σ_j a_j j^n / n! - Σ_k α_k k^(n-m) / (n-m)!}: approximation minus exact, as in
 * {@link TruncationError}, whose terms it lists.
 *
 * @param derivative {@code m}, at least 1
 * @param leftOffsets the offsets {@code k} of the derivative samples, ascending, including 0
 * @param leftWeights {@code α_k}, one per left offset, 1 at offset 0
 * @param rightOffsets the offsets {@code j} of the function samples, ascending
 * @param rightWeights {@code a_j}, one per right offset, multiplying {@code h^(-m) f}
 * @param fixed the left offsets whose weights were given rather than solved for (besides 0), ascending
 * @param error the leading error terms and the power of the next one
 */
public record CompactScheme(int derivative, List<Integer> leftOffsets, List<Rational> leftWeights,
        List<Integer> rightOffsets, List<Rational> rightWeights, List<Integer> fixed, TruncationError error) {

    /** Copies the lists, so that the scheme cannot change. */
    public CompactScheme {
        leftOffsets = List.copyOf(leftOffsets);
        leftWeights = List.copyOf(leftWeights);
        rightOffsets = List.copyOf(rightOffsets);
        rightWeights = List.copyOf(rightWeights);
        fixed = List.copyOf(fixed);
    }

    /** @return the order of accuracy, the power of {@code h} of the leading error term; empty when exact */
    public OptionalInt order() {
        return error.order();
    }

    /** @return {@code α_k}, zero for an offset not on the left stencil */
    public Rational alpha(int k) {
        int i = leftOffsets.indexOf(k);
        return i < 0 ? Rational.ZERO : leftWeights.get(i);
    }

    /** @return {@code a_j}, zero for an offset not on the right stencil */
    public Rational a(int j) {
        int i = rightOffsets.indexOf(j);
        return i < 0 ? Rational.ZERO : rightWeights.get(i);
    }
}
