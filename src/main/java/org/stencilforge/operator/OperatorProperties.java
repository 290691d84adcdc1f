package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stencilforge.arithmetic.Rational;

/**
 * What is decided exactly about a whole operator on its grid. Immutable.
 *
 * @param rowOrders the order of accuracy of every row at its point
 *     ({@code 0} or less: the row does not approximate the derivative there;
 *     {@link Integer#MAX_VALUE}: exact on every polynomial tried)
 * @param rowSumsZero whether each row's weights sum to zero (it annihilates constants)
 * @param nullspace a basis of the null space (each vector scaled so that its
 *     free entry is 1), or empty with {@code note} saying why it was not decided
 * @param spectrum where the eigenvalues of the matrix lie (for {@code D^T D},
 *     those of {@code -D^T D}), or empty with {@code note} saying why not
 * @param note why something was not decided, or empty
 */
public record OperatorProperties(List<Integer> rowOrders, List<Boolean> rowSumsZero,
        Optional<List<List<Rational>>> nullspace, Optional<Spectrum> spectrum, String note) {

    /** The largest operator whose null space is computed (dense exact elimination). */
    public static final int MAX_NULLSPACE_SIZE = 400;

    /** The largest square operator whose spectrum is decided (exact characteristic polynomial). */
    public static final int MAX_SPECTRUM_SIZE = 32;

    /** Copies the lists, so that the properties cannot change. */
    public OperatorProperties {
        rowOrders = List.copyOf(rowOrders);
        rowSumsZero = List.copyOf(rowSumsZero);
        nullspace = nullspace.map(b -> b.stream().map(List::copyOf).toList());
    }

    /**
     * @param op the operator on its grid
     * @return its properties, decided exactly
     */
    public static OperatorProperties of(WholeOperator op) {
        DifferentiationMatrix d = op.matrix();
        List<Boolean> sums = new ArrayList<>(d.size());
        for (BandRow row : d.rows()) {
            sums.add(row.weights().stream().reduce(Rational.ZERO, Rational::add).isZero());
        }
        List<String> notes = new ArrayList<>();
        Optional<List<List<Rational>>> nullspace = Optional.empty();
        Optional<Spectrum> spectrum = Optional.empty();
        int largest = Math.max(d.size(), d.columns());
        if (largest <= MAX_NULLSPACE_SIZE) {
            nullspace = Optional.of(nullspace(dense(d)));
        } else {
            notes.add("null space not decided: more than " + MAX_NULLSPACE_SIZE + " rows or columns");
        }
        if (d.size() != d.columns()) {
            notes.add("eigenvalues not decided: the matrix is not square");
        } else if (d.size() > MAX_SPECTRUM_SIZE) {
            notes.add("eigenvalues not decided: more than " + MAX_SPECTRUM_SIZE + " rows");
        } else {
            Spectrum s = Spectrum.of(dense(d));
            spectrum = Optional.of(d.normal() ? s.negate() : s);
        }
        return new OperatorProperties(RowOrders.of(op), sums, nullspace, spectrum, String.join("; ", notes));
    }

    static Rational[][] dense(DifferentiationMatrix d) {
        Rational[][] a = new Rational[d.size()][d.columns()];
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < d.columns(); j++) {
                a[i][j] = d.entry(i, j);
            }
        }
        return a;
    }

    /**
     * A basis of {@code {x : A x = 0}}, exactly: row echelon form by elimination below the pivots only (a banded
     * matrix stays banded), then back substitution with one free entry 1 and the others 0.
     */
    static List<List<Rational>> nullspace(Rational[][] matrix) {
        int rows = matrix.length;
        int cols = rows == 0 ? 0 : matrix[0].length;
        Rational[][] a = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = matrix[i].clone();
        }
        int[] pivotColumn = new int[rows];
        boolean[] isPivot = new boolean[cols];
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int p = -1;
            for (int i = r; i < rows && p < 0; i++) {
                if (!a[i][c].isZero()) {
                    p = i;
                }
            }
            if (p < 0) {
                continue;
            }
            Rational[] t = a[p];
            a[p] = a[r];
            a[r] = t;
            int last = cols - 1;
            while (a[r][last].isZero()) {
                last--;
            }
            for (int i = r + 1; i < rows; i++) {
                if (!a[i][c].isZero()) {
                    Rational f = a[i][c].divide(a[r][c]);
                    for (int j = c; j <= last; j++) {
                        if (!a[r][j].isZero()) {
                            a[i][j] = a[i][j].subtract(f.multiply(a[r][j]));
                        }
                    }
                }
            }
            pivotColumn[r++] = c;
            isPivot[c] = true;
        }
        List<List<Rational>> basis = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (isPivot[free]) {
                continue;
            }
            Rational[] v = new Rational[cols];
            java.util.Arrays.fill(v, Rational.ZERO);
            v[free] = Rational.ONE;
            for (int k = r - 1; k >= 0; k--) {
                int c = pivotColumn[k];
                Rational sum = Rational.ZERO;
                for (int j = c + 1; j < cols; j++) {
                    if (!a[k][j].isZero() && !v[j].isZero()) {
                        sum = sum.add(a[k][j].multiply(v[j]));
                    }
                }
                v[c] = sum.negate().divide(a[k][c]);
            }
            basis.add(List.of(v));
        }
        return basis;
    }
}
