package org.stencilforge.codegen;

import java.util.Locale;
import org.stencilforge.StencilforgeException;

/**
 * The languages code is generated in. Each holds an {@link Emitter} that spells every kernel
 * type as one complete source file; here the name a user gives is checked against that
 * language's rules and reserved words, and the kernel put in the precision asked for, before
 * the emitter sees them. Output is deterministic; nothing but the checked name and numbers the
 * library computed reaches it.
 */
public enum Language {
    /** A Java 8 class with static methods; the name is a class name, optionally qualified by its package. */
    JAVA("Stencil", "java", JavaEmitter.INSTANCE),
    /** A self-contained C99 header of {@code static inline} functions; the name prefixes every identifier. */
    C("stencil", "h", CEmitter.INSTANCE),
    /** A Fortran 2008 module of {@code pure} procedures; the name is the module's. */
    FORTRAN("stencil", "f90", FortranEmitter.INSTANCE),
    /** A Python 3 module over NumPy; the name is the module's (its file is {@code NAME.py}). */
    PYTHON("stencil", "py", PythonEmitter.INSTANCE);

    private final String defaultName;
    private final String extension;
    private final Emitter emitter;

    Language(String defaultName, String extension, Emitter emitter) {
        this.defaultName = defaultName;
        this.extension = extension;
        this.emitter = emitter;
    }

    /** @return the name used when none is given: {@code Stencil} for Java, {@code stencil} otherwise */
    public String defaultName() {
        return defaultName;
    }

    /** @return the usual file extension, without the dot: {@code java}, {@code h}, {@code f90}, {@code py} */
    public String extension() {
        return extension;
    }

    /**
     * @param name what a user asked the generated code to be called
     * @return the name, unchanged, if this language accepts it
     * @throws StencilforgeException with one sentence saying why not and what to use instead
     */
    public String checkName(String name) {
        return emitter.checkName(name);
    }

    /**
     * @param kernel a one-dimensional whole-array operator and its adjoint
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file
     * @throws StencilforgeException if the name is refused
     */
    public String emit(ArrayKernel kernel, String name) {
        return emit(kernel, name, Precision.DOUBLE);
    }

    /**
     * @param kernel a one-dimensional whole-array operator and its adjoint
     * @param name the name, checked by {@link #checkName}
     * @param precision the arithmetic of the generated code: its types and literals
     * @return the whole source file
     * @throws StencilforgeException if the name is refused, or a weight is past the precision's range
     */
    public String emit(ArrayKernel kernel, String name, Precision precision) {
        checkName(name);
        ArrayKernel k = kernel.in(precision);
        return emitter.emit(k, name, precision);
    }

    /**
     * @param kernel any whole 1-D operator (periodic, staggered, convolution, chosen closures)
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file: apply_all, apply_adjoint, apply_normal and gradient
     * @throws StencilforgeException if the name is refused
     */
    public String emit(LineKernel kernel, String name) {
        return emit(kernel, name, Precision.DOUBLE);
    }

    /**
     * @param kernel any whole 1-D operator
     * @param name the name, checked by {@link #checkName}
     * @param precision the arithmetic of the generated code: its types and literals
     * @return the whole source file
     * @throws StencilforgeException if the name is refused, or a weight is past the precision's range
     */
    public String emit(LineKernel kernel, String name, Precision precision) {
        checkName(name);
        LineKernel k = kernel.in(precision);
        return emitter.emit(k, name, precision);
    }

    /**
     * @param kernel weights or a matrix on given nodes, already in its precision
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file
     */
    public String emit(NodeKernel kernel, String name) {
        checkName(name);
        return emitter.emit(kernel, name);
    }

    /**
     * @param kernel a multidimensional stencil with integer offsets
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file
     * @throws StencilforgeException if the name is refused
     */
    public String emit(PointKernel kernel, String name) {
        return emit(kernel, name, Precision.DOUBLE);
    }

    /**
     * @param kernel a multidimensional stencil with integer offsets
     * @param name the name, checked by {@link #checkName}
     * @param precision the arithmetic of the generated code: its types and literals
     * @return the whole source file
     * @throws StencilforgeException if the name is refused, or a weight is past the precision's range
     */
    public String emit(PointKernel kernel, String name, Precision precision) {
        checkName(name);
        PointKernel k = kernel.in(precision);
        return emitter.emit(k, name, precision);
    }

    /**
     * @param kernel a stencil with symbolic spacings
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file: a function of the array, the index and the spacings
     * @throws StencilforgeException if the name is refused, or a symbol cannot be a parameter of
     *     the function in this language (a reserved word, a name the function uses, or two symbols
     *     the language does not tell apart)
     */
    public String emit(SymbolicKernel kernel, String name) {
        checkName(name);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String p : kernel.parameters()) {
            try {
                if (this == FORTRAN) {
                    FortranEmitter.checkArgument(p);
                } else {
                    checkName(p);
                }
            } catch (StencilforgeException e) {
                throw new StencilforgeException("the symbol " + p + " cannot be an argument of the generated "
                        + label() + " function: " + e.getMessage().replaceFirst("^name \"[^\"]*\" ", "it ")
                        .replace("; use", "; rename the symbol, e.g. use"));
            }
            String key = this == FORTRAN ? p.toLowerCase(Locale.ROOT) : p;
            if (kernel.fixedArguments().contains(key) || !seen.add(key) || key.equals(this == FORTRAN
                    ? name.toLowerCase(Locale.ROOT) : name) || (this == FORTRAN && key.equals("d"))) {
                throw new StencilforgeException("the symbol " + p + " clashes with another name of the generated "
                        + label() + " function (" + String.join(", ", kernel.fixedArguments())
                        + (this == FORTRAN ? ", d, and symbols that differ only in case" : "")
                        + ", or the name " + name + "): rename the symbol");
            }
        }
        return emitter.emit(kernel, name);
    }

    /**
     * @param kernel a compact scheme on a whole line: the banded solve of {@code A d = h^(-m) B f}
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file
     * @throws StencilforgeException if the name is refused
     */
    public String emit(CompactKernel kernel, String name) {
        checkName(name);
        return emitter.emit(kernel, name);
    }

    /** @return {@code java}, {@code c}, {@code fortran}, {@code python}: the {@code --format} label */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A refusal of a name, in the common form. */
    static StencilforgeException refused(String name, String why, String fix) {
        return new StencilforgeException("name " + org.stencilforge.arithmetic.RationalParser.quote(name) + " " + why
                + "; " + fix);
    }

    /**
     * @param kernel a whole operator on a tensor grid, 2 or 3 dimensions
     * @param name the name, checked by {@link #checkName}
     * @return the whole source file: apply_all and apply_adjoint on flat arrays with strides
     * @throws StencilforgeException if the name is refused
     */
    public String emit(GridKernel kernel, String name) {
        checkName(name);
        return emitter.emit(kernel, name);
    }
}
