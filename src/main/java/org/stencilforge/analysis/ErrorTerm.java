package org.stencilforge.analysis;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.MultiIndex;

/**
 * One term {@code coefficient · h^p · ∂^α f(x)} of a truncation error
 * (approximation minus exact), in any dimension; in 1-D {@code ∂^α f} is
 * {@code f^(n)} with {@code n = α_1}.
 *
 * <p>The powers of the spacings are kept one per spacing: a grid with one
 * {@code h} for every axis has one power, {@code |α| - m}; a grid with a spacing
 * per axis ({@code hx}, {@code hy}) has one per axis, so that both fit this one
 * type. A power may be zero or negative for a stencil that does not
 * approximate its operator.
 *
 * @param derivative {@code α}
 * @param spacingPowers the power of each spacing, at least one
 * @param coefficient the exact, non-zero coefficient
 */
public record ErrorTerm(MultiIndex derivative, List<Integer> spacingPowers, Rational coefficient) {

    /** Copies the list, so that the term cannot change. */
    public ErrorTerm {
        spacingPowers = List.copyOf(spacingPowers);
    }

    /**
     * @param derivative {@code α}
     * @param hPower the power of the one spacing {@code h}
     * @param coefficient the exact coefficient
     * @return the term on a grid with one spacing
     */
    public static ErrorTerm of(MultiIndex derivative, int hPower, Rational coefficient) {
        return new ErrorTerm(derivative, List.of(hPower), coefficient);
    }

    /** @return the total power of the spacings, {@code |α| - m}: what the order of accuracy counts */
    public int hPower() {
        return spacingPowers.stream().mapToInt(Integer::intValue).sum();
    }
}
