package org.stencilforge.render;

import org.stencilforge.analysis.AnalysedStencil;

/** Formats one finished stencil; computes no mathematics of its own. */
public interface StencilRenderer {

    /**
     * @param result the stencil and its truncation error
     * @return the whole output, ending with a newline
     */
    String render(AnalysedStencil result);
}
