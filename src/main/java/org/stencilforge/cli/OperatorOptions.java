package org.stencilforge.cli;

import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.BoundaryPoints;
import org.stencilforge.operator.ClosureRule;
import org.stencilforge.operator.ConvolutionMode;
import org.stencilforge.operator.Lines;
import org.stencilforge.operator.WholeOperator;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.LineKernel;
import org.stencilforge.request.Inputs;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;
import picocli.CommandLine.Option;

/**
 * The options of {@code matrix} that choose a whole 1-D operator other than the
 * default central matrix with closures: the interior stencil's offsets,
 * periodic, staggered, chosen closures, convolution modes, the normal matrix,
 * and its exact properties. Maps them to {@link Lines}.
 */
final class OperatorOptions {

    @Option(names = "--offsets", paramLabel = "S1,S2,...",
            description = "Interior stencil on these offsets (instead of the central one of --accuracy): integers,"
                    + " or half-integers such as -1/2,1/2 for a staggered operator (with --from).")
    String offsets;

    @Option(names = "--periodic", description = "The periodic (circulant) operator: no closures.")
    boolean periodic;

    @Option(names = "--from", paramLabel = "GRID", converter = StaggerConverter.class,
            description = "Staggered: centres (N cell centres to the N+1 faces) or faces (back).")
    Stagger from;

    @Option(names = "--boundary-accuracy", paramLabel = "Q",
            description = "Order of accuracy of the closure rows (each on M+Q points; default: the interior's).")
    Integer boundaryAccuracy;

    @Option(names = "--boundary-width", paramLabel = "W",
            description = "Rows at each end that use closures (default: where the stencil leaves the grid).")
    Integer boundaryWidth;

