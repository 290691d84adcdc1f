package org.stencilforge.operator;

import org.stencilforge.analysis.AnalysedStencil;

/**
 * A stencil made into a whole-array operator on a uniform grid, with its
 * adjoint: what the Java renderer generates code for. Immutable.
 *
 * @param interior the interior stencil and its truncation error
 * @param closureOrder the order of accuracy of the boundary closures
 * @param operator {@code D}: the interior stencil with closure rows at both ends
 * @param adjoint {@code D^T}: the flipped stencil with transposed closures
 */
public record DifferentiationOperator(AnalysedStencil interior, int closureOrder, BandedOperator operator,
        BandedOperator adjoint) {

    /** @return the shortest array both {@code D} and {@code D^T} hold for */
    public int minLength() {
        return Math.max(operator.minLength(), adjoint.minLength());
    }
}
