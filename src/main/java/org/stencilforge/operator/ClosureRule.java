package org.stencilforge.operator;

import java.util.OptionalInt;

/**
 * How the rows near the ends of a grid are closed. Immutable.
 *
 * @param accuracy the order of accuracy {@code Q} of the closure rows (each uses
 *     {@code m + Q} points); empty for the interior stencil's order
 * @param width how many rows at each end use closures; empty for the rows where
 *     the interior stencil would leave the grid
 * @param points which points a closure row uses
 */
public record ClosureRule(OptionalInt accuracy, OptionalInt width, BoundaryPoints points) {

    /** The default: closures of the interior's order, where needed, on the nearest points. */
    public static final ClosureRule DEFAULT = new ClosureRule(OptionalInt.empty(), OptionalInt.empty(),
            BoundaryPoints.NEAREST);
}
