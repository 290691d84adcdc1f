package org.stencilforge.render;

import org.stencilforge.operator.DifferentiationMatrix;

/** Formats a finished differentiation matrix; computes no mathematics of its own. */
public interface MatrixRenderer {

    /**
     * @param matrix the exact matrix
     * @return the whole output, ending with a newline
     */
    String render(DifferentiationMatrix matrix);
}
