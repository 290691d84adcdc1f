package org.stencilforge.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.codegen.NodeKernel;
import org.stencilforge.derivation.Limits;
import org.stencilforge.operator.Closures;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.render.Format;
import org.stencilforge.render.LatexRenderer;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.request.Inputs;
import org.stencilforge.real.Real;
import org.stencilforge.real.RealMatrix;
import org.stencilforge.real.RealStencils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge matrix}: the exact differentiation matrix with boundary closures, or its transpose. */
@Command(name = "matrix",
        header = "Prints an exact 1-D operator: the differentiation matrix with closures, periodic, staggered,"
                + " convolution modes, D^T D, on rational or real nodes; or code for it.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints the exact N×N differentiation matrix D of derivative M: the central stencil of "
                + "accuracy P in the interior and, where it would leave the grid, the M + P nearest points "
                + "(one-sided at the ends), so every row has order of accuracy at least P. On a uniform "
                + "grid the matrix shown is h^M D. With --nodes every row uses the M + P nearest nodes and "
                + "the entries include the spacings. --transpose gives D^T, the adjoint."},
        footer = {"",
            "Examples:",
            "  stencilforge matrix --derivative 2 --accuracy 2 --points 6",
            "  stencilforge matrix --derivative 1 --accuracy 4 --points 10 --transpose \\",
            "      --format csv",
            "  stencilforge matrix --derivative 1 --accuracy 2 --nodes=0,0.1,0.3,0.6,1 \\",
            "      --format json",
            "  stencilforge matrix --derivative 2 --accuracy 2 --points 5 --format latex \\",
            "      --standalone",
            "  stencilforge matrix --derivative 1 --accuracy 4 --points 12 --format c \\",
            "      --name d1",
            "  stencilforge matrix --derivative 1 --global --nodes=chebyshev-lobatto:9 \\",
            "      --digits 30 --format json",
            "  stencilforge matrix --derivative 2 --accuracy 4 --nodes=legendre-gauss:12 \\",
            "      --interval 0,1"})
