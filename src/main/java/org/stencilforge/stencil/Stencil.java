package org.stencilforge.stencil;

import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * A one-dimensional stencil: {@code f^(m)(x) ≈ h^(-m) Σ w_j f(x + s_j h)}.
 *
 * <p>Immutable. The offsets {@code s_j} are distinct and ascending; the weight
 * {@code w_j} belongs to the offset at the same index. Weights are whatever the
 * creator gave: a stencil read from another library need not be accurate, which
 * is what {@link org.stencilforge.analysis.TruncationError} finds out.
 *
 * @param derivative the order {@code m} of the derivative approximated, at least 0
 * @param offsets the offsets {@code s_j} in units of {@code h}, distinct and ascending
 * @param weights the weights {@code w_j}, one per offset
 */
public record Stencil(int derivative, List<Rational> offsets, List<Rational> weights) {

    /**
     * @throws IllegalArgumentException if the derivative is negative, the lists
     *     differ in length or are empty, or the offsets are not strictly ascending
     */
    public Stencil {
        offsets = List.copyOf(offsets);
        weights = List.copyOf(weights);
        if (derivative < 0) {
            throw new IllegalArgumentException("negative derivative order " + derivative);
        }
        if (offsets.isEmpty() || offsets.size() != weights.size()) {
            throw new IllegalArgumentException(
                    offsets.size() + " offsets but " + weights.size() + " weights");
        }
        for (int j = 1; j < offsets.size(); j++) {
            if (offsets.get(j - 1).compareTo(offsets.get(j)) >= 0) {
                throw new IllegalArgumentException("offsets not strictly ascending: " + offsets);
            }
        }
    }

    /** @return the number of points */
    public int size() {
        return offsets.size();
    }
}
