package org.stencilforge.render;

import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;

/**
 * What LaTeX needs besides the result: whether to emit a whole document, and
 * the matrix environment. Immutable; checked here, once.
 *
 * @param standalone LaTeX: wrap the output in a minimal compilable document
 * @param matrixEnvironment LaTeX: {@code bmatrix} or {@code pmatrix}
 */
public record RenderOptions(boolean standalone, String matrixEnvironment) {

    /** No document wrapper; {@code bmatrix}. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, "bmatrix");

    /** @param standalone LaTeX: wrap the output in a minimal compilable document */
    public RenderOptions(boolean standalone) {
        this(standalone, "bmatrix");
    }

    /** @throws StencilforgeException if the environment is neither {@code bmatrix} nor {@code pmatrix} */
    public RenderOptions {
        if (!matrixEnvironment.equals("bmatrix") && !matrixEnvironment.equals("pmatrix")) {
            throw new StencilforgeException("unknown LaTeX matrix environment "
                    + RationalParser.quote(matrixEnvironment) + "; use bmatrix or pmatrix");
        }
    }
}
