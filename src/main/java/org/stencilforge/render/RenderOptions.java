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

    /**
     * @param body LaTeX to set
     * @param landscape whether the page is turned (wide tables)
     * @return the body, or with {@code --standalone} the body in a minimal compilable document
     *     (amsmath, booktabs, 2 cm margins): the one preamble every LaTeX output shares
     */
    public String document(String body, boolean landscape) {
        return !standalone ? body : "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                + "\\usepackage[" + (landscape ? "landscape," : "") + "margin=2cm]{geometry}\n\\begin{document}\n"
                + body + "\\end{document}\n";
    }

    /** @throws StencilforgeException if the environment is neither {@code bmatrix} nor {@code pmatrix} */
    public RenderOptions {
        if (!matrixEnvironment.equals("bmatrix") && !matrixEnvironment.equals("pmatrix")) {
            throw new StencilforgeException("unknown LaTeX matrix environment "
                    + RationalParser.quote(matrixEnvironment) + "; use bmatrix or pmatrix");
        }
    }
}
