package org.stencilforge.stencil;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-index {@code α = (α_1, ..., α_d)}: the partial derivative
 * {@code ∂^α = ∂^{α_1}/∂x_1^{α_1} ... ∂^{α_d}/∂x_d^{α_d}} or the monomial
 * {@code x^α}. Immutable. Ordered by total order {@code |α|}, then with higher
 * powers of earlier axes first ({@code x^2 > xy > y^2}).
 */
public final class MultiIndex implements Comparable<MultiIndex> {

    private final int[] exponents;

    private MultiIndex(int[] exponents) {
        this.exponents = exponents;
    }

    /**
     * @param exponents the powers per axis, each at least 0; at least one axis
     * @return the multi-index
     * @throws org.stencilforge.StencilforgeException if a power is negative or there is no axis
     */
    public static MultiIndex of(int... exponents) {
        org.stencilforge.Checks.require(exponents.length > 0 && Arrays.stream(exponents).allMatch(e -> e >= 0),
                "a multi-index needs at least one axis and no negative order, e.g. 1,1 or 2,0,1");
        return new MultiIndex(exponents.clone());
    }

    /** @return {@code d}, the number of axes */
    public int dimension() {
        return exponents.length;
    }

    /**
     * @param axis an axis in {@code 0..d-1}
     * @return the power on that axis
     */
    public int get(int axis) {
        return exponents[axis];
    }

    /** @return {@code |α| = α_1 + ... + α_d} */
    public int order() {
        return Arrays.stream(exponents).sum();
    }

    /** @return {@code α! = α_1! ... α_d!} */
    public BigInteger factorial() {
        BigInteger f = BigInteger.ONE;
        for (int e : exponents) {
            for (int k = 2; k <= e; k++) {
                f = f.multiply(BigInteger.valueOf(k));
            }
        }
        return f;
    }

    /** @return the powers as a new array */
    public int[] toArray() {
        return exponents.clone();
    }

    /** @return {@code α + β} */
    public MultiIndex plus(MultiIndex other) {
        int[] sum = exponents.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.exponents[i];
        }
        return new MultiIndex(sum);
    }

    /**
     * @param dimension {@code d}
     * @param order {@code n}
     * @return every multi-index of {@code d} axes with {@code |α| = n}, in this class's order
     */
    public static List<MultiIndex> ofOrder(int dimension, int order) {
        List<MultiIndex> all = new ArrayList<>();
        fill(new int[dimension], 0, order, all);
        return all;
    }

    private static void fill(int[] current, int axis, int remaining, List<MultiIndex> out) {
        if (axis == current.length - 1) {
            current[axis] = remaining;
            out.add(new MultiIndex(current.clone()));
            return;
        }
        for (int e = remaining; e >= 0; e--) {
            current[axis] = e;
            fill(current, axis + 1, remaining - e, out);
        }
    }

    @Override
    public int compareTo(MultiIndex other) {
        int byOrder = Integer.compare(order(), other.order());
        if (byOrder != 0) {
            return byOrder;
        }
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] != other.exponents[i]) {
                return Integer.compare(other.exponents[i], exponents[i]);
            }
        }
        return Integer.compare(exponents.length, other.exponents.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiIndex m && Arrays.equals(exponents, m.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }

    /** @return {@code [1,1]} */
    @Override
    public String toString() {
        return Arrays.toString(exponents).replace(" ", "");
    }
}
