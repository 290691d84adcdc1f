package org.stencilforge.real;

import java.util.List;

/**
 * A differentiation matrix on real nodes, every entry a decimal string of
 * {@code digits} significant digits, correctly rounded ({@link Digits}); entries
 * outside a row's stencil are {@code "0"}. Immutable.
 *
 * @param derivative the derivative order
 * @param digits {@code D}
 * @param accuracy the order of accuracy of banded rows, or {@code null} when every row uses every node
 * @param nodes the nodes, ascending (rows and columns in this order); empty on a uniform grid
 * @param rows the rows
 * @param workingDigits the working precision that settled every digit, or 0 for decimals of exact rationals
 * @param hPower the power of {@code h} the matrix is scaled by ({@code h^M D} on a uniform grid), else 0
 * @param transposed whether this is {@code D^T}
 * @param exactRows the exact entries as fractions, when rational and asked for, else {@code null}
 */
public record RealMatrix(int derivative, int digits, Integer accuracy, List<String> nodes, List<List<String>> rows,
        int workingDigits, int hPower, boolean transposed, List<List<String>> exactRows) {

    /** Copies the lists. */
    public RealMatrix {
        nodes = List.copyOf(nodes);
        rows = rows.stream().map(List::copyOf).toList();
        exactRows = exactRows == null ? null : exactRows.stream().map(List::copyOf).toList();
    }

    /** @return {@code D^T}, the matrix of the adjoint */
    public RealMatrix transpose() {
        return new RealMatrix(derivative, digits, accuracy, nodes, flip(rows), workingDigits, hPower, !transposed,
                exactRows == null ? null : flip(exactRows));
    }

    private static List<List<String>> flip(List<List<String>> m) {
        return java.util.stream.IntStream.range(0, m.isEmpty() ? 0 : m.get(0).size())
                .mapToObj(j -> m.stream().map(r -> r.get(j)).toList()).toList();
    }

    /** @return whether every row uses every node (a spectral differentiation matrix) */
    public boolean global() {
        return accuracy == null;
    }
}
