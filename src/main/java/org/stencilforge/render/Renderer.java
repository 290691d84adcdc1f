package org.stencilforge.render;

import org.stencilforge.analysis.AnalysedStencil;

/** Formats a finished result; computes no mathematics of its own. */
public interface Renderer {

    /**
     * @param result the stencil and its truncation error
     * @return the whole output, ending with a newline
     */
    String render(AnalysedStencil result);
}
