package org.stencilforge.operator;

import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * One row of a banded operator: consecutive weights starting at column
 * {@code first}. Whether {@code first} is absolute, relative to the row index
 * or relative to the array length is said by the operator that holds the row.
 * Immutable.
 *
 * @param first the column of the first weight
 * @param weights the weights of columns {@code first, first + 1, ...}; zeros allowed
 */
public record BandRow(int first, List<Rational> weights) {

    /** Copies the weights, so that the row cannot change. */
    public BandRow {
        weights = List.copyOf(weights);
    }

    /** @return one past the last column */
    public int end() {
        return first + weights.size();
    }

    /**
     * @param column a column index in the same frame as {@link #first}
     * @return the weight there, zero outside the band
     */
    public Rational at(int column) {
        int k = column - first;
        return k >= 0 && k < weights.size() ? weights.get(k) : Rational.ZERO;
    }

    /** @return the same weights starting at {@code first + shift} */
    BandRow shifted(int shift) {
        return new BandRow(first + shift, weights);
    }
}
