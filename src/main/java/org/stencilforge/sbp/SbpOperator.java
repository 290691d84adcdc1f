package org.stencilforge.sbp;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;

/**
 * A summation-by-parts operator on {@code N} points and what was proved about it. Immutable.
 *
 * @param block the boundary block it was built from (weights, closure rows, free parameters)
 * @param points {@code N}
 * @param norm the diagonal of {@code H/h}
 * @param matrix {@code h^m D}
 * @param certificate the exact checks of {@code norm} and {@code matrix}
 */
public record SbpOperator(SummationByParts.Block block, int points, List<Rational> norm, DifferentiationMatrix matrix,
        Certificate certificate) {

    /** Copies the norm. */
    public SbpOperator {
        norm = List.copyOf(norm);
    }
}
