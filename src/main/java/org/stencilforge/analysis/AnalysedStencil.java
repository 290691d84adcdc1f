package org.stencilforge.analysis;

import java.util.List;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.Stencil;

/**
 * A stencil with its truncation error and how its weights were chosen: the
 * finished result that renderers and code emitters take. Immutable.
 *
 * @param stencil the offsets and weights
 * @param error the exact truncation error of those weights
 * @param choice the steps that fixed the weights when the points allowed more
 *     than one set of them (multidimensional requests); empty for a 1-D request,
 *     whose weights are unique
 */
public record AnalysedStencil(Stencil stencil, TruncationError error, List<Choice> choice) {

    /** Copies the list, so that the result cannot change. */
    public AnalysedStencil {
        choice = List.copyOf(choice);
    }

    /**
     * @param stencil any stencil
     * @param groups how many non-zero powers of {@code h} of the error to list, at least 1
     * @return the stencil with its first error terms, and no choice to report
     */
    public static AnalysedStencil of(Stencil stencil, int groups) {
        return new AnalysedStencil(stencil, TruncationError.of(stencil, groups), List.of());
    }

    /**
     * @return whether this is the answer to a 1-D request: printed as a formula
     *     in {@code f^(m)(x)} rather than as an operator on offset vectors
     */
    public boolean isLine() {
        return stencil.dimension() == 1 && choice.isEmpty();
    }
}
