package org.stencilforge.analysis;

import org.stencilforge.stencil.Stencil;

/**
 * A stencil with its truncation error: the finished result that renderers format.
 * Immutable.
 *
 * @param stencil the offsets and weights
 * @param error the exact truncation error of those weights
 */
public record AnalysedStencil(Stencil stencil, TruncationError error) {

    /**
     * @param stencil any stencil
     * @param errorTerms how many non-zero error terms to list, at least 1
     * @return the stencil with its first {@code errorTerms} error terms
     */
    public static AnalysedStencil of(Stencil stencil, int errorTerms) {
        return new AnalysedStencil(stencil, TruncationError.of(stencil, errorTerms));
    }
}
