package org.stencilforge.sbp;

import org.stencilforge.operator.DifferentiationMatrix;

/**
 * A summation-by-parts operator on {@code N} points and what was proved about it. Immutable.
 *
 * @param block the boundary block it was built from (norm block, closure rows, free parameters)
 * @param points {@code N}
 * @param norm {@code H/h}, banded: diagonal, or a block at each end
 * @param matrix {@code h^m D}
 * @param certificate the exact checks of {@code norm} and {@code matrix}
 */
public record SbpOperator(SummationByParts.Block block, int points, DifferentiationMatrix norm,
        DifferentiationMatrix matrix, Certificate certificate) {
}
