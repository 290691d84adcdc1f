package org.stencilforge.operator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stencilforge.arithmetic.Rational;

/**
 * An exact sparse matrix in compressed rows: row {@code i} holds the entries
 * {@code rowStart(i) .. rowStart(i+1)-1}, columns ascending, no stored zeros.
 * Immutable: the arrays are never handed out. Equal entries share one
 * {@link Rational} instance, so that an operator on a large grid costs little
 * memory.
 */
public final class SparseMatrix {

    private final int rows;
    private final int columns;
    private final int[] start;
    private final int[] column;
    private final Rational[] value;

    private SparseMatrix(int rows, int columns, int[] start, int[] column, Rational[] value) {
        this.rows = rows;
        this.columns = columns;
        this.start = start;
        this.column = column;
        this.value = value;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int columns() {
        return columns;
    }

    /** @return the number of stored (non-zero) entries */
    public int nonZeros() {
        return start[rows];
    }

    /**
     * @param i a row
     * @return the index of its first entry; {@code rowStart(i + 1)} is one past its last
     */
    public int rowStart(int i) {
        return start[i];
    }

    /**
     * @param k an entry index
     * @return its column
     */
    public int column(int k) {
        return column[k];
    }

    /**
     * @param k an entry index
     * @return its exact value, non-zero
     */
    public Rational value(int k) {
        return value[k];
    }

    /**
     * @param i a row
     * @param j a column
     * @return the exact entry, zero where none is stored
     */
    public Rational entry(int i, int j) {
        int k = Arrays.binarySearch(column, start[i], start[i + 1], j);
        return k >= 0 ? value[k] : Rational.ZERO;
    }

    /**
     * @param d a banded matrix
     * @return the same matrix, zeros dropped
     */
    public static SparseMatrix of(DifferentiationMatrix d) {
        Builder b = new Builder(d.size(), d.columns());
        for (BandRow r : d.rows()) {
            for (int j = r.first(); j < r.end(); j++) {
                b.add(j, r.at(j));
            }
            b.endRow();
        }
        return b.build();
    }

    /**
     * @param n the size
     * @return the {@code n×n} identity
     */
    public static SparseMatrix identity(int n) {
        Builder b = new Builder(n, n);
        for (int i = 0; i < n; i++) {
            b.add(i, Rational.ONE);
            b.endRow();
        }
        return b.build();
    }

    /** @return the exact transpose */
    public SparseMatrix transpose() {
        int[] count = new int[columns + 1];
        for (int k = 0; k < nonZeros(); k++) {
            count[column[k] + 1]++;
        }
        for (int j = 0; j < columns; j++) {
            count[j + 1] += count[j];
        }
        int[] next = Arrays.copyOf(count, columns);
        int[] col = new int[nonZeros()];
        Rational[] val = new Rational[nonZeros()];
        for (int i = 0; i < rows; i++) { // rows ascending, so every new row's columns come out ascending
            for (int k = start[i]; k < start[i + 1]; k++) {
                int at = next[column[k]]++;
                col[at] = i;
                val[at] = value[k];
            }
        }
        return new SparseMatrix(columns, rows, count, col, val);
    }

    /**
     * The Kronecker product {@code A ⊗ B}: entry {@code (i_a n_b + i_b, j_a m_b + j_b)} is {@code A(i_a,j_a) B(i_b,j_b)}.
     *
     * @param b the right factor
     * @return the product, of {@code rows·b.rows} rows
     */
    public SparseMatrix kronecker(SparseMatrix b) {
        long size = (long) rows * b.rows;
        long nnz = (long) nonZeros() * b.nonZeros();
        org.stencilforge.Checks.require(size < Integer.MAX_VALUE && nnz < Integer.MAX_VALUE,
                "the Kronecker product has more than 2^31 rows or entries");
        Builder out = new Builder((int) size, columns * b.columns);
        Distinct da = new Distinct(value, nonZeros());
        Distinct db = new Distinct(b.value, b.nonZeros());
        Rational[][] products = new Rational[da.values.size()][db.values.size()];
        Map<Rational, Rational> shared = new HashMap<>();
        for (int x = 0; x < products.length; x++) {
            for (int y = 0; y < products[x].length; y++) {
                products[x][y] = shared.computeIfAbsent(da.values.get(x).multiply(db.values.get(y)), v -> v);
            }
        }
        for (int ia = 0; ia < rows; ia++) {
            for (int ib = 0; ib < b.rows; ib++) {
                for (int ka = start[ia]; ka < start[ia + 1]; ka++) {
                    Rational[] row = products[da.index[ka]];
                    int base = column[ka] * b.columns;
                    for (int kb = b.start[ib]; kb < b.start[ib + 1]; kb++) {
                        out.add(base + b.column[kb], row[db.index[kb]]);
                    }
                }
                out.endRow();
            }
        }
        return out.build();
    }

    /** The distinct values of an entry array (by identity, then by value) and each entry's index among them. */
    private static final class Distinct {
        final List<Rational> values = new java.util.ArrayList<>();
        final int[] index;

        Distinct(Rational[] entries, int count) {
            index = new int[count];
            Map<Rational, Integer> byIdentity = new java.util.IdentityHashMap<>();
            Map<Rational, Integer> byValue = new HashMap<>();
            for (int k = 0; k < count; k++) {
                Integer i = byIdentity.get(entries[k]);
                if (i == null) {
                    i = byValue.computeIfAbsent(entries[k], v -> {
                        values.add(v);
                        return values.size() - 1;
                    });
                    byIdentity.put(entries[k], i);
                }
                index[k] = i;
            }
        }
    }

    /**
     * @param c a factor
     * @param other a matrix of the same shape
     * @return {@code this + c · other}, exactly, zeros dropped
     */
    public SparseMatrix plus(Rational c, SparseMatrix other) {
        org.stencilforge.Checks.require(rows == other.rows && columns == other.columns, "shapes differ");
        Builder out = new Builder(rows, columns);
        Distinct da = new Distinct(value, nonZeros());
        Distinct db = new Distinct(other.value, other.nonZeros());
        Map<Rational, Rational> shared = new HashMap<>();
        Rational[] scaled = new Rational[db.values.size()];
        for (int y = 0; y < scaled.length; y++) {
            scaled[y] = shared.computeIfAbsent(c.multiply(db.values.get(y)), v -> v);
        }
        boolean table = (long) da.values.size() * db.values.size() <= 1 << 16;
        Rational[][] sums = table ? new Rational[da.values.size()][db.values.size()] : null;
        for (int i = 0; i < rows; i++) {
            int k = start[i];
            int l = other.start[i];
            while (k < start[i + 1] || l < other.start[i + 1]) {
                int jk = k < start[i + 1] ? column[k] : Integer.MAX_VALUE;
                int jl = l < other.start[i + 1] ? other.column[l] : Integer.MAX_VALUE;
                int j = Math.min(jk, jl);
                Rational v;
                if (jk == j && jl == j) {
                    int x = da.index[k++];
                    int y = db.index[l++];
                    if (table) {
                        if (sums[x][y] == null) {
                            sums[x][y] = shared.computeIfAbsent(da.values.get(x).add(scaled[y]), w -> w);
                        }
                        v = sums[x][y];
                    } else {
                        v = shared.computeIfAbsent(da.values.get(x).add(scaled[y]), w -> w);
                    }
                } else if (jk == j) {
                    v = value[k++];
                } else {
                    v = scaled[db.index[l++]];
                }
                out.add(j, v);
            }
            out.endRow();
        }
        return out.build();
    }

    /**
     * @param c a factor
     * @return {@code c · this}
     */
    public SparseMatrix times(Rational c) {
        Distinct da = new Distinct(value, nonZeros());
        Rational[] scaled = new Rational[da.values.size()];
        for (int x = 0; x < scaled.length; x++) {
            scaled[x] = da.values.get(x).multiply(c);
        }
        Rational[] v = new Rational[nonZeros()];
        for (int k = 0; k < v.length; k++) {
            v[k] = scaled[da.index[k]];
        }
        return c.isZero() ? new Builder(rows, columns).fill(rows) : new SparseMatrix(rows, columns, start, column, v);
    }

    /**
     * @param x a vector of {@link #columns()} exact values
     * @return {@code this · x}, exactly
     */
    public List<Rational> apply(List<Rational> x) {
        Rational[] y = new Rational[rows];
        for (int i = 0; i < rows; i++) {
            Rational s = Rational.ZERO;
            for (int k = start[i]; k < start[i + 1]; k++) {
                s = s.add(value[k].multiply(x.get(column[k])));
            }
            y[i] = s;
        }
        return List.of(y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseMatrix s && rows == s.rows && columns == s.columns && Arrays.equals(start, s.start)
                && Arrays.equals(column, s.column) && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(start) * 31 + Arrays.hashCode(column);
    }

    /** Fills a matrix row by row, columns ascending within a row. */
    public static final class Builder {
        private final int rows;
        private final int columns;
        private final int[] start;
        private int[] column = new int[16];
        private Rational[] value = new Rational[16];
        private int row;
        private int size;

        /**
         * @param rows the number of rows
         * @param columns the number of columns
         */
        public Builder(int rows, int columns) {
            this.rows = rows;
            this.columns = columns;
            this.start = new int[rows + 1];
        }

        /**
         * Adds an entry to the current row; zeros are dropped.
         *
         * @param j its column, past the row's previous one
         * @param v its value
         */
        public void add(int j, Rational v) {
            if (v.isZero()) {
                return;
            }
            if (size == column.length) {
                column = Arrays.copyOf(column, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            column[size] = j;
            value[size++] = v;
        }

        /** Ends the current row. */
        public void endRow() {
            start[++row] = size;
        }

        /** Ends every row still open, empty; for the zero matrix. */
        SparseMatrix fill(int count) {
            while (row < count) {
                endRow();
            }
            return build();
        }

        /** @return the matrix; every row must have been ended */
        public SparseMatrix build() {
            org.stencilforge.Checks.require(row == rows, "the builder has " + row + " rows, not " + rows);
            return new SparseMatrix(rows, columns, start, Arrays.copyOf(column, size), Arrays.copyOf(value, size));
        }
    }
}
