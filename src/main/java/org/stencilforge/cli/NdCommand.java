package org.stencilforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedMultiStencil;
import org.stencilforge.analysis.MultiTruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.render.Format;
import org.stencilforge.render.JavaRenderer;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.MultiStencil;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;
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
            "  stencilforge nd --derivative 2,0,1 --accuracy 2,2,4 --format java"})
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

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many powers of h of the error to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = LabelConverter.MultiFormatConverter.class,
            description = "text (default), json, csv, latex or java.")
    private Format format;

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "343",
            description = "Refuse stencils of more points (default: ${DEFAULT-VALUE}, a 7x7x7 box; a solve "
                    + "costs about N^3 times the length of the weights).")
    private int maxNodes;

    @Mixin
    private JavaNames javaNames;

    @Mixin
    private OutputOptions common;

    @Override
    public Integer call() {
        Limits limits = new Limits(maxNodes, Limits.DEFAULT.maxErrorTerms());
        limits.checkErrorTerms(errorTerms);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), javaNames.packageName,
                javaNames.className, "bmatrix");
        int sources = (accuracy != null ? 1 : 0) + (axisOffsets != null ? 1 : 0) + (offsets != null ? 1 : 0)
                + (shape != null ? 1 : 0);
        if (sources != 1) {
            throw new StencilforgeException((sources == 0 ? "no points given" : "more than one way to give points")
                    + ": use exactly one of --accuracy, --axis-offsets, --offsets or --shape");
        }
        if (scheme != null && accuracy == null) {
            throw new StencilforgeException("--scheme chooses the points of --accuracy presets; drop it");
        }
        if ((radius != null) != (shape != null)) {
            throw new StencilforgeException("--shape and --radius go together, e.g. --shape box --radius 1");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--rule") && offsets == null && shape == null) {
            throw new StencilforgeException("--rule chooses among solutions on --offsets or --shape; tensor"
                    + " products are unique, so drop it");
        }
        List<List<Rational>> points = offsets == null ? null : points(offsets);
        List<List<Rational>> axes = axisOffsets == null ? null : axisLists(axisOffsets);
        List<String> accuracies = accuracy == null ? null : List.of(accuracy.split(",", -1));
        int implied = points != null && !points.isEmpty() ? points.get(0).size()
                : axes != null ? axes.size()
                : accuracies != null && accuracies.size() > 1 ? accuracies.size() : 0;
        DifferentialOperator op = operator(implied);
        MultiStencil stencil;
        List<Choice> choice;
        if (points != null || shape != null) {
            List<List<Rational>> where = points != null ? points : shape.offsets(op.dimension(), radius, limits);
            MomentSolver.Solution solution = MomentSolver.solve(op, where, rule, limits);
            stencil = solution.stencil();
            choice = solution.choice();
        } else {
            stencil = TensorProducts.of(op, axes != null
                    ? axes.stream().map(a -> (AxisStencil) new AxisStencil.Offsets(a)).toList()
                    : presets(accuracies, op.dimension()), limits);
            choice = List.of(Choice.TENSOR_PRODUCT);
        }
        AnalysedMultiStencil result = new AnalysedMultiStencil(stencil, MultiTruncationError.of(stencil, errorTerms),
                choice);
        common.write(format == Format.JAVA ? new JavaRenderer(options).render(result)
                : format.multiStencilRenderer(options).render(result), spec);
        return Main.OK;
    }

    private DifferentialOperator operator(int implied) {
        if ((derivative == null) == (operator == null)) {
            throw new StencilforgeException("give exactly one of --derivative A1,A2,... (e.g. 1,1 for f_xy) or"
                    + " --operator TEXT (e.g. \"Dxx + Dyy\")");
        }
        int d = dimension != null ? dimension : implied;
        if (dimension != null && (dimension < 1 || dimension > 12)) {
            throw new StencilforgeException("--dimension must be between 1 and 12, not " + dimension);
        }
        if (dimension != null && implied != 0 && implied != dimension) {
            throw new StencilforgeException("--dimension " + dimension + " disagrees with the other options,"
                    + " which imply " + implied + " dimensions");
        }
        if (derivative != null) {
            int[] alpha;
            try {
                alpha = java.util.Arrays.stream(derivative.split(",", -1)).mapToInt(t -> Integer.parseInt(t.strip()))
                        .toArray();
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--derivative: " + RationalParser.quote(derivative)
                        + " is not a multi-index; write the order per axis, e.g. 1,1 for f_xy or 2,0,1");
            }
            if (java.util.Arrays.stream(alpha).anyMatch(a -> a < 0 || a > 1000) || alpha.length > 12) {
                throw new StencilforgeException("--derivative: orders must be between 0 and 1000, in at most 12"
                        + " dimensions");
            }
            if (d != 0 && alpha.length != d) {
                throw new StencilforgeException("--derivative " + derivative + " has " + alpha.length
                        + " axes but the other options imply " + d + " dimensions");
            }
            return DifferentialOperator.partial(MultiIndex.of(alpha));
        }
        DifferentialOperator op = OperatorParser.parse(operator, d);
        if (d != 0 && op.dimension() != d) {
            throw new StencilforgeException("the operator is " + op.dimension() + "-dimensional but the other"
                    + " options imply " + d + " dimensions");
        }
        return op;
    }

    private List<AxisStencil> presets(List<String> accuracies, int d) {
        List<String> schemes = scheme == null ? List.of("central") : List.of(scheme.split(",", -1));
        if ((accuracies.size() != 1 && accuracies.size() != d) || (schemes.size() != 1 && schemes.size() != d)) {
            throw new StencilforgeException("--accuracy and --scheme take one value, or one per axis (" + d + ")");
        }
        List<AxisStencil> axes = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            String p = accuracies.get(accuracies.size() == 1 ? 0 : i).strip();
            String s = schemes.get(schemes.size() == 1 ? 0 : i).strip();
            try {
                axes.add(new AxisStencil.Preset(new LabelConverter.SchemeConverter().convert(s), Integer.parseInt(p)));
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--accuracy: " + RationalParser.quote(p) + " is not an order");
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new StencilforgeException("--scheme: " + e.getMessage());
            }
        }
        return axes;
    }

    /** {@code "x1,y1; x2,y2"} → points; every point must have the same number of coordinates. */
    private static List<List<Rational>> points(String text) {
        List<List<Rational>> points = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            List<Rational> p = WeightsCommand.numbers("--offsets", part);
            if (!points.isEmpty() && p.size() != points.get(0).size()) {
                throw new StencilforgeException("--offsets: " + RationalParser.quote(part.strip()) + " has " + p.size()
                        + " coordinates but the first offset has " + points.get(0).size());
            }
            points.add(p);
        }
        return points;
    }

    private static List<List<Rational>> axisLists(String text) {
        List<List<Rational>> axes = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            axes.add(WeightsCommand.numbers("--axis-offsets", part));
        }
        return axes;
    }
}
