package org.stencilforge.render;

import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedMultiStencil;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.Language;
import org.stencilforge.operator.DifferentiationOperator;

/**
 * Java source for solvers, as {@link Language#JAVA} writes it; kept so that
 * callers of the old renderer keep working until they call
 * {@link org.stencilforge.codegen} directly. It only joins the names of
 * {@link RenderOptions} into one qualified class name.
 */
public final class JavaRenderer {

    private final String name;

    /**
     * @param options the class and package names
     * @throws StencilforgeException if the names are restricted identifiers or in a JDK package
     */
    public JavaRenderer(RenderOptions options) {
        this.name = Language.JAVA.checkName(options.packageName().isEmpty() ? options.className()
                : options.packageName() + "." + options.className());
    }

    /**
     * @param op the operator and its adjoint
     * @return the source file: {@code apply}, {@code applyAll}, {@code applyAdjoint}, {@code MIN_LENGTH}
     */
    public String render(DifferentiationOperator op) {
        return Language.JAVA.emit(Kernels.of(op), name);
    }

    /**
     * @param result a multidimensional stencil
     * @return the source file: the strided {@code apply}, and in 2-D the nested ones
     * @throws StencilforgeException if an offset is not an integer
     */
    public String render(AnalysedMultiStencil result) {
        return Language.JAVA.emit(Kernels.of(result), name);
    }
}
