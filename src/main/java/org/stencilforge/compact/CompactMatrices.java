package org.stencilforge.compact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;

/**
 * The exact pair {@code (A, B)} of a compact operator on a grid of {@code n} points,
 * {@code A f^(m) = h^(-m) B f}: row {@code i} holds the weights {@code α_k} of its scheme in column
 * {@code i + k} and {@code a_j} in column {@code i + j}, taken modulo {@code n} on a periodic grid.
 * Immutable; dense (rows of exact rationals).
 *
 * @param size {@code n}
 * @param periodic whether columns wrap around
 * @param a the rows of {@code A}
 * @param b the rows of {@code B}
 */
public record CompactMatrices(int size, boolean periodic, List<List<Rational>> a, List<List<Rational>> b) {

    /** The default largest grid. */
    public static final int DEFAULT_MAX_SIZE = 1000;

    /** Copies the rows, so that the matrices cannot change. */
    public CompactMatrices {
        a = a.stream().map(List::copyOf).toList();
        b = b.stream().map(List::copyOf).toList();
    }

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
        List<List<Rational>> a = new ArrayList<>();
        List<List<Rational>> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CompactScheme s = operator.scheme(i, n);
            a.add(row(i, s.leftOffsets(), s.leftWeights(), n));
            b.add(row(i, s.rightOffsets(), s.rightWeights(), n));
        }
        return new CompactMatrices(n, operator.periodic(), a, b);
    }

    private static List<Rational> row(int i, List<Integer> offsets, List<Rational> weights, int n) {
        Rational[] row = new Rational[n];
        Arrays.fill(row, Rational.ZERO);
        for (int t = 0; t < offsets.size(); t++) {
            row[Math.floorMod(i + offsets.get(t), n)] = weights.get(t);
        }
        return List.of(row);
    }
}
