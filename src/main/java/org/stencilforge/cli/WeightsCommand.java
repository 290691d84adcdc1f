package org.stencilforge.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.codegen.NodeKernel;
import org.stencilforge.derivation.Limits;
import org.stencilforge.operator.Closures;
import org.stencilforge.real.Real;
import org.stencilforge.real.RealInputs;
import org.stencilforge.real.RealStencils;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.LineOptions;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.symbolic.SymbolicLimits;
import org.stencilforge.stencil.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge weights}: one 1-D stencil with its order and truncation error. */
@Command(name = "weights",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Derives the exact weights of a 1-D finite-difference stencil",
            "  f^(m)(x) ≈ h^(-m) Σ w_j f(x + s_j h)",
            "with its true order of accuracy and its exact truncation error (approximation minus exact). "
                + "Give exactly one of --accuracy, --offsets, --nodes. Numbers may be integers, fractions "
                + "p/q or exact decimals (0.25 is 1/4). Offsets and nodes may also be expressions in symbols "
                + "(-h1,0,h2 or x0,x1,x2 --at x1: + - * / ^ and parentheses): the weights and error terms are "
                + "then rational functions of the symbols (text, markdown, latex, json). Offsets and nodes may "
                + "be real expressions (sqrt(2), cos(3*pi/8), 2^(1/3), exp(-1)) or a node set "
                + "(--nodes=chebyshev-lobatto:N, chebyshev-gauss:N, legendre-gauss:N, legendre-lobatto:N): the "
                + "weights are then printed to --digits D significant digits, every digit guaranteed."},
        footer = {"",
            "Examples:",
            "  stencilforge weights --derivative 2 --accuracy 4",
            "  stencilforge weights --derivative 1 --accuracy 3 --scheme forward",
            "  stencilforge weights --derivative 1 --offsets=-1/2,1/2",
            "  stencilforge weights --derivative 2 --nodes=0,0.5,1.5,3 --at 1 --format json",
            "  stencilforge weights --derivative 2 --accuracy 2 --error-terms 3",
            "  stencilforge weights --derivative 2 --offsets=-h1,0,h2 --error-terms 2",
            "  stencilforge weights --derivative 1 --nodes=x0,x1,x2 --at x1 --format latex",
            "  stencilforge weights --derivative 2 --accuracy 4 --format latex --standalone \\",
            "      --output d2.tex",
            "  stencilforge weights --derivative 1 --accuracy 4 --format java \\",
            "      --class-name D1 --package org.example",
            "  stencilforge weights --derivative 2 --accuracy 4 --format c --name d2 \\",
            "      --output d2.h",
            "  stencilforge weights --derivative 1 --accuracy 6 --format fortran --name d1",
            "  stencilforge weights --derivative 1 --accuracy 4 --format python --name d1 \\",
            "      --output d1.py",
            "  stencilforge weights --derivative 1 --nodes=chebyshev-lobatto:9 --at 0 \\",
            "      --digits 30",
            "  stencilforge weights --derivative 2 --offsets='-sqrt(2),0,1,pi/2' \\",
            "      --format json",
            "  stencilforge weights --derivative 2 --accuracy 4 --numbers both --digits 25"})
