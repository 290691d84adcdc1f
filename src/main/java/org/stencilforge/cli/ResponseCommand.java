package org.stencilforge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.frequency.FrequencyResponse;
import org.stencilforge.frequency.Labelled;
import org.stencilforge.render.ResponseDocuments;
import org.stencilforge.frequency.Responses;
import org.stencilforge.frequency.Symbol;
import org.stencilforge.plot.ResponsePlot;
import org.stencilforge.render.Format;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.GridOptions;
import org.stencilforge.request.LineOptions;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.request.Inputs;
import org.stencilforge.verify.InputFiles;
import org.stencilforge.verify.Literals;
import org.stencilforge.verify.StencilCheck;
import org.stencilforge.verify.VerifyLimits;
import org.stencilforge.verify.WeightMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge response}: the frequency response of stencils, with proofs and plots. */
@Command(name = "response",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The frequency response of a stencil on a uniform grid (h = 1): its exact symbol "
                + "H(ω) = Σ w_j e^{i s_j ω} in closed form, the modified wavenumber H(ω)/i^m, the tangency "
                + "order at ω = 0 (the order of accuracy), the order of the zero at ω = π, the resolving "
                + "bandwidth (the largest ω with relative error |H - (iω)^m|/ω^m ≤ --tolerance on (0, ω], "
                + "15 digits, rigorous), and proofs on [0, π] (sign, dissipation, |H| ≤ ω^m, unimodal "
                + "magnitude) reported as proved, fails at ω = ..., or undecided; sampled magnitude, phase "
                + "and relative error with guaranteed digits; a chart with --plot.",
            "",
            "Takes what weights takes (--accuracy may list several orders: one stencil each), and what nd "
                + "takes, read along --axis or --direction. Offsets must be integers or half-integers."},
        footer = {"",
            "Examples:",
            "  stencilforge response --derivative 1 --accuracy 4",
            "  stencilforge response --derivative 1 --accuracy 2,4,6,8 --plot d1.png",
            "  stencilforge response --derivative 2 --accuracy 2,4 --plot-error --plot err.svg",
            "  stencilforge response --derivative 1 --offsets=-3/2,-1/2,1/2,3/2 --format json",
            "  stencilforge response --derivative 1 --accuracy 2 --scheme backward",
            "  stencilforge response --derivative 1 --offsets=-2,-1,1,2 --weights=-1/8,-1/4,1/4,1/8",
            "  stencilforge design --kind drp --length 7 --order 4 --rational 12 --format json > drp.json",
            "  stencilforge response --input drp.json --plot drp.png",
            "  stencilforge response --operator laplacian --dimension 2 --shape box --radius 1 \\",
            "      --direction 1,1"})
final class ResponseCommand implements Callable<Integer> {

