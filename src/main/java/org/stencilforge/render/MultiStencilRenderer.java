package org.stencilforge.render;

import org.stencilforge.analysis.AnalysedMultiStencil;

/** Formats a finished multidimensional stencil; computes no mathematics of its own. */
public interface MultiStencilRenderer {

    /**
     * @param result the stencil, its truncation error and how it was chosen
     * @return the whole output, ending with a newline
     */
    String render(AnalysedMultiStencil result);
}
