package org.stencilforge.render;

import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.OperatorProperties;

/** Formats a finished differentiation matrix; computes no mathematics of its own. */
public interface MatrixRenderer {

    /**
     * @param matrix the exact matrix, square or rectangular
     * @return the whole output, ending with a newline
     */
    String render(DifferentiationMatrix matrix);

    /**
     * @param matrix the exact matrix
     * @param properties its exact properties; the formats that hold them (text, JSON) override this
     * @return the whole output, ending with a newline
     */
    default String render(DifferentiationMatrix matrix, OperatorProperties properties) {
        return render(matrix);
    }

    /** @return whether {@link #render(DifferentiationMatrix, OperatorProperties)} prints the properties */
    default boolean printsProperties() {
        return false;
    }
}