    /** The farthest offset (in units of h) by default: the symbol's degree, which Sturm sequences pay for. */
    static final int DEFAULT_MAX_REACH = 32;
    /** Points of each curve of a chart, denser towards 0 and π. */
    static final int CURVE_POINTS = 401;
    /** The most samples by default. */
    static final int DEFAULT_MAX_SAMPLES = 4097;

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", paramLabel = "M",
            description = "Order of the derivative (1-D), or a multi-index A1,A2,... (several dimensions).")
    private String derivative;

    @Option(names = "--accuracy", paramLabel = "P[,P...]",
            description = "1-D: orders of accuracy of presets, one stencil each (2,4,6,8). Several dimensions: "
                    + "as nd --accuracy.")
    private String accuracy;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "Preset points: central (default), forward or backward (nd: one per axis).")
    private String scheme;

    @Option(names = "--offsets", paramLabel = "S1,S2,...",
            description = "1-D offsets (integers or half-integers), or nd offset vectors separated by ';'.")
    private String offsets;

    @Option(names = "--weights", paramLabel = "W1,W2,...",
            description = "Given weights, one per offset of --offsets, read exactly (1/12, 0.125, 1e-3): the response "
                    + "of a stencil from elsewhere, e.g. a design's.")
    private String weights;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Stencils with given weights from a file, as verify --input reads it: the JSON that weights"
                    + " and design write with --format json, CSV, or lines 'derivative M', 'offsets ...', "
                    + "'weights ...'. Weights are read exactly as written.")
    private Path input;

    @Option(names = "--nodes", paramLabel = "X1,X2,...", description = "1-D absolute nodes (needs --at).")
    private String nodes;

    @Option(names = "--at", paramLabel = "Z", description = "Evaluation point for --nodes.")
    private String at;

    @Option(names = "--operator", paramLabel = "TEXT", description = "As nd --operator, e.g. laplacian.")
    private String operator;

    @Option(names = "--dimension", paramLabel = "D", description = "As nd --dimension.")
    private Integer dimension;

    @Option(names = "--axis-offsets", paramLabel = "S,..;S,..", description = "As nd --axis-offsets.")
    private String axisOffsets;

    @Option(names = "--shape", paramLabel = "SHAPE", converter = LabelConverter.ShapeConverter.class,
            description = "As nd --shape (with --radius).")
    private Shapes shape;

    @Option(names = "--radius", paramLabel = "R", description = "As nd --radius.")
    private Integer radius;

    @Option(names = "--rule", paramLabel = "RULE", converter = LabelConverter.RuleConverter.class,
            description = "As nd --rule.")
    private MomentSolver.Rule rule;

    @Option(names = "--direction", paramLabel = "D1,D2,...",
            description = "Several dimensions: read the stencil along this integer direction (default the x axis).")
    private String direction;

    @Option(names = "--axis", paramLabel = "AXIS", description = "Several dimensions: x, y, z, w or 1, 2, ...")
    private String axis;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "0.001",
            description = "Relative error that bounds the bandwidth, from 1e-30 to below 1 (default: ${DEFAULT-VALUE}).")
    private String tolerance;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + Responses.DEFAULT_SAMPLES,
            description = "Samples at ω = jπ/(N-1), j = 0..N-1; 0 for none (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = ResponseFormatConverter.class,
            description = "text (default), markdown, json, csv (the samples), latex.")
    private Format format;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Also draw the responses on one chart (written whole or not at all).")
    private Path plot;

    @Option(names = "--plot-error", description = "Chart the relative error on a log scale instead of |H|.")
    private boolean plotError;

    @Option(names = "--max-reach", paramLabel = "R", defaultValue = "" + DEFAULT_MAX_REACH,
            description = "Refuse offsets farther than R from 0 (default: ${DEFAULT-VALUE}).")
    private int maxReach;

    @Option(names = "--max-samples", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_SAMPLES,
            description = "Refuse --samples above N (default: ${DEFAULT-VALUE}).")
    private int maxSamples;

    @Mixin
    private NodeLimit limit;

    @Mixin
    private WorkLimit work;

    @Mixin
    private OutputOptions common;

    /** {@code --format} of {@code response}. */
    static final class ResponseFormatConverter extends LabelConverter<Format> {
        ResponseFormatConverter() {
            super(Format.class, EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON, Format.CSV, Format.LATEX));
        }
    }

    @Override
    public Integer call() {
        common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix"); // refuses --standalone alone
        Rational tol = RationalParser.parse(tolerance);
        if (tol.compareTo(Responses.MIN_TOLERANCE) < 0 || tol.compareTo(Rational.ONE) >= 0) {
            throw new StencilforgeException("--tolerance must be at least 1e-30 and below 1, not "
                    + RationalParser.quote(tolerance));
        }
        if (samples != 0 && (samples < 2 || samples > maxSamples)) {
            throw new StencilforgeException("--samples must be 0 or from 2 to " + maxSamples + " (raise with"
                    + " --max-samples), not " + samples);
        }
        if (plotError && plot == null) {
            throw new StencilforgeException("--plot-error chooses what --plot FILE draws; add --plot FILE.png or .svg");
        }
        ResponsePlot.Kind kind = plot == null ? null : plotKind(plot);
        Limits limits = new Limits(limit.maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        List<Given> given = new ArrayList<>();
        for (Given g : weights != null || input != null ? given(limits) : derived(limits)) {
            if (g.stencil.dimension() == 1 && (direction != null || axis != null)) {
                throw new StencilforgeException("--direction and --axis read a stencil of several dimensions; a 1-D"
                        + " stencil has one direction, so drop them");
            }
            List<Integer> dir = g.stencil.dimension() > 1 ? direction(g.stencil.dimension()) : null;
            Symbol symbol = dir == null ? Symbol.of(g.stencil) : Symbol.of(g.stencil, dir);
            if (symbol.reach().compareTo(Rational.of(maxReach)) > 0) {
                throw new StencilforgeException("the stencil reaches " + symbol.reach() + " points from 0, past "
                        + maxReach + " (the proofs' exact polynomials grow with it); raise --max-reach");
            }
            given.add(new Given(g.stencil, dir == null ? g.label : "along " + dir.toString().replace(" ", ""), symbol,
                    dir));
        }
        // the chart needs only the symbols: draw it on its own thread while the stencils, which are
        // independent, are analysed on every core (the order kept); the same bytes either way
        java.util.concurrent.CompletableFuture<byte[]> drawing = null;
        if (plot != null) {
            java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "plot");
                t.setDaemon(true);
                return t;
            });
            drawing = java.util.concurrent.CompletableFuture.supplyAsync(() -> chart(given, tol, kind), one);
            one.shutdown();
        }
        List<Labelled> all = given.parallelStream().map(g -> new Labelled(g.label, g.stencil, g.direction,
                Responses.analyse(g.symbol, tol, samples))).toList();
        byte[] picture = null;
        if (drawing != null) {
            try {
                picture = drawing.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        String text = switch (format) {
            case JSON -> ResponseDocuments.json(all);
            case CSV -> ResponseDocuments.csv(all);
            case MARKDOWN -> ResponseDocuments.markdown(all);
            case LATEX -> ResponseDocuments.latex(all, common.standalone);
            default -> ResponseDocuments.text(all);
        };
        if (picture != null) {
            Output.writeBytes(picture, plot);
        }
        common.write(text, spec);
        return Main.OK;
    }

    /** @return the chart of every stencil's response, from doubles (a picture, never digits) */
    private byte[] chart(List<Given> given, Rational tol, ResponsePlot.Kind kind) {
        List<ResponsePlot.Curve> curves = new ArrayList<>();
        for (Given g : given) {
            double[][] c = Responses.curve(g.symbol, CURVE_POINTS);
            curves.add(new ResponsePlot.Curve(g.label, c[0], c[1], c[2]));
        }
        Symbol first = given.get(0).symbol;
        String title = (plotError ? "Relative error" : "Magnitude response") + " of "
                + (first.order() == 0 ? "interpolation" : "derivative " + first.order())
                + (given.get(0).direction == null ? "" : " along " + given.get(0).direction);
        return ResponsePlot.render(curves, first.order(), first.kappa().abs().toDouble(), plotError, tol.toDouble(),
                title, kind);
    }

    private static ResponsePlot.Kind plotKind(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return ResponsePlot.Kind.PNG;
        }
        if (name.endsWith(".svg")) {
            return ResponsePlot.Kind.SVG;
        }
        throw new StencilforgeException("--plot " + RationalParser.quote(file.toString())
                + ": name a .png or .svg file");
    }

    /** One stencil to analyse. */
    private record Request(org.stencilforge.request.StencilRequest request, boolean nd, String label) {
    }

    /** A stencil, its label, and once read along its direction, its symbol. */
    private record Given(Stencil stencil, String label, Symbol symbol, List<Integer> direction) {
        Given(Stencil stencil, String label) {
            this(stencil, label, null, null);
        }
    }

    private List<Given> derived(Limits limits) {
        List<Given> out = new ArrayList<>();
        for (Request r : requests()) {
            Stencil stencil = Derivations.derive(r.request, 1, limits).stencil();
            if (!r.nd && stencil.dimension() > 1) {
                throw new IllegalStateException("a 1-D request gave a stencil of several dimensions");
            }
            out.add(new Given(stencil, r.label));
        }
        return out;
    }

    /** @return the stencils of {@code --offsets} with {@code --weights}, or of {@code --input} */
    private List<Given> given(Limits limits) {
        if (accuracy != null || nodes != null || at != null || scheme != null || shape != null || radius != null
                || axisOffsets != null || rule != null) {
            throw new StencilforgeException("--weights and --input give the weights; drop the options that derive"
                    + " them (--accuracy, --nodes, --at, --scheme, --shape, --radius, --axis-offsets, --rule)");
        }
        if (input != null && (weights != null || offsets != null || operator != null || dimension != null)) {
            throw new StencilforgeException("give either --input FILE or --offsets with --weights, not both");
        }
        List<StencilCheck.Input> inputs;
        if (input != null) {
            Integer m = derivative == null ? null : integer("--derivative", derivative);
            inputs = InputFiles.stencils(input, m, new VerifyLimits(limits, VerifyLimits.DEFAULT_MATRIX_SIZE,
                    VerifyLimits.DEFAULT_FILE_BYTES));
        } else {
            if (offsets == null) {
                throw new StencilforgeException("--weights needs --offsets: one offset per weight");
            }
            inputs = List.of(oneGiven());
        }
        List<Given> out = new ArrayList<>();
        for (StencilCheck.Input in : inputs) {
            if (in.operator() == null) {
                throw new StencilforgeException((in.label().isEmpty() ? "" : in.label() + ": ")
                        + "which derivative do the weights approximate? give --derivative M");
            }
            if (in.weights().size() != in.offsets().size()) {
                throw new StencilforgeException((in.label().isEmpty() ? "" : in.label() + ": ") + in.offsets().size()
                        + " offsets but " + in.weights().size() + " weights: give one weight per offset");
            }
            List<Rational> w = new ArrayList<>();
            for (int i = 0; i < in.weights().size(); i++) {
                String where = (in.label().isEmpty() ? "--weights" : in.label()) + ": weight " + (i + 1);
                w.add(Literals.read(in.weights().get(i), WeightMode.DECIMAL, where));
            }
            Stencil s = Stencil.sorted(in.operator(), in.offsets(), w);
            String label = "given weights on " + String.join(",", in.offsets().stream().map(o -> o.size() == 1
                    ? o.get(0).toString() : o.toString().replace(" ", "")).toList());
            Path name = input == null ? null : input.getFileName();
            out.add(new Given(s, in.label().isEmpty() || name == null ? label : name + ", " + in.label()));
        }
        return out;
    }

    private StencilCheck.Input oneGiven() {
        boolean vectors = offsets.contains(";");
        List<List<Rational>> points = new ArrayList<>();
        for (String p : vectors ? offsets.split(";", -1) : new String[] {offsets}) {
            List<Rational> v = Inputs.numbers("--offsets", p);
            if (vectors) {
                points.add(v);
            } else {
                v.forEach(x -> points.add(List.of(x)));
            }
        }
        if (points.size() > limit.maxNodes) {
            throw new StencilforgeException("--offsets: " + points.size() + " points, more than --max-nodes "
                    + limit.maxNodes);
        }
        int d = points.get(0).size();
        org.stencilforge.stencil.DifferentialOperator op;
        if (operator != null && derivative != null) {
            throw new StencilforgeException("give --derivative or --operator, not both");
        } else if (operator != null) {
            op = org.stencilforge.stencil.OperatorParser.parse(operator, d);
        } else if (derivative == null) {
            throw new StencilforgeException("which derivative do the weights approximate? give --derivative M"
                    + (d > 1 ? " (a multi-index A1,A2,...) or --operator" : ""));
        } else {
            String[] parts = derivative.split(",", -1);
            if (parts.length != d) {
                throw new StencilforgeException("--derivative " + RationalParser.quote(derivative) + " has "
                        + parts.length + " axes but the offsets have " + d + " coordinates");
            }
            int[] alpha = new int[d];
            for (int a = 0; a < d; a++) {
                alpha[a] = integer("--derivative", parts[a]);
                if (alpha[a] < 0 || alpha[a] > 1000) {
                    throw new StencilforgeException("--derivative: orders must be between 0 and 1000");
                }
            }
            op = org.stencilforge.stencil.DifferentialOperator.partial(org.stencilforge.stencil.MultiIndex.of(alpha));
        }
        return new StencilCheck.Input("", op, points, List.of(weights.split(",", -1)));
    }

    private boolean severalDimensions() {
        return (derivative != null && derivative.contains(",")) || operator != null || shape != null
                || axisOffsets != null || dimension != null || (offsets != null && offsets.contains(";"));
    }

    private List<Request> requests() {
        if (!severalDimensions()) {
            if (direction != null || axis != null) {
                throw new StencilforgeException("--direction and --axis read a stencil of several dimensions; a 1-D"
                        + " stencil has one direction, so drop them");
            }
            if (derivative == null) {
                throw new StencilforgeException("give --derivative M (1-D) or an nd stencil (--operator or"
                        + " --derivative A1,A2,...)");
            }
            int m = integer("--derivative", derivative);
            Scheme sch = scheme == null ? null : new LabelConverter.SchemeConverter().convert(scheme);
            List<Request> out = new ArrayList<>();
            if (accuracy != null && offsets == null && nodes == null) {
                for (String part : accuracy.split(",", -1)) {
                    int p = integer("--accuracy", part);
                    LineOptions line = new LineOptions(m, p, sch, null, null, null);
                    out.add(new Request(line.toRequest(), false, label(m, (sch == null ? "central" : scheme.strip()
                            .toLowerCase(Locale.ROOT)) + ", accuracy " + p)));
                }
                return out;
            }
            LineOptions line = new LineOptions(m, accuracy == null ? null : integer("--accuracy", accuracy), sch,
                    offsets, nodes, at);
            if (line.isSymbolic()) {
                throw new StencilforgeException("the response needs numeric offsets: the symbol needs a uniform grid"
                        + " of known spacing; give integer or half-integer offsets");
            }
            org.stencilforge.request.StencilRequest req = line.toRequest();
            String where = offsets != null ? "offsets " + offsetsText(req) : "nodes, at " + Rational.class
                    .cast(((org.stencilforge.request.StencilRequest.Nodes) req).at());
            return List.of(new Request(req, false, label(m, where)));
        }
        if (nodes != null || at != null) {
            throw new StencilforgeException("--nodes and --at are for 1-D stencils; in several dimensions give"
                    + " --offsets, --shape or --accuracy");
        }
        GridOptions grid = new GridOptions(derivative, operator, dimension, accuracy, scheme, axisOffsets, offsets,
                shape, radius, rule);
        return List.of(new Request(grid.toRequest(), true, null));
    }

    private List<Integer> direction(int d) {
        if (direction != null && axis != null) {
            throw new StencilforgeException("give --direction or --axis, not both");
        }
        List<Integer> dir = new ArrayList<>();
        if (direction != null) {
            for (String part : direction.split(",", -1)) {
                dir.add(integer("--direction", part));
            }
            return dir;
        }
        int k = 0;
        if (axis != null) {
            String a = axis.strip().toLowerCase(Locale.ROOT);
            k = "xyzw".indexOf(a.length() == 1 ? a.charAt(0) : '?');
            if (k < 0) {
                k = integer("--axis", a) - 1;
            }
            if (k < 0 || k >= d) {
                throw new StencilforgeException("--axis " + RationalParser.quote(axis) + " is not an axis of this "
                        + d + "-dimensional stencil; use x, y, ... or 1.." + d);
            }
        }
        for (int i = 0; i < d; i++) {
            dir.add(i == k ? 1 : 0);
        }
        return dir;
    }

    private static String offsetsText(org.stencilforge.request.StencilRequest req) {
        List<Rational> o = ((org.stencilforge.request.StencilRequest.Offsets) req).offsets();
        return String.join(",", o.stream().map(Rational::toString).toList());
    }

    private static String label(int m, String where) {
        return where;
    }

    private static int integer(String option, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new StencilforgeException(option + ": " + RationalParser.quote(text) + " is not an integer");
        }
    }
}
