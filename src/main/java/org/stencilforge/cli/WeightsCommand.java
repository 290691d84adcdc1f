package org.stencilforge.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.operator.Closures;
import org.stencilforge.render.Format;
import org.stencilforge.render.JavaRenderer;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;
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
                + "p/q or exact decimals (0.25 is 1/4)."},
        footer = {"",
            "Examples:",
            "  stencilforge weights --derivative 2 --accuracy 4",
            "  stencilforge weights --derivative 1 --accuracy 3 --scheme forward",
            "  stencilforge weights --derivative 1 --offsets=-1/2,1/2",
            "  stencilforge weights --derivative 2 --nodes=0,0.5,1.5,3 --at 1 --format json",
            "  stencilforge weights --derivative 2 --accuracy 2 --error-terms 3",
            "  stencilforge weights --derivative 2 --accuracy 4 --format latex --standalone --output d2.tex",
            "  stencilforge weights --derivative 1 --accuracy 4 --format java --class-name D1 --package org.example"})
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
            description = "text (default), markdown, json, csv, latex or java.")
    private Format format;

    @Option(names = "--max-error-terms", paramLabel = "K", defaultValue = "100",
            description = "Refuse --error-terms above this (default: ${DEFAULT-VALUE}).")
    private int maxErrorTerms;

    @Mixin
    private JavaNames javaNames;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Override
    public Integer call() {
        Limits limits = new Limits(limit.maxNodes, maxErrorTerms);
        limits.checkErrorTerms(errorTerms);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(),
                javaNames.packageName, javaNames.className, "bmatrix");
        AnalysedStencil result = AnalysedStencil.of(stencil(limits), errorTerms);
        String text;
        if (format == Format.JAVA) {
            if (nodes != null) {
                throw new StencilforgeException("Java output is for uniform grids: give --accuracy or integer"
                        + " --offsets (for non-uniform nodes, see 'stencilforge matrix --nodes')");
            }
            text = new JavaRenderer(options).render(Closures.around(result, limits));
        } else {
            text = format.stencilRenderer(options).render(result);
        }
        common.write(text, spec);
        return Main.OK;
    }

    private Stencil stencil(Limits limits) {
        int given = (accuracy != null ? 1 : 0) + (offsets != null ? 1 : 0) + (nodes != null ? 1 : 0);
        if (given != 1) {
            throw new StencilforgeException((given == 0 ? "no stencil given" : "more than one stencil given")
                    + ": use exactly one of --accuracy P, --offsets=S1,S2,... or --nodes=X1,X2,... --at Z");
        }
        if (scheme != null && accuracy == null) {
            throw new StencilforgeException("--scheme chooses the points of an --accuracy preset;"
                    + " with --offsets or --nodes the points are already given, so drop --scheme");
        }
        if (at != null && nodes == null) {
            throw new StencilforgeException("--at is the evaluation point for --nodes; with --offsets"
                    + " the point is offset 0, so drop --at or give --nodes instead");
        }
        if (accuracy != null) {
            return Stencils.preset(scheme == null ? Scheme.CENTRAL : scheme, derivative, accuracy, limits);
        }
        if (offsets != null) {
            return Stencils.fromOffsets(derivative, numbers("--offsets", offsets), limits);
        }
        if (at == null) {
            throw new StencilforgeException("--nodes needs --at Z, the point where the derivative is"
                    + " approximated, e.g. --nodes=0,1,2 --at 1");
        }
        return Stencils.fromNodes(derivative, numbers("--nodes", nodes), number("--at", at), limits);
    }

    /** Parses a list of numbers, naming the option in the message if it fails. */
    static List<Rational> numbers(String option, String text) {
        try {
            return RationalParser.parseList(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException(option + ": " + e.getMessage());
        }
    }

    private static Rational number(String option, String text) {
        try {
            return RationalParser.parse(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException(option + ": " + e.getMessage());
        }
    }
}
