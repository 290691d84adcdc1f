package org.stencilforge.request;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.Scheme;

/**
 * What a user asks for: one stencil, described by where its points lie. Every
 * kind is derived by {@link Derivations#derive}; a 1-D request is answered
 * with Fornberg's algorithm, a tensor product with products of its 1-D
 * stencils, and points in several dimensions by solving the Taylor conditions.
 * Immutable values; they are checked when derived, under the limits.
 */
public sealed interface StencilRequest {

    /**
     * A 1-D preset: central, forward or backward points for an order of accuracy.
     *
     * @param scheme where the points lie
     * @param derivative the derivative order {@code m}
     * @param accuracy the order of accuracy {@code p} (even for central)
     */
    record Preset(Scheme scheme, int derivative, int accuracy) implements StencilRequest {
    }

    /**
     * 1-D offsets in units of {@code h}, any distinct rationals in any order.
     *
     * @param derivative the derivative order {@code m}
     * @param offsets the offsets
     */
    record Offsets(int derivative, List<Rational> offsets) implements StencilRequest {
        /** Copies the list. */
        public Offsets {
            offsets = List.copyOf(offsets);
        }
    }

    /**
     * Absolute 1-D nodes and an evaluation point: offsets {@code x_j - z} with {@code h = 1}.
     *
     * @param derivative the derivative order {@code m}
     * @param nodes the nodes {@code x_j}
     * @param at the evaluation point {@code z}
     */
    record Nodes(int derivative, List<Rational> nodes, Rational at) implements StencilRequest {
        /** Copies the list. */
        public Nodes {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * A tensor product: per axis a preset or given offsets.
     *
     * @param operator the operator
     * @param axes one rule per axis
     */
    record Tensor(DifferentialOperator operator, List<AxisStencil> axes) implements StencilRequest {
        /** Copies the list. */
        public Tensor {
            axes = List.copyOf(axes);
        }
    }

    /**
     * Offset vectors in any dimension: the Taylor conditions solved to the highest degree they allow.
     *
     * @param operator the operator
     * @param offsets the offset vectors
     * @param rule how to choose among weights that are not unique
     */
    record Points(DifferentialOperator operator, List<List<Rational>> offsets, MomentSolver.Rule rule)
            implements StencilRequest {
        /** Copies the lists. */
        public Points {
            offsets = offsets.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Offsets by shape (cross, box, diamond of a radius), solved as {@link Points}.
     *
     * @param operator the operator
     * @param shape the shape
     * @param radius its radius
     * @param rule how to choose among weights that are not unique
     */
    record Shaped(DifferentialOperator operator, Shapes shape, int radius, MomentSolver.Rule rule)
            implements StencilRequest {
    }
}
