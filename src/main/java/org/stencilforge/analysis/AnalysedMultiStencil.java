package org.stencilforge.analysis;

import java.util.List;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.MultiStencil;

/**
 * A multidimensional stencil with its truncation error and how it was chosen:
 * the finished result that renderers format. Immutable.
 *
 * @param stencil the offsets and weights
 * @param error the exact truncation error of those weights
 * @param choice the steps that fixed the weights, in order
 */
public record AnalysedMultiStencil(MultiStencil stencil, MultiTruncationError error, List<Choice> choice) {

    /** Copies the list, so that the result cannot change. */
    public AnalysedMultiStencil {
        choice = List.copyOf(choice);
    }
}
