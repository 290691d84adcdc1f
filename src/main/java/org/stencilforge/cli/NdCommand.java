package org.stencilforge.cli;

import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.request.AxisSpacings;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.GridOptions;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.symbolic.SymbolicGridStencil;
import org.stencilforge.symbolic.SymbolicLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code stencilforge nd}: mixed derivatives and operators in several dimensions. */
@Command(name = "nd",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Derives a stencil in d dimensions, L f(x) ≈ h^(-m) Σ w_j f(x + s_j h) with one h for every axis, "
                + "for a partial derivative (--derivative 1,1 is f_xy) or an operator with rational "
                + "coefficients (--operator \"Dxx + Dyy\", laplacian, biharmonic), with its exact order and "
                + "every leading error term.",
            "",
            "--accuracy builds tensor products of 1-D stencils (one accuracy, or one per axis; "
                + "--axis-offsets gives each axis its own offsets). --offsets or --shape solve the "
                + "multivariate Taylor conditions on those points to the highest degree they allow; when the "
                + "weights are not unique, --rule auto makes the leading error isotropic where it can (the "
                + "classic 9-point Laplacian), then exact on further monomials, then takes the least norm; "
                + "--rule min-norm takes the least norm at once."},
        footer = {"",
            "Operators: [coefficient] D<axes> terms joined by + and -, axes x, y, z, w",
            "(Dxx + Dyy, 2 Dxxyy), D[2,0,1] in any dimension, laplacian, biharmonic.",
            "",
            "Examples:",
            "  stencilforge nd --derivative 1,1 --accuracy 4",
            "  stencilforge nd --operator laplacian --dimension 2 --shape box --radius 1",
            "  stencilforge nd --operator Dxx+Dyy --offsets=\"0,0;1,0;-1,0;0,1;0,-1\"",
            "  stencilforge nd --operator Dxxyy --accuracy 2 --format latex",
            "  stencilforge nd --derivative 2,0,1 --accuracy 2,2,4 --format java",
            "  stencilforge nd --operator laplacian --accuracy 2 --spacing 1/10,1/20",
            "  stencilforge nd --operator laplacian --dimension 2 --shape box --radius 1 \\",
            "      --spacing hx,hy",
            "  stencilforge nd --operator laplacian --dimension 2 --shape box --radius 1 \\",
            "      --format c --name lap9"})