final class WeightsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", required = true, paramLabel = "M",
            description = "Order of the derivative, 0 (interpolation) or more.")
    private int derivative;

    @Option(names = "--accuracy", paramLabel = "P",
            description = "Order of accuracy of a preset stencil (even for central).")
    private Integer accuracy;

    @Option(names = "--scheme", paramLabel = "SCHEME", converter = LabelConverter.SchemeConverter.class,
            description = "Preset points: central (default), forward or backward.")
    private Scheme scheme;

    @Option(names = "--offsets", paramLabel = "S1,S2,...",
            description = "Offsets s_j in units of h, any distinct rationals in any order.")
    private String offsets;

    @Option(names = "--nodes", paramLabel = "X1,X2,...",
            description = "Absolute nodes x_j (needs --at): offsets x_j - z with h = 1.")
    private String nodes;

    @Option(names = "--at", paramLabel = "Z", description = "Evaluation point z for --nodes.")
    private String at;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many non-zero truncation-error terms to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = LabelConverter.StencilFormatConverter.class,
            description = "text (default), markdown, json, csv, latex; code: java, c, fortran, python.")
    private Format format;

    @Option(names = "--max-error-terms", paramLabel = "K", defaultValue = "100",
            description = "Refuse --error-terms above this (default: ${DEFAULT-VALUE}).")
    private int maxErrorTerms;

    @Mixin
    private WorkLimit work;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + SymbolicLimits.DEFAULT_MAX_SECONDS,
            description = "Symbolic offsets: refuse work that takes longer (default: ${DEFAULT-VALUE} s).")
    private double maxSeconds;

    @Mixin
    private CodeOptions code;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Mixin
    private RealOptions real;

    @Override
    public Integer call() {
        Limits limits = new Limits(limit.maxNodes, maxErrorTerms, work.maxWork);
        limits.checkErrorTerms(errorTerms);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix");
        String name = code.name(format);
        if (RealOptions.isReal(offsets, nodes, at)) {
            common.write(realWeights(options, limits), spec);
            return Main.OK;
        }
        LineOptions line = new LineOptions(derivative, accuracy, scheme, offsets, nodes, at);
        if (line.isSymbolic()) {
            if (real.digits != null || real.numbers != null || real.interval != null) {
                throw new StencilforgeException("--digits, --numbers and --interval are for numeric nodes; symbolic"
                        + " weights print as expressions, so drop them");
            }
            if (format == Format.CSV) {
                throw new StencilforgeException("stencils on symbolic offsets print as text, markdown, latex,"
                        + " json or code; --format csv needs numeric offsets");
            }
            boolean nodesGiven = spec.commandLine().getParseResult().hasMatchedOption("--max-nodes");
            SymbolicLimits symbolic = new SymbolicLimits(nodesGiven ? limit.maxNodes : SymbolicLimits.DEFAULT_MAX_POINTS,
                    maxSeconds);
            org.stencilforge.symbolic.SymbolicStencil s = line.toSymbolic(errorTerms, symbolic);
            common.write(format.isCode() ? code.emit(format, name, s) : format.symbolicRenderer().render(s, options), spec);
            return Main.OK;
        }
        AnalysedStencil result = Derivations.derive(line.toRequest(), errorTerms, limits);
        boolean decimal = real.decimal(format, false);
        String text;
        if (decimal) {
            text = real.render(format, options, result);
        } else if (format.isCode()) {
            text = nodes != null ? code.emit(format, name, nodeKernel(result))
                    : code.emit(format, name, Closures.around(result, limits));
        } else {
            text = format.stencilRenderer(options).render(result);
        }
        common.write(text, spec);
        return Main.OK;
    }

    /**
     * Offsets or nodes that are real expressions or a named node set: rational ones go to the exact
     * engine and print as decimals, the others to {@link RealStencils} at guaranteed digits.
     */
    /** @return the weights on rational nodes as generated code's kernel, in ascending node order */
    private NodeKernel nodeKernel(AnalysedStencil result) {
        List<Rational> offsets = result.stencil().axis(0);
        List<Integer> order = new java.util.ArrayList<>();
        for (int j = 0; j < offsets.size(); j++) {
            order.add(j);
        }
        order.sort((a, b) -> offsets.get(a).compareTo(offsets.get(b)));
        Rational z = result.at().orElseThrow();
        return NodeKernel.exact(false, order.stream().map(j -> offsets.get(j).add(z)).toList(),
                List.of(order.stream().map(j -> result.stencil().weights().get(j)).toList()), code.precision(),
                "derivative " + result.stencil().derivative() + " at z = " + z);
    }

    private String realWeights(RenderOptions options, Limits limits) {
        if (accuracy != null || scheme != null || (offsets == null) == (nodes == null)) {
            throw new StencilforgeException("real points: give exactly one of --offsets=S1,S2,... or --nodes=X1,X2,..."
                    + " --at Z (no --accuracy or --scheme)");
        }
        if (nodes != null && at == null) {
            throw new StencilforgeException("--nodes needs --at Z, the point where the derivative is approximated,"
                    + " e.g. --nodes=chebyshev-lobatto:9 --at 0");
        }
        if (nodes == null && at != null) {
            throw new StencilforgeException("--at is the evaluation point for --nodes; drop it with --offsets");
        }
        List<Real> points = real.points(nodes != null ? "--nodes" : "--offsets", nodes != null ? nodes : offsets,
                limit.maxNodes);
        Real z = at == null ? null : RealInputs.one("--at", at);
        List<Rational> exact = RealOptions.exact(points);
        boolean rational = exact != null && (z == null || z.exact() != null);
        if (format.isCode() && nodes != null) {
            if (real.digits != null || real.numbers != null) {
                throw new StencilforgeException("--digits and --numbers shape documents; generated code writes"
                        + " correctly rounded numbers, so drop them");
            }
            if (rational) {
                return code.emit(format, code.name(format), nodeKernel(Derivations.derive(
                        new StencilRequest.Nodes(derivative, exact, z.exact()), errorTerms, limits)));
            }
            String point = org.stencilforge.real.Digits.of(z.at(60), 17);
            return code.emit(format, code.name(format), NodeKernel.real(false,
                    p -> RealStencils.weightBalls(points, z, derivative, p), code.precision(),
                    real.settings().maxWorkingDigits(), "derivative " + derivative + " at z = "
                            + (point != null ? point : "the point of --at")));
        }
        real.decimal(format, !rational);
        if (rational) {
            StencilRequest request = z == null ? new StencilRequest.Offsets(derivative, exact)
                    : new StencilRequest.Nodes(derivative, exact, z.exact());
            return real.render(format, options, Derivations.derive(request, errorTerms, limits));
        }
        return real.render(format, options, RealStencils.weights(points, z, derivative, errorTerms, real.settings()));
    }
}
