package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * An exact differentiation matrix with {@code rows} rows and {@code columns}
 * columns (square unless it maps between staggered grids or is a convolution
 * in {@code full} or {@code valid} mode), stored by rows as bands. On a uniform
 * grid the operator is {@code h^(-m)} times this matrix ({@code h^(-2m)} for
 * the normal matrix {@code D^T D}); on given nodes ({@code nodes} not empty)
 * the spacings are in the entries and {@code h = 1}. Immutable.
 *
 * @param derivative the derivative order {@code m} of {@code D}
 * @param rows row {@code i} as a band with absolute column indices
 * @param columns the number of columns
 * @param nodes the grid nodes, ascending, or empty for a uniform grid
 * @param transposed whether this is the transpose (adjoint) of a differentiation matrix
 * @param normal whether this is {@code D^T D}, the matrix of the normal equations (symmetric)
 */
public record DifferentiationMatrix(int derivative, List<BandRow> rows, int columns, List<Rational> nodes,
        boolean transposed, boolean normal) {

    /** Copies the lists, so that the matrix cannot change. */
    public DifferentiationMatrix {
        rows = List.copyOf(rows);
        nodes = List.copyOf(nodes);
    }

    /**
     * A square matrix.
     *
     * @param derivative the derivative order {@code m}
     * @param rows row {@code i} as a band with absolute column indices
     * @param nodes the grid nodes, ascending, or empty for the uniform grid {@code x_i = i h}
     * @param transposed whether this is the transpose (adjoint) of a differentiation matrix
     */
    public DifferentiationMatrix(int derivative, List<BandRow> rows, List<Rational> nodes, boolean transposed) {
        this(derivative, rows, rows.size(), nodes, transposed, false);
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /** @return {@code D}, {@code D^T} or {@code D^T D}: what the matrix is, in plain text */
    public String name() {
        return normal ? "D^T D" : transposed ? "D^T" : "D";
    }

    /**
     * @return the power of {@code h} that multiplies the matrix: {@code -m} on a uniform grid
     *     ({@code -2m} for {@code D^T D}), else 0
     */
    public int hPower() {
        return nodes.isEmpty() ? (normal ? -2 * derivative : -derivative) : 0;
    }

    /**
     * @param i a row in {@code 0..rows-1}
     * @param j a column in {@code 0..columns-1}
     * @return the exact entry
     */
    public Rational entry(int i, int j) {
        return rows.get(i).at(j);
    }

    /** @return the exact transpose, the matrix of the adjoint operator ({@code D^T D} is its own) */
    public DifferentiationMatrix transpose() {
        int n = size();
        int c = columns;
        int[] first = new int[c];
        int[] last = new int[c];
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
        List<BandRow> transposedRows = new ArrayList<>(c);
        for (int j = 0; j < c; j++) {
            List<Rational> band = new ArrayList<>();
            for (int i = first[j]; i <= last[j]; i++) {
                band.add(entry(i, j));
            }
            transposedRows.add(new BandRow(band.isEmpty() ? Math.min(j, n) : first[j], band));
        }
        return new DifferentiationMatrix(derivative, transposedRows, n, nodes, normal ? transposed : !transposed,
                normal);
    }

    /**
     * @return {@code D^T D} exactly, the matrix of the normal equations (this matrix is {@code D})
     * @throws IllegalStateException if this is already a transpose or a normal matrix
     */
    public DifferentiationMatrix normalMatrix() {
        if (transposed || normal) {
            throw new IllegalStateException("the normal matrix is formed from D itself");
        }
        DifferentiationMatrix t = transpose();
        List<BandRow> product = new ArrayList<>(columns);
        for (int a = 0; a < columns; a++) {
            BandRow ta = t.rows().get(a); // column a of D: the rows i holding it
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i = ta.first(); i < ta.end(); i++) {
                lo = Math.min(lo, rows.get(i).first());
                hi = Math.max(hi, rows.get(i).end());
            }
            List<Rational> band = new ArrayList<>();
            for (int b = lo; b < hi; b++) {
                Rational sum = Rational.ZERO;
                for (int i = ta.first(); i < ta.end(); i++) {
                    Rational x = ta.at(i);
                    if (!x.isZero()) {
                        sum = sum.add(x.multiply(rows.get(i).at(b)));
                    }
                }
                band.add(sum);
            }
            product.add(new BandRow(band.isEmpty() ? a : lo, band));
        }
        return new DifferentiationMatrix(derivative, product, columns, nodes, false, true);
    }
}
