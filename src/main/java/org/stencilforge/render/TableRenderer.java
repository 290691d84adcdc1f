package org.stencilforge.render;

import org.stencilforge.analysis.StencilTable;

/** Formats a finished family of stencils; computes no mathematics of its own. */
public interface TableRenderer {

    /**
     * @param table the stencils by derivative and accuracy
     * @return the whole output, ending with a newline
     */
    String render(StencilTable table);
}
