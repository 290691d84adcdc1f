package org.stencilforge.operator;

import java.util.List;
import org.stencilforge.stencil.DifferentialOperator;

/**
 * An exact operator on a whole tensor grid of {@code sizes[0] × sizes[1] × ...}
 * points of spacing {@code h} on every axis, flattened row-major: point
 * {@code (i_0, ..., i_(d-1))} is row and column {@code ((i_0 n_1 + i_1) n_2 + i_2) ...},
 * the last axis fastest. The operator is {@code h^(-m)} times {@link #matrix()}.
 * Immutable.
 *
 * @param kind how the closures were built, in words
 * @param operator the differential operator {@code L} the rows of {@code D} approximate
 * @param sizes the points per axis
 * @param periodic whether each axis wraps around
 * @param matrix the exact matrix of {@code D}, or of {@code D^T} when {@code transposed}
 * @param transposed whether the matrix is the adjoint {@code D^T}
 * @param classes the rows of {@code D} grouped by where they sit, with their order of accuracy
 */
public record GridOperator(String kind, DifferentialOperator operator, List<Integer> sizes, List<Boolean> periodic,
        SparseMatrix matrix, boolean transposed, List<BoundaryClass> classes) {

    /** Copies the lists. */
    public GridOperator {
        sizes = List.copyOf(sizes);
        periodic = List.copyOf(periodic);
        classes = List.copyOf(classes);
    }

    /** @return the number of grid points, the product of the sizes */
    public int points() {
        return sizes.stream().reduce(1, (a, b) -> a * b);
    }

    /** @return {@code m}: the matrix is {@code h^m} times the operator */
    public int order() {
        return operator.order();
    }

    /** @return the adjoint: the same grid and classes, the exact transpose */
    public GridOperator transpose() {
        return new GridOperator(kind, operator, sizes, periodic, matrix.transpose(), !transposed, classes);
    }

    /**
     * The rows of {@code D} at one kind of place: per axis the position {@code interior},
     * {@code k} ({@code k} points from the start, 0-based) or {@code n-1-k} ({@code k} from the end).
     *
     * @param position per axis
     * @param rows how many rows are of this class
     * @param order the order of accuracy of the class's rows at their own point (all agree), by their
     *     multivariate Taylor moments; {@link #EXACT} when every moment tried holds
     * @param points the most points a row of the class uses
     */
    public record BoundaryClass(List<String> position, long rows, int order, int points) {

        /** The order of a row whose moments all hold (it cannot happen for a non-zero operator). */
        public static final int EXACT = Integer.MAX_VALUE;

        /** Copies the list. */
        public BoundaryClass {
            position = List.copyOf(position);
        }
    }
}
