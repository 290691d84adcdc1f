package org.stencilforge.cli;

import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.Language;
import org.stencilforge.codegen.Precision;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.render.Format;
import picocli.CommandLine.Option;

/** The names of generated code, for the commands that generate it. */
final class CodeOptions {

    @Option(names = "--name", paramLabel = "NAME",
            description = "Code: the name (C prefix, Fortran module, Python module, Java class; default stencil,"
                    + " or Stencil in Java).")
    String name;

    @Option(names = "--class-name", paramLabel = "NAME", description = "Java: the class name (default: Stencil).")
    String className;

    @Option(names = "--package", paramLabel = "NAME", description = "Java: the package (default: none).")
    String packageName;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "double",
            description = "Code: the arithmetic, single or double (default: ${DEFAULT-VALUE}): the types (Java and C"
                    + " float, Fortran real(real32), NumPy float32) and every literal, the exact weight rounded once"
                    + " to that precision.")
    String precision;

    /** The largest stencil generated code is written for by default: the tests compile and run it in every language. */
    static final int MAX_CODE_POINTS = 201;

    @Option(names = "--max-code-points", paramLabel = "N", defaultValue = "" + MAX_CODE_POINTS,
            description = "Code: refuse stencils or closures of more points (default: ${DEFAULT-VALUE}, the"
                    + " largest the tests compile in every language).")
    int maxCodePoints;

    /**
     * @param format a code format
     * @param name the checked name
     * @param operator a whole-array operator
     * @return the source file
     * @throws StencilforgeException if a row has more points than {@code --max-code-points}
     */
    String emit(Format format, String name, DifferentiationOperator operator) {
        int interior = operator.interior().stencil().size();
        int closure = operator.interior().stencil().derivative() + operator.closureOrder();
        checkSize(Math.max(interior, closure));
        return language(format).emit(Kernels.of(operator), name, precision());
    }

    /**
     * @param format a code format
     * @param name the checked name
     * @param kernel a whole operator on a tensor grid (generated in double precision only)
     * @return the source file
     * @throws StencilforgeException if a row has more points than {@code --max-code-points}, or if
     *         {@code --precision single} was asked for
     */
    String emit(Format format, String name, org.stencilforge.codegen.GridKernel kernel) {
        if (precision() != Precision.DOUBLE) {
            throw new StencilforgeException("operators on grids are generated in double precision only:"
                    + " drop --precision single");
        }
        checkSize(Math.max(kernel.operator().widest(), kernel.adjoint().widest()));
        return language(format).emit(kernel, name);
    }

    /** The most points any row of the operator or its adjoint uses. */
    private static int widest(org.stencilforge.codegen.LineKernel kernel) {
        return java.util.stream.Stream.of(kernel.operator(), kernel.adjoint())
                .mapToInt(r -> r.tableOrder().stream().mapToInt(s -> s.exact().size()).max().orElse(0)).max().orElse(0);
    }

    /**
     * @param format a code format
     * @param name the checked name
     * @param kernel any whole 1-D operator
     * @return the source file
     * @throws StencilforgeException if a row has more points than {@code --max-code-points}
     */
    String emit(Format format, String name, org.stencilforge.codegen.LineKernel kernel) {
        checkSize(widest(kernel));
        return language(format).emit(kernel, name, precision());
    }

    /**
     * @param format a code format
     * @param name the checked name
     * @param kernel weights or a matrix on given nodes
     * @return the source file
     * @throws StencilforgeException if a row has more points than {@code --max-code-points}
     */
    String emit(Format format, String name, org.stencilforge.codegen.NodeKernel kernel) {
        checkSize(kernel.width());
        return language(format).emit(kernel, name);
    }

    /**
     * @param format a code format
     * @param name the checked name
     * @param stencil a multidimensional stencil
     * @return the source file
     * @throws StencilforgeException if it has more points than {@code --max-code-points}
     */
    String emit(Format format, String name, AnalysedStencil stencil) {
        checkSize(stencil.stencil().size());
        return language(format).emit(Kernels.of(stencil), name, precision());
    }

    /**
     * @return the {@code --precision} of generated code
     * @throws StencilforgeException if it is neither {@code single} nor {@code double}
     */
    Precision precision() {
        return switch (precision) {
            case "single" -> Precision.SINGLE;
            case "double" -> Precision.DOUBLE;
            default -> throw new StencilforgeException("--precision takes single or double, not "
                    + org.stencilforge.arithmetic.RationalParser.quote(precision));
        };
    }

    /** Symbolic coefficients are spelled in double precision only. */
    private void doubleOnly() {
        if (precision() != Precision.DOUBLE) {
            throw new StencilforgeException("--precision single is for numeric weights; code with symbolic spacings"
                    + " is generated in double precision only: drop --precision");
        }
    }

    private void checkSize(int points) {
        if (points > maxCodePoints) {
            throw new StencilforgeException("generated code for stencils of " + points + " points is past the limit"
                    + " of " + maxCodePoints + " (beyond it compilers take minutes and the files grow to many"
                    + " megabytes); ask for fewer points, or raise the limit with --max-code-points");
        }
    }

    /**
     * @param format the chosen format
     * @return the language, or {@code null} for a document
     */
    static Language language(Format format) {
        return format.isCode() ? Language.valueOf(format.name()) : null;
    }

    /**
     * @return the checked name of the generated code: {@code --name}, or for
     *     Java {@code --package} and {@code --class-name} joined
     * @throws StencilforgeException for names given with a document format, Java
     *     options with another language, or a name the language refuses
     */
    String name(Format format) {
        boolean java = className != null || packageName != null;
        if (!format.isCode()) {
            if (precision() != Precision.DOUBLE) {
                throw new StencilforgeException("--precision sets the arithmetic of generated code; add --format java,"
                        + " c, fortran or python, or drop it");
            }
            if (name != null || java) {
                throw new StencilforgeException("--name, --class-name and --package name generated code; add"
                        + " --format java, c, fortran or python, or drop them");
            }
            return null;
        }
        Language language = language(format);
        if (language != Language.JAVA && java) {
            throw new StencilforgeException("--class-name and --package name Java classes; for "
                    + language.label() + " use --name");
        }
        if (name != null && java) {
            throw new StencilforgeException("give either --name or --class-name/--package, not both");
        }
        String chosen = name != null ? name
                : language == Language.JAVA ? (packageName == null || packageName.isEmpty() ? "" : packageName + ".")
                        + (className == null ? language.defaultName() : className)
                : language.defaultName();
        return language.checkName(chosen);
    }

    /** @return the source of a stencil on symbolic offsets: a function of the array, the index and the symbols */
    String emit(Format format, String name, org.stencilforge.symbolic.SymbolicStencil stencil) {
        checkSize(stencil.size());
        doubleOnly();
        return language(format).emit(org.stencilforge.codegen.Kernels.of(stencil), name);
    }

    /** @return the source of a stencil with symbolic spacings: the strided point form plus the spacings */
    String emit(Format format, String name, org.stencilforge.symbolic.SymbolicGridStencil stencil) {
        checkSize(stencil.offsets().size());
        doubleOnly();
        return language(format).emit(org.stencilforge.codegen.Kernels.of(stencil), name);
    }
}
