package org.stencilforge.compact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;

/**
 * The exact circulant pair {@code (A, B)} of a compact scheme on a periodic grid of {@code n} points,
 * {@code A f^(m) = h^(-m) B f}: row {@code i} holds {@code α_k} in column {@code (i + k) mod n} and
 * {@code a_j} in column {@code (i + j) mod n}. Immutable; dense (rows of exact rationals).
 *
 * @param size {@code n}
 * @param a the rows of {@code A}
 * @param b the rows of {@code B}
 */
public record PeriodicMatrices(int size, List<List<Rational>> a, List<List<Rational>> b) {

    /** The default largest grid. */
    public static final int DEFAULT_MAX_SIZE = 1000;

    /** Copies the rows, so that the matrices cannot change. */
    public PeriodicMatrices {
        a = a.stream().map(List::copyOf).toList();
        b = b.stream().map(List::copyOf).toList();
    }

    /**
     * @param scheme a compact scheme
     * @param n the number of grid points, larger than the span of either stencil so that no two
     *     offsets wrap onto one column, at most {@code maxSize}
     * @param maxSize the largest {@code n} accepted
     * @return its circulant matrices
     */
    public static PeriodicMatrices of(CompactScheme scheme, int n, int maxSize) {
        int span = Math.max(span(scheme.leftOffsets()), span(scheme.rightOffsets()));
        Checks.require(n > span, "a periodic grid for this scheme needs more than " + span + " points, not " + n);
        Checks.require(n <= maxSize, n + " points exceed the limit of " + maxSize + " (raise it with --max-size)");
        return new PeriodicMatrices(n, circulant(scheme.leftOffsets(), scheme.leftWeights(), n),
                circulant(scheme.rightOffsets(), scheme.rightWeights(), n));
    }

    private static int span(List<Integer> offsets) {
        return offsets.get(offsets.size() - 1) - offsets.get(0);
    }

    private static List<List<Rational>> circulant(List<Integer> offsets, List<Rational> weights, int n) {
        List<List<Rational>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Rational[] row = new Rational[n];
            Arrays.fill(row, Rational.ZERO);
            for (int t = 0; t < offsets.size(); t++) {
                row[Math.floorMod(i + offsets.get(t), n)] = weights.get(t);
            }
            rows.add(List.of(row));
        }
        return rows;
    }
}