final class MatrixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", required = true, paramLabel = "M", description = "Order of the derivative.")
    private int derivative;

    @Option(names = "--accuracy", paramLabel = "P",
            description = "Order of accuracy (even on a uniform grid, where the interior is central).")
    private Integer accuracy;

    @Option(names = "--global", description = "With --nodes, instead of --accuracy: every row uses every node (the"
            + " spectral differentiation matrix).")
    private boolean global;

    @Option(names = "--points", paramLabel = "N", description = "Uniform grid of N points.")
    private Integer points;

    @Option(names = "--nodes", paramLabel = "X1,X2,...", description = "Non-uniform grid: the nodes, any order.")
    private String nodes;

    @Option(names = "--transpose", description = "Print D^T, the matrix of the adjoint.")
    private boolean transpose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv, json, mtx (Matrix Market) or latex (N <= "
                    + LatexRenderer.MAX_MATRIX_SIZE + "); code for the operator on any N: java, c, fortran, python.")
    private String formatText;

    /** {@code --format} read; {@link Format#TEXT} for mtx, which {@link #mtx} marks. */
    private Format format;

    /** Whether {@code --format mtx} was asked for. */
    private boolean mtx;

    @Option(names = "--latex-env", paramLabel = "ENV", defaultValue = "bmatrix",
            description = "LaTeX: bmatrix (default) or pmatrix.")
    private String environment;

    @Mixin
    private WorkLimit work;

    @Mixin
    private CodeOptions code;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Mixin
    private OperatorOptions operator;

    @Mixin
    private RealOptions real;

    @Override
    public Integer call() {
        mtx = formatText.strip().equalsIgnoreCase("mtx");
        format = mtx ? Format.TEXT : GridOperatorOptions.format(new LabelConverter.MatrixFormatConverter(), formatText);
        if (mtx && RealOptions.isReal(nodes)) {
            throw new StencilforgeException("--format mtx is for exact matrices: give rational --nodes, or use"
                    + " --format csv or json for real nodes");
        }
        Limits limits = new Limits(limit.maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), environment);
        String name = code.name(format);
        if (operator.operatorRequested() || operator.properties) {
            if (global) {
                throw new StencilforgeException("--global is for --nodes: drop it, or drop the operator options");
            }
            return whole(limits, options, accuracy);
        }
        if ((points == null) == (nodes == null)) {
            throw new StencilforgeException("give exactly one of --points N (a uniform grid) or --nodes=X1,X2,...");
        }
        if (accuracy == null && !global) {
            throw new StencilforgeException("give --accuracy P (the order of accuracy), --offsets=S1,S2,... (the"
                    + " interior stencil), or --global with --nodes (every row uses every node)");
        }
        if (accuracy != null && global) {
            throw new StencilforgeException("give one of --accuracy P or --global, not both");
        }
        if (global && nodes == null) {
            throw new StencilforgeException("--global needs --nodes=X1,X2,... (or a node set such as"
                    + " chebyshev-lobatto:N)");
        }
        if (RealOptions.isReal(nodes)) {
            common.write(realMatrix(options, limits), spec);
            return Main.OK;
        }
        boolean decimal = real.decimal(format, false);
        if (format.isCode() && nodes != null && !transpose) {
            common.write(code.emit(format, name, nodeKernel(exactMatrix(Inputs.numbers("--nodes", nodes), limits))), spec);
            return Main.OK;
        }
        if (format.isCode()) {
            if (transpose) {
                throw new StencilforgeException("generated code holds D (and, on --points, its adjoint): drop --transpose");
            }
            limits.checkNodes(points);
            DifferentiationOperator operator = Closures.around(Derivations.derive(
                    new StencilRequest.Preset(Scheme.CENTRAL, derivative, accuracy), 1, limits), limits);
            if (points < operator.minLength()) {
                throw new StencilforgeException(points + " points are too few for derivative " + derivative
                        + " at accuracy " + accuracy + ": the generated code needs at least "
                        + operator.minLength() + " points");
            }
            common.write(code.emit(format, name, operator), spec);
            return Main.OK;
        }
        List<Rational> grid = nodes == null ? null : Inputs.numbers("--nodes", nodes);
        int size = points != null ? points : grid.size();
        if (mtx) {
            DifferentiationMatrix d = exactMatrix(grid, limits);
            common.write(new org.stencilforge.render.MtxRenderer(decimal).render(transpose ? d.transpose() : d), spec);
            return Main.OK;
        }
        if (decimal) {
            checkLatexSize(size);
            DifferentiationMatrix d = exactMatrix(grid, limits);
            common.write(real.render(format, options, transpose ? d.transpose() : d, global ? null : accuracy), spec);
            return Main.OK;
        }
        if (format == Format.LATEX && size > LatexRenderer.MAX_MATRIX_SIZE) {
            throw new StencilforgeException("LaTeX matrices are for small grids (at most "
                    + LatexRenderer.MAX_MATRIX_SIZE + " points, not " + size + "); use --format csv or json");
        }
        DifferentiationMatrix d = exactMatrix(grid, limits);
        common.write(format.matrixRenderer(options).render(transpose ? d.transpose() : d), spec);
        return Main.OK;
    }

    /** The operators of {@link OperatorOptions}, and {@code --properties} of any matrix. */
    private Integer whole(Limits limits, RenderOptions options, Integer p) {
        if (points == null) {
            throw new StencilforgeException("these operators are on a uniform grid: give --points N"
                    + (nodes != null ? " instead of --nodes" : ""));
        }
        if (nodes != null) {
            throw new StencilforgeException("give exactly one of --points N (a uniform grid) or --nodes=X1,X2,...");
        }
        if (format.isCode()) {
            if (transpose || operator.properties) {
                throw new StencilforgeException("generated code holds D, its adjoint, D^T D and the gradient of"
                        + " 1/2 ||D f - y||^2: drop " + (transpose ? "--transpose" : "--properties"));
            }
            common.write(code.emit(format, code.name(format), operator.kernel(derivative, p, points, limits)), spec);
            return Main.OK;
        }
        org.stencilforge.operator.WholeOperator op = operator.build(derivative, p, points, transpose, limits);
        org.stencilforge.operator.DifferentiationMatrix d = op.matrix();
        int largest = Math.max(d.size(), d.columns());
        if (format == Format.LATEX && largest > LatexRenderer.MAX_MATRIX_SIZE) {
            throw new StencilforgeException("LaTeX matrices are for small grids (at most "
                    + LatexRenderer.MAX_MATRIX_SIZE + " rows and columns, not " + largest + "); use --format csv or json");
        }
        Limits.checkOutput((double) d.size() * d.columns() * 4);
        var renderer = mtx ? new org.stencilforge.render.MtxRenderer("decimal".equals(real.numbers))
                : format.matrixRenderer(options);
        if (operator.properties && !renderer.printsProperties()) {
            throw new StencilforgeException("--properties are printed in text and json: use --format text or json");
        }
        common.write(operator.properties
                ? renderer.render(d, org.stencilforge.operator.OperatorProperties.of(op)) : renderer.render(d), spec);
        return Main.OK;
    }

    /** The exact matrix: on the uniform grid of --points, or on rational --nodes (every node with --global). */
    private DifferentiationMatrix exactMatrix(List<Rational> grid, Limits limits) {
        return points != null ? Closures.uniform(derivative, accuracy, points, limits)
                : Closures.onNodes(derivative, global ? grid.size() - derivative : accuracy, grid, limits);
    }

    private void checkLatexSize(int size) {
        if (format == Format.LATEX && size > LatexRenderer.MAX_MATRIX_SIZE) {
            throw new StencilforgeException("LaTeX matrices are for small grids (at most "
                    + LatexRenderer.MAX_MATRIX_SIZE + " points, not " + size + "); use --format csv or json");
        }
    }

    /** Nodes that are real expressions or a named node set: exact ones in decimals, the others at guaranteed digits. */
    /** @return the matrix on given nodes as generated code's kernel */
    private NodeKernel nodeKernel(DifferentiationMatrix d) {
        List<List<Rational>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            List<Rational> row = new java.util.ArrayList<>();
            for (int j = 0; j < d.columns(); j++) {
                row.add(d.entry(i, j));
            }
            rows.add(row);
        }
        return NodeKernel.exact(true, d.nodes(), rows, code.precision(), what());
    }

    private String what() {
        return "derivative " + derivative + (global ? " (every node in every row)" : " at accuracy " + accuracy);
    }

    private String realMatrix(RenderOptions options, Limits limits) {
        List<Real> grid = real.points("--nodes", nodes, limit.maxNodes);
        List<Rational> exact = RealOptions.exact(grid);
        if (format.isCode()) {
            if (transpose) {
                throw new StencilforgeException("generated code holds D (and, on --points, its adjoint): drop --transpose");
            }
            if (real.digits != null || real.numbers != null) {
                throw new StencilforgeException("--digits and --numbers shape documents; generated code writes"
                        + " correctly rounded numbers, so drop them");
            }
            Integer p = global ? null : accuracy;
            return code.emit(format, code.name(format), exact != null ? nodeKernel(exactMatrix(exact, limits))
                    : NodeKernel.real(true, w -> RealStencils.matrixBalls(grid, derivative, p, w), code.precision(),
                            real.settings().maxWorkingDigits(), what()));
        }
        real.decimal(format, exact == null);
        checkLatexSize(grid.size());
        if (exact != null) {
            DifferentiationMatrix d = exactMatrix(exact, limits);
            return real.render(format, options, transpose ? d.transpose() : d, global ? null : accuracy);
        }
        RealMatrix d = RealStencils.matrix(grid, derivative, global ? null : accuracy, real.settings());
        return real.render(format, options, transpose ? d.transpose() : d);
    }
}
