package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * An exact {@code N×N} differentiation matrix, stored by rows as bands. On a
 * uniform grid the operator is {@code h^(-m)} times this matrix; on given nodes
 * ({@code nodes} not empty) the spacings are in the entries and {@code h = 1}.
 * Immutable.
 *
 * @param derivative the derivative order {@code m}
 * @param rows row {@code i} as a band with absolute column indices
 * @param nodes the grid nodes, ascending, or empty for the uniform grid {@code x_i = i h}
 * @param transposed whether this is the transpose (adjoint) of a differentiation matrix
 */
public record DifferentiationMatrix(int derivative, List<BandRow> rows, List<Rational> nodes, boolean transposed) {

    /** Copies the lists, so that the matrix cannot change. */
    public DifferentiationMatrix {
        rows = List.copyOf(rows);
        nodes = List.copyOf(nodes);
    }

    /** @return {@code N} */
    public int size() {
        return rows.size();
    }

    /** @return the power of {@code h} that multiplies the matrix: {@code -m} on a uniform grid, else 0 */
    public int hPower() {
        return nodes.isEmpty() ? -derivative : 0;
    }

    /**
     * @param i a row in {@code 0..N-1}
     * @param j a column in {@code 0..N-1}
     * @return the exact entry
     */
    public Rational entry(int i, int j) {
        return rows.get(i).at(j);
    }

    /** @return the exact transpose, the matrix of the adjoint operator */
    public DifferentiationMatrix transpose() {
        int n = size();
        int[] first = new int[n];
        int[] last = new int[n];
        java.util.Arrays.fill(first, n);
        java.util.Arrays.fill(last, -1);
        for (int i = 0; i < n; i++) {
            BandRow row = rows.get(i);
            for (int j = row.first(); j < row.end(); j++) {
                if (!row.at(j).isZero()) {
                    first[j] = Math.min(first[j], i);
                    last[j] = Math.max(last[j], i);
                }
            }
        }
        List<BandRow> columns = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            List<Rational> band = new ArrayList<>();
            for (int i = first[j]; i <= last[j]; i++) {
                band.add(entry(i, j));
            }
            columns.add(new BandRow(band.isEmpty() ? j : first[j], band));
        }
        return new DifferentiationMatrix(derivative, columns, nodes, !transposed);
    }
}
