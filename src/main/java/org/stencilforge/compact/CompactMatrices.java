package org.stencilforge.compact;

import java.util.List;
import java.util.TreeMap;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.SparseMatrix;

/**
 * The exact pair {@code (A, B)} of a compact operator on a grid of {@code n} points,
 * {@code A f^(m) = h^(-m) B f}: row {@code i} holds the weights {@code α_k} of its scheme in column
 * {@code i + k} and {@code a_j} in column {@code i + j}, taken modulo {@code n} on a periodic grid.
 * Immutable; sparse (compressed rows of exact rationals, zeros not stored: a few entries a row).
 *
 * @param size {@code n}
 * @param periodic whether columns wrap around
 * @param a the matrix {@code A}
 * @param b the matrix {@code B}
 */
public record CompactMatrices(int size, boolean periodic, SparseMatrix a, SparseMatrix b) {

    /** The default largest grid. */
    public static final int DEFAULT_MAX_SIZE = 1000;

    /**
     * @param operator a compact operator
     * @param n the number of grid points: at least {@link CompactOperator#minLength()} (more than the
     *     span of either stencil when periodic, so that no two offsets wrap onto one column), at most
     *     {@code maxSize}
     * @param maxSize the largest {@code n} accepted
     * @return its matrices
     */
    public static CompactMatrices of(CompactOperator operator, int n, int maxSize) {
        int min = operator.minLength();
        Checks.require(n >= min, "a " + (operator.periodic() ? "periodic " : "") + "grid for this scheme"
                + (operator.periodic() ? "" : " and its closures") + " needs at least " + min + " points, not " + n);
        Checks.require(n <= maxSize, n + " points exceed the limit of " + maxSize + " (raise it with --max-size)");
        if (!operator.solvable(n)) {
            throw new org.stencilforge.StencilforgeException("on " + n + " points the matrix A of this scheme"
                    + (operator.periodic() ? "" : " and its closures") + " is singular (or its band cannot be"
                    + " factored without pivoting): choose at least " + operator.solvableLength() + " points");
        }
        return build(operator, n);
    }

    /** The matrices without any check. */
    static CompactMatrices build(CompactOperator operator, int n) {
        SparseMatrix.Builder a = new SparseMatrix.Builder(n, n);
        SparseMatrix.Builder b = new SparseMatrix.Builder(n, n);
        for (int i = 0; i < n; i++) {
            CompactScheme s = operator.scheme(i, n);
            row(a, i, s.leftOffsets(), s.leftWeights(), n);
            row(b, i, s.rightOffsets(), s.rightWeights(), n);
        }
        return new CompactMatrices(n, operator.periodic(), a.build(), b.build());
    }

    /** Row {@code i}: each weight at column {@code i + offset} modulo {@code n}, columns ascending. */
    private static void row(SparseMatrix.Builder m, int i, List<Integer> offsets, List<Rational> weights, int n) {
        TreeMap<Integer, Rational> row = new TreeMap<>();
        for (int t = 0; t < offsets.size(); t++) {
            row.put(Math.floorMod(i + offsets.get(t), n), weights.get(t));
        }
        row.forEach(m::add);
        m.endRow();
    }
}
