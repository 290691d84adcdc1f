package org.stencilforge.codegen;

/**
 * One language's spelling of every kernel type as a whole source file, and its rule for names.
 * Each {@link Language} holds one; adding a language is one more implementation, adding a kernel
 * type one more method here. Implementations only format: the kernels carry the numbers, already
 * in their precision, and the name has been checked.
 */
interface Emitter {

    /**
     * @param name what a user asked the generated code to be called
     * @return the name, unchanged, if the language accepts it
     * @throws org.stencilforge.StencilforgeException saying why not and what to use instead
     */
    String checkName(String name);

    /** @return a one-dimensional whole-array operator and its adjoint */
    String emit(ArrayKernel k, String name, Precision p);

    /** @return any whole 1-D operator: apply_all, apply_adjoint, apply_normal and gradient */
    String emit(LineKernel k, String name, Precision p);

    /** @return weights or a matrix on given nodes, the kernel already in its precision */
    String emit(NodeKernel k, String name);

    /** @return a multidimensional stencil with integer offsets */
    String emit(PointKernel k, String name, Precision p);

    /** @return a stencil with symbolic spacings, a function of the spacings too */
    String emit(SymbolicKernel k, String name);

    /** @return a compact scheme on a whole line: the banded solve of {@code A d = h^(-m) B f} */
    String emit(CompactKernel k, String name);

    /** @return a whole operator on a tensor grid: apply_all and apply_adjoint */
    String emit(GridKernel k, String name);
}
