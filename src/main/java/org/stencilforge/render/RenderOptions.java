package org.stencilforge.render;

import javax.lang.model.SourceVersion;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;

/**
 * What some formats need besides the result: LaTeX whether to emit a whole
 * document, Java the names of the generated class. Immutable; the names are
 * checked here, once, so that nothing a user typed reaches generated source
 * unchecked.
 *
 * @param standalone LaTeX: wrap the output in a minimal compilable document
 * @param packageName Java: the package of the generated class, empty for none
 * @param className Java: the simple name of the generated class
 * @param matrixEnvironment LaTeX: {@code bmatrix} or {@code pmatrix}
 */
public record RenderOptions(boolean standalone, String packageName, String className, String matrixEnvironment) {

    /** No document wrapper; class {@code Stencil} in the unnamed package; {@code bmatrix}. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, "", "Stencil", "bmatrix");

    /**
     * @param standalone LaTeX: wrap the output in a minimal compilable document
     * @param packageName Java: the package, empty for none
     * @param className Java: the simple class name
     */
    public RenderOptions(boolean standalone, String packageName, String className) {
        this(standalone, packageName, className, "bmatrix");
    }

    /** @throws StencilforgeException if a name is not a valid Java name or is a reserved word */
    public RenderOptions {
        if (!matrixEnvironment.equals("bmatrix") && !matrixEnvironment.equals("pmatrix")) {
            throw new StencilforgeException("unknown LaTeX matrix environment "
                    + RationalParser.quote(matrixEnvironment) + "; use bmatrix or pmatrix");
        }
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new StencilforgeException("class name " + RationalParser.quote(className)
                    + " is not a Java identifier (or is a reserved word); use letters, digits and _, e.g. D2Central");
        }
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new StencilforgeException("package name " + RationalParser.quote(packageName)
                    + " is not a Java package name (or contains a reserved word); use e.g. com.example.stencils");
        }
    }
}
