package org.stencilforge.derivation;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Scheme;

/** How one axis of a tensor product gets its 1-D stencils. */
public sealed interface AxisStencil {

    /**
     * A preset of the given accuracy; an axis not differentiated takes the single point 0.
     *
     * @param scheme where the points lie
     * @param accuracy the order of accuracy
     */
    record Preset(Scheme scheme, int accuracy) implements AxisStencil {
    }

    /**
     * Given offsets on this axis (non-uniform, staggered or one-sided); an axis
     * not differentiated interpolates to 0 on them.
     *
     * @param offsets distinct offsets in units of {@code h}
     */
    record Offsets(List<Rational> offsets) implements AxisStencil {
    }
}