    @Option(names = "--boundary-points", paramLabel = "RULE", converter = PointsConverter.class,
            description = "nearest (default: the M+Q points nearest the row) or own (starting at the row's point).")
    BoundaryPoints boundaryPoints;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "The Toeplitz convolution matrix of the stencil, no closures: full ((N+m-1)×N),"
                    + " same (N×N) or valid ((N-m+1)×N), m the stencil's span.")
    ConvolutionMode mode;

    @Option(names = "--normal", description = "Print D^T D, the matrix of the normal equations, exactly (generated"
            + " code always has apply_normal and gradient; --normal alone gives it for the default operator).")
    boolean normal;

    @Option(names = "--properties",
            description = "Also print the exact properties (text, json): each row's order, zero row sums, the null"
                    + " space (N <= 400), the eigenvalue counts by side of the imaginary axis (N <= 32).")
    boolean properties;

    /** Which grid a staggered operator starts from. */
    enum Stagger { CENTRES, FACES }

    /** @return whether an option asks for an operator other than the default matrix (not --properties alone) */
    boolean operatorRequested() {
        return offsets != null || periodic || from != null || boundaryAccuracy != null || boundaryWidth != null
                || boundaryPoints != null || mode != null || normal;
    }

    /**
     * @param derivative the derivative
     * @param accuracy the central preset's accuracy, or null when {@code --offsets} gives the stencil
     * @param n {@code --points}
     * @param limits the size bounds
     * @return the operator these options ask for, transposed or normal as asked
     */
    WholeOperator build(int derivative, Integer accuracy, int n, boolean transpose, Limits limits) {
        Stencil stencil = stencil(derivative, accuracy, transpose, limits);
        WholeOperator op = base(stencil, n, limits);
        return normal ? op.normal() : transpose ? op.transpose() : op;
    }

    /**
     * What generated code applies: {@code D} and its exact transpose on inputs of any length,
     * read off the exact matrices of this request's operator (Kernels).
     *
     * @param derivative the derivative
     * @param accuracy the central preset's accuracy, or null when {@code --offsets} gives the stencil
     * @param n {@code --points}: checked against the shortest grid the code accepts
     * @param limits the size bounds
     * @return the kernel
     */
    LineKernel kernel(int derivative, Integer accuracy, int n, Limits limits) {
        Stencil stencil = stencil(derivative, accuracy, false, limits);
        WholeOperator op = base(stencil, n, limits); // refuses a bad grid as the matrix would
        LineKernel kernel = periodic ? Kernels.periodic(stencil)
                : Kernels.of(k -> base(stencil, k, limits).matrix(), n, op.kind(), stencil);
        int inputs = op.matrix().columns();
        if (inputs < kernel.minLength()) {
            throw new StencilforgeException(n + " points are too few for the generated code of this operator (its"
                    + " table holds from " + kernel.minLength() + " input values on): give --points "
                    + (kernel.minLength() + n - inputs) + " or more");
        }
        return kernel;
    }

    private Stencil stencil(int derivative, Integer accuracy, boolean transpose, Limits limits) {
        if ((accuracy == null) == (offsets == null)) {
            throw new StencilforgeException("give exactly one of --accuracy P (the central stencil) or"
                    + " --offsets=S1,S2,... (the interior stencil's offsets)");
        }
        boolean closures = boundaryAccuracy != null || boundaryWidth != null || boundaryPoints != null;
        if (mode != null && (closures || periodic || from != null)) {
            throw new StencilforgeException("--mode gives the convolution matrix without closures: drop "
                    + (closures ? "--boundary-accuracy, --boundary-width and --boundary-points"
                            : periodic ? "--periodic" : "--from"));
        }
        if (periodic && (closures || from != null)) {
            throw new StencilforgeException("a periodic operator has no closures and no staggering: drop "
                    + (closures ? "--boundary-accuracy, --boundary-width and --boundary-points" : "--from"));
        }
        if (normal && transpose) {
            throw new StencilforgeException("D^T D is symmetric: drop --transpose (or --normal)");
        }
        if (boundaryWidth != null && boundaryWidth < 0) {
            throw new StencilforgeException("--boundary-width must be 0 or more, not " + boundaryWidth);
        }
        List<Rational> s = offsets == null ? null : Inputs.numbers("--offsets", offsets);
        boolean staggered = s != null && s.stream().anyMatch(x -> !x.isInteger());
        if (staggered && from == null) {
            throw new StencilforgeException("half-integer offsets make a staggered operator: add --from centres"
                    + " (the N cell centres to the N+1 faces) or --from faces");
        }
        if (from != null && !staggered) {
            throw new StencilforgeException("--from is for staggered operators: give half-integer offsets such as"
                    + " --offsets=-1/2,1/2");
        }
        Stencil stencil = s == null ? Stencils.preset(Scheme.CENTRAL, derivative, accuracy, limits)
                : Stencils.fromOffsets(derivative, s, limits);
        return stencil;
    }

    private WholeOperator base(Stencil stencil, int n, Limits limits) {
        boolean staggered = stencil.axis(0).stream().anyMatch(x -> !x.isInteger());
        ClosureRule rule = new ClosureRule(boundaryAccuracy == null ? OptionalInt.empty() : OptionalInt.of(boundaryAccuracy),
                boundaryWidth == null ? OptionalInt.empty() : OptionalInt.of(boundaryWidth),
                boundaryPoints == null ? BoundaryPoints.NEAREST : boundaryPoints);
        return mode != null ? Lines.convolution(stencil, n, mode, limits)
                : periodic ? Lines.periodic(stencil, n, limits)
                : staggered ? Lines.staggered(stencil, n, from == Stagger.CENTRES, rule, limits)
                : Lines.collocated(stencil, n, rule, limits);
    }

    /** {@code --from}. */
    static final class StaggerConverter extends LabelConverter<Stagger> {
        StaggerConverter() {
            super(Stagger.class);
        }
    }

    /** {@code --boundary-points}. */
    static final class PointsConverter extends LabelConverter<BoundaryPoints> {
        PointsConverter() {
            super(BoundaryPoints.class);
        }
    }

    /** {@code --mode}. */
    static final class ModeConverter extends LabelConverter<ConvolutionMode> {
        ModeConverter() {
            super(ConvolutionMode.class);
        }
    }
}
