package org.stencilforge.derivation;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * The ways to ask for a 1-D stencil: a preset scheme by derivative and accuracy
 * order, explicit offsets, or absolute nodes with an evaluation point. Each
 * validates the request (with messages a user can act on) and derives the
 * weights with {@link Fornberg}.
 */
public final class Stencils {

    private Stencils() {
    }

    /**
     * The offsets of a preset: central stencils use
     * {@code 2 floor((m+1)/2) - 1 + p} points {@code -r..r}, one-sided ones
     * {@code m + p} points from {@code 0} forward or backward.
     *
     * @param scheme where the points lie
     * @param derivative the derivative order {@code m}, at least 0
     * @param accuracy the order of accuracy {@code p}, at least 1 (even for central)
     * @param limits the size bounds
     * @return the offsets, ascending
     * @throws StencilforgeException if an order is out of range or the stencil too large
     */
    public static List<Rational> presetOffsets(Scheme scheme, int derivative, int accuracy, Limits limits) {
        long points = presetSize(scheme, derivative, accuracy, limits);
        int n = (int) points;
        long first = switch (scheme) {
            case CENTRAL -> -(n - 1) / 2;
            case FORWARD -> 0;
            case BACKWARD -> -(n - 1);
        };
        List<Rational> offsets = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            offsets.add(Rational.of(first + j));
        }
        return List.copyOf(offsets);
    }

    /**
     * The number of points of a preset, checked like {@link #presetOffsets} but
     * without building them: central stencils use {@code 2 floor((m+1)/2) - 1 + p}
     * points, one-sided ones {@code m + p}.
     *
     * @param scheme where the points lie
     * @param derivative the derivative order {@code m}, at least 0
     * @param accuracy the order of accuracy {@code p}, at least 1 (even for central)
     * @param limits the size bounds
     * @return the number of points
     * @throws StencilforgeException if an order is out of range or the stencil too large
     */
    public static long presetSize(Scheme scheme, int derivative, int accuracy, Limits limits) {
        requireDerivative(derivative);
        if (accuracy < 1) {
            throw new StencilforgeException("the accuracy order must be 1 or more, not " + accuracy);
        }
        if (scheme == Scheme.CENTRAL && accuracy % 2 != 0) {
            throw new StencilforgeException("central stencils have even orders of accuracy only: ask for "
                    + (accuracy - 1 > 0 ? "accuracy " + (accuracy - 1) + " or " : "accuracy ")
                    + (accuracy + 1L) + ", or use the forward or backward scheme for accuracy " + accuracy);
        }
        long points = scheme == Scheme.CENTRAL
                ? 2L * ((derivative + 1L) / 2) - 1 + accuracy
                : (long) derivative + accuracy;
        limits.checkNodes(points);
        return points;
    }

    /**
     * @param scheme where the points lie
     * @param derivative the derivative order {@code m}, at least 0
     * @param accuracy the order of accuracy {@code p}, at least 1 (even for central)
     * @param limits the size bounds
     * @return the preset stencil
     * @throws StencilforgeException if an order is out of range or the stencil too large
     */
    public static Stencil preset(Scheme scheme, int derivative, int accuracy, Limits limits) {
        return fromOffsets(derivative, presetOffsets(scheme, derivative, accuracy, limits), limits);
    }

    /**
     * @param derivative the derivative order {@code m}, at least 0
     * @param offsets distinct offsets in units of {@code h}, in any order, more than {@code m}
     * @param limits the size bounds
     * @return the stencil of highest accuracy on these offsets
     * @throws StencilforgeException if the offsets repeat, are too few or too many
     */
    public static Stencil fromOffsets(int derivative, List<Rational> offsets, Limits limits) {
        requireDerivative(derivative);
        limits.checkOffsets(offsets);
        if (offsets.size() <= derivative) {
            throw new StencilforgeException(offsets.size() + (offsets.size() == 1 ? " node" : " nodes")
                    + " cannot approximate derivative " + derivative + ": give at least "
                    + (derivative + 1L) + " nodes (the derivative order plus one)");
        }
        return WeightTable.stencil(derivative, offsets, Fornberg.weightsOf(offsets, derivative));
    }

    /**
     * Absolute nodes {@code x_j} with an evaluation point {@code z}: the same as
     * offsets {@code x_j - z} with {@code h = 1}.
     *
     * @param derivative the derivative order {@code m}, at least 0
     * @param nodes distinct nodes, in any order, more than {@code m}
     * @param at the evaluation point {@code z}, on or off the nodes
     * @param limits the size bounds
     * @return the stencil, with offsets {@code x_j - z} ascending
     * @throws StencilforgeException if the nodes repeat, are too few or too many
     */
    public static Stencil fromNodes(int derivative, List<Rational> nodes, Rational at, Limits limits) {
        Fornberg.requireDistinct(nodes, "node");
        return fromOffsets(derivative, nodes.stream().map(x -> x.subtract(at)).toList(), limits);
    }

    private static void requireDerivative(int derivative) {
        if (derivative < 0) {
            throw new StencilforgeException("the derivative order must be 0 or more, not " + derivative);
        }
    }
}
