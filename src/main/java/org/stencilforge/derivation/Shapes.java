package org.stencilforge.derivation;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/** Shorthands for sets of integer offsets in {@code d} dimensions. */
public enum Shapes {
    /** The centre and {@code ±1..±r} along each axis: {@code 1 + 2dr} points. */
    CROSS,
    /** Every point with {@code max |s_i| <= r}: {@code (2r+1)^d} points. */
    BOX,
    /** Every point with {@code Σ |s_i| <= r}. */
    DIAMOND;

    /**
     * The number of points of the shape, checked against the node limit, without enumerating them.
     *
     * @param dimension {@code d}, at least 1
     * @param radius {@code r}, at least 1
     * @param limits the size bounds
     * @return the number of points
     * @throws StencilforgeException if the radius is below 1 or the shape has too many points
     */
    public long size(int dimension, int radius, Limits limits) {
        if (radius < 1 || dimension < 1) {
            throw new StencilforgeException("a shape needs a radius and a dimension of at least 1");
        }
        long count = switch (this) {
            case CROSS -> 1 + 2L * dimension * radius;
            case BOX -> Work.units(Math.pow(2.0 * radius + 1, dimension));
            case DIAMOND -> diamond(dimension, radius);
        };
        limits.checkNodes(count);
        return count;
    }

    /** {@code Σ_k 2^k C(d, k) C(r, k)}: the lattice points with {@code Σ |s_i| <= r}, saturated. */
    private static long diamond(int d, long r) {
        double total = 0;
        for (int k = 0; k <= d; k++) {
            total += Math.pow(2, k) * Work.binomial(d, k) * (double) Work.binomial(r, k);
        }
        return Work.units(total);
    }

    /**
     * @param dimension {@code d}, at least 1
     * @param radius {@code r}, at least 1
     * @param limits the size bounds
     * @return the offsets, in lexicographic order
     * @throws StencilforgeException if the radius is below 1 or the shape has too many points
     */
    public List<List<Rational>> offsets(int dimension, int radius, Limits limits) {
        if (radius < 1 || dimension < 1) {
            throw new StencilforgeException("a shape needs a radius and a dimension of at least 1");
        }
        double box = Math.pow(2.0 * radius + 1, dimension);
        if (this == CROSS) {
            limits.checkNodes(1 + 2L * dimension * radius);
        } else if (this == BOX || box > 1e6) {
            limits.checkNodes((long) Math.min(box, 1e15)); // a diamond is enumerated inside its box
        }
        List<List<Rational>> points = new ArrayList<>();
        int[] p = new int[dimension];
        java.util.Arrays.fill(p, -radius);
        if (this == CROSS) { // its box may be far larger than the cross
            for (int axis = 0; axis < dimension; axis++) {
                for (int k = -radius; k <= radius; k++) {
                    int[] point = new int[dimension];
                    point[axis] = k;
                    if (k != 0 || axis == 0) {
                        points.add(java.util.Arrays.stream(point).mapToObj(Rational::of).toList());
                    }
                }
            }
            return points.stream().sorted(org.stencilforge.stencil.Stencil.OFFSET_ORDER).toList();
        }
        while (true) {
            if (contains(p, radius)) {
                points.add(java.util.Arrays.stream(p).mapToObj(Rational::of).toList());
            }
            int i = dimension - 1;
            while (i >= 0 && p[i] == radius) {
                p[i] = -radius;
                i--;
            }
            if (i < 0) {
                limits.checkNodes(points.size());
                return List.copyOf(points);
            }
            p[i]++;
        }
    }

    private boolean contains(int[] p, int radius) {
        return this == BOX || java.util.Arrays.stream(p).map(Math::abs).sum() <= radius;
    }
}