final class NdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", paramLabel = "A1,A2,...",
            description = "A partial derivative as a multi-index; its length is the dimension.")
    private String derivative;

    @Option(names = "--operator", paramLabel = "TEXT", description = "An operator, e.g. \"Dxx + Dyy\" or laplacian.")
    private String operator;

    @Option(names = "--dimension", paramLabel = "D", description = "The dimension, where nothing else implies it.")
    private Integer dimension;

    @Option(names = "--accuracy", paramLabel = "P[,P...]",
            description = "Tensor product of presets: one accuracy, or one per axis.")
    private String accuracy;

    @Option(names = "--scheme", paramLabel = "S[,S...]",
            description = "With --accuracy: central (default), forward or backward, one or per axis.")
    private String scheme;

    @Option(names = "--axis-offsets", paramLabel = "S,..;S,..",
            description = "Tensor product of given 1-D offsets, one list per axis, separated by ';'.")
    private String axisOffsets;

    @Option(names = "--offsets", paramLabel = "X,Y;X,Y;...",
            description = "Offset vectors separated by ';' (solve the Taylor conditions).")
    private String offsets;

    @Option(names = "--shape", paramLabel = "SHAPE", converter = LabelConverter.ShapeConverter.class,
            description = "cross, box or diamond (with --radius): offsets by shape.")
    private Shapes shape;

    @Option(names = "--radius", paramLabel = "R", description = "The radius of --shape.")
    private Integer radius;

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "auto", converter = LabelConverter.RuleConverter.class,
            description = "When the weights are not unique: auto (default) or min-norm.")
    private MomentSolver.Rule rule;

    @Option(names = "--spacing", paramLabel = "HX,HY[,HZ]",
            description = "A spacing per axis: the stencil on the grid (i hx, j hy), its weights carrying the "
                    + "spacings: exact numbers (1/10,1/20) or symbols (hx,hy).")
    private String spacing;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many powers of h of the error to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown, json, csv, latex; code: java, c, fortran, python; with --points"
                    + " also mtx (Matrix Market).")
    private String formatText;

    /** {@code --format} read: null for mtx, which only the whole operator has. */
    private Format format;

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "343",
            description = "Refuse stencils of more points (default: ${DEFAULT-VALUE}, a 7x7x7 box; a solve "
                    + "costs about N^3 times the length of the weights).")
    private int maxNodes;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + SymbolicLimits.DEFAULT_MAX_SECONDS,
            description = "Symbolic spacings: refuse simplification that takes longer (default: ${DEFAULT-VALUE} s).")
    private double maxSeconds;

    @Mixin
    private WorkLimit work;

    @Mixin
    private CodeOptions code;

    @Mixin
    private OutputOptions common;

    @Mixin
    private GridOperatorOptions grid;

    @Override
    public Integer call() {
        boolean mtx = formatText.strip().equalsIgnoreCase("mtx");
        format = mtx ? null : GridOperatorOptions.format(FORMATS, formatText);
        if (grid.requested()) {
            return whole(mtx);
        }
        if (mtx) {
            throw new StencilforgeException("--format mtx prints the whole operator on a grid: add --points N1,N2");
        }
        if (grid.strayOption() != null) {
            throw new StencilforgeException(grid.strayOption() + " is for the whole operator on a grid: add --points"
                    + " N1,N2");
        }
        Limits limits = new Limits(maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        limits.checkErrorTerms(errorTerms);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix");
        String name = code.name(format);
        boolean ruleGiven = spec.commandLine().getParseResult().hasMatchedOption("--rule");
        // nothing else implies the dimension of --operator laplacian: the spacings do, one per axis
        Integer dim = dimension != null || spacing == null || derivative != null || offsets != null
                || axisOffsets != null ? dimension : (Integer) spacing.split(",", -1).length;
        StencilRequest request = new GridOptions(derivative, operator, dim, accuracy, scheme,
                axisOffsets, offsets, shape, radius, ruleGiven ? rule : null).toRequest();
        if (spacing != null && AxisSpacings.rational(spacing).isEmpty()) {
            if (format == Format.CSV) {
                throw new StencilforgeException("stencils with symbolic spacings print as text, markdown, latex,"
                        + " json or code: use --format text (or give the spacings as numbers)");
            }
            SymbolicGridStencil s = AxisSpacings.deriveSymbolic(request, AxisSpacings.symbolic(spacing), errorTerms,
                    limits, SymbolicLimits.DEFAULT.withMaxSeconds(maxSeconds));
            common.write(format.isCode() ? code.emit(format, name, s) : format.symbolicRenderer().render(s, options), spec);
            return Main.OK;
        }
        AnalysedStencil result = spacing == null ? Derivations.derive(request, errorTerms, limits)
                : AxisSpacings.derive(request, AxisSpacings.rational(spacing).orElseThrow(), errorTerms, limits);
        common.write(format.isCode() ? code.emit(format, name, result)
                : format.stencilRenderer(options).render(result), spec);
        return Main.OK;
    }

    private static final LabelConverter.StencilFormatConverter FORMATS = new LabelConverter.StencilFormatConverter();

    /** {@code --points}: the whole operator on a tensor grid, as a summary, mtx, json or code. */
    private Integer whole(boolean mtx) {
        Limits limits = new Limits(maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        if (spacing != null) {
            throw new StencilforgeException("the whole operator on a grid uses one spacing h: drop --spacing");
        }
        GridOptions options = new GridOptions(derivative, operator, dimension, accuracy, scheme, axisOffsets, offsets,
                shape, radius, spec.commandLine().getParseResult().hasMatchedOption("--rule") ? rule : null);
        boolean decimal = grid.decimal();
        if (decimal && !mtx) {
            throw new StencilforgeException("--numbers decimal is for --format mtx (json entries are exact)");
        }
        if (!mtx && format.isCode()) {
            if (grid.transpose) {
                throw new StencilforgeException("generated code holds D and its adjoint: drop --transpose");
            }
            common.write(code.emit(format, code.name(format), grid.kernel(options, limits)), spec);
            return Main.OK;
        }
        if (!mtx && format != Format.TEXT && format != Format.JSON) {
            throw new StencilforgeException("the whole operator on a grid prints as text (a summary), mtx or json, or"
                    + " as code: use --format text, mtx, json, java, c, fortran or python");
        }
        org.stencilforge.operator.GridOperator op = grid.build(options, limits);
        Limits.checkOutput(op.matrix().nonZeros() * 24.0);
        common.write(mtx ? new org.stencilforge.render.MtxRenderer(decimal).render(op)
                : format == Format.JSON ? org.stencilforge.render.GridRenderer.json(op)
                : org.stencilforge.render.GridRenderer.text(op), spec);
        return Main.OK;
    }
}
