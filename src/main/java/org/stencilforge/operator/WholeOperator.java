package org.stencilforge.operator;

import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * An exact operator on a whole 1-D grid with where its rows and columns sit:
 * the matrix, and the points (in units of {@code h}) that its rows approximate
 * {@code coefficient · d^derivative/dx^derivative} at and that its columns
 * sample. The points are what the properties (each row's order) are measured
 * against. Immutable.
 *
 * @param kind what the operator is, in words (e.g. {@code periodic}, {@code staggered: centres to faces})
 * @param matrix the exact matrix
 * @param rowPoints the point of each row
 * @param columnPoints the point of each column
 * @param derivative the derivative the rows approximate in the interior
 * @param coefficient its coefficient in the interior: 1 for {@code D}, {@code (-1)^m} for {@code D^T} and {@code D^T D}
 * @param period the grid's period for a periodic operator, else 0
 */
public record WholeOperator(String kind, DifferentiationMatrix matrix, List<Rational> rowPoints,
        List<Rational> columnPoints, int derivative, Rational coefficient, int period) {

    /** Copies the lists, so that the operator cannot change. */
    public WholeOperator {
        rowPoints = List.copyOf(rowPoints);
        columnPoints = List.copyOf(columnPoints);
    }

    /** @return the adjoint: the exact transpose, rows and columns swapped */
    public WholeOperator transpose() {
        Rational sign = matrix.normal() ? Rational.ONE : (derivative % 2 == 0 ? Rational.ONE : Rational.ONE.negate());
        return new WholeOperator(kind, matrix.transpose(), columnPoints, rowPoints, derivative,
                coefficient.multiply(sign), period);
    }

    /** @return {@code D^T D}, exactly; its interior approximates {@code (-1)^m d^(2m)/dx^(2m)} */
    public WholeOperator normal() {
        Rational sign = derivative % 2 == 0 ? Rational.ONE : Rational.ONE.negate();
        return new WholeOperator(kind, matrix.normalMatrix(), columnPoints, columnPoints, 2 * derivative,
                coefficient.multiply(coefficient).multiply(sign), period);
    }
}
