package org.stencilforge.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.design.Band;
import org.stencilforge.design.Design;
import org.stencilforge.design.DispersionRelationPreserving;
import org.stencilforge.design.Kind;
import org.stencilforge.design.NoiseRobust;
import org.stencilforge.design.SavitzkyGolay;
import org.stencilforge.operator.Closures;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code stencilforge design}: noise-robust, Savitzky–Golay and
 * dispersion-relation-preserving stencils, each an ordinary stencil afterwards
 * (every format, every code target, error terms).
 */
@Command(name = "design",
        header = "Designs a 1-D stencil for noisy data or for waves (noise-robust, Savitzky-Golay, DRP), with"
                + " exact rational weights.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The kinds:",
            "  noise-robust    Holoborodko's smooth noise-robust differentiators: exact on polynomials of"
                + " --degree, the highest order of zero at ω = π;",
            "  savitzky-golay  the derivative of the least-squares polynomial of --degree on --window points;",
            "  drp             Tam and Webb's dispersion-relation-preserving first derivative: formal --order,"
                + " least integrated squared error of the modified wavenumber on [0, --band].",
            "--at is the position in the window (0 = first point, default the centre); the ends give one-sided"
                + " filters. Every format of 'weights' works on the result."},
        footer = {"",
            "Examples:",
            "  stencilforge design --kind noise-robust --length 7",
            "  stencilforge design --kind noise-robust --derivative 2 --length 9 --format json",
            "  stencilforge design --kind noise-robust --length 5 --at 4",
            "  stencilforge design --kind savitzky-golay --window 5 --degree 2 --derivative 0",
            "  stencilforge design --kind savitzky-golay --window 7 --degree 3 --derivative 1 --at 0",
            "  stencilforge design --kind drp --length 7 --order 4",
            "  stencilforge design --kind drp --length 7 --order 4 --band 1.1 --rational 12",
            "  stencilforge design --kind drp --length 9 --order 4 --format c --name drp9"})
final class DesignCommand implements Callable<Integer> {

    /** {@code --kind}. */
    static final class KindConverter extends LabelConverter<Kind> {
        KindConverter() {
            super(Kind.class);
        }
    }

    /** The longest window by default. */
    static final int MAX_LENGTH = 101;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            description = "noise-robust, savitzky-golay or drp.")
    private Kind kind;

    @Option(names = "--derivative", paramLabel = "M", defaultValue = "1",
            description = "Order of the derivative (default: ${DEFAULT-VALUE}; 0 smooths, savitzky-golay only;"
                    + " drp: 1 only).")
    private int derivative;

    @Option(names = {"--length", "--window"}, paramLabel = "N", required = true,
            description = "Number of points.")
    private int length;

    @Option(names = "--degree", paramLabel = "D",
            description = "noise-robust: exact on polynomials of this degree (default 2; 4 is the other"
                    + " published set); savitzky-golay: degree of the fit (default 2).")
    private Integer degree;

    @Option(names = "--at", paramLabel = "A",
            description = "noise-robust, savitzky-golay: where in the window the derivative is taken, 0 to N-1"
                    + " (default: the centre).")
    private String at;

    @Option(names = "--order", paramLabel = "P", description = "drp: formal order of accuracy, even (default 4).")
    private Integer order;

    @Option(names = "--band", paramLabel = "B",
            description = "drp: the band [0, B] of the optimisation, 0 < B <= pi: radians (1.1) or a multiple of pi"
                    + " (pi/2, 0.4pi; default pi/2, Tam and Webb's).")
    private String band;

    @Option(names = "--rational", paramLabel = "D",
            description = "drp: round the optimised coefficients to D decimals and solve the order conditions"
                    + " exactly for the others (default 12).")
    private Integer rational;

    @Option(names = "--digits", paramLabel = "G",
            description = "drp: significant digits of the optimum to report, all guaranteed (default 20).")
    private Integer digits;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many non-zero truncation-error terms to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = LabelConverter.StencilFormatConverter.class,
            description = "text (default), markdown, json, csv, latex; code: java, c, fortran, python.")
    private Format format;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "" + MAX_LENGTH,
            description = "Refuse more points than this (default: ${DEFAULT-VALUE}).")
    private int maxLength;

    @Option(names = "--max-precision", paramLabel = "DIGITS", defaultValue = "4000",
            description = "drp: the largest working precision in digits (default: ${DEFAULT-VALUE}).")
    private int maxPrecision;

    @Option(names = "--max-error-terms", paramLabel = "K", defaultValue = "100",
            description = "Refuse --error-terms above this (default: ${DEFAULT-VALUE}).")
    private int maxErrorTerms;

    @Mixin
    private CodeOptions code;

    @Mixin
    private OutputOptions common;

    @Override
    public Integer call() {
        Limits limits = new Limits(Math.max(maxLength, 1), maxErrorTerms, Limits.DEFAULT_WORK);
        limits.checkErrorTerms(errorTerms);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix");
        String name = code.name(format);
        Design design = design();
        String text;
        if (format.isCode()) {
            if (!design.result().stencil().axis(0).stream().allMatch(Rational::isInteger)) {
                throw new StencilforgeException("generated code is for stencils on the grid: the derivative is"
                        + " taken between two samples (an even --window without --at, or a fractional --at);"
                        + " give an integer --at");
            }
            text = code.emit(format, name, Closures.around(design.result(), limits));
        } else {
            text = withDesign(format, format.stencilRenderer(options).render(design.result()), design);
        }
        common.write(text, spec);
        return Main.OK;
    }

    /** Checks the options of the kind and designs. */
    private Design design() {
        ParseResult parsed = spec.commandLine().getParseResult();
        String other = kind == Kind.DRP ? firstOf(parsed, "--degree", "--at") : firstOf(parsed, "--order", "--band",
                "--rational", "--digits", "--max-precision");
        if (other != null) {
            throw new StencilforgeException(other + " does not apply to --kind " + LabelConverter.label(kind)
                    + "; drop it (see 'design --help')");
        }
        Optional<Rational> position = Optional.ofNullable(at).map(RationalParser::parse);
        return switch (kind) {
            case NOISE_ROBUST -> NoiseRobust.design(derivative, length, degree == null ? 2 : degree, position,
                    errorTerms, maxLength);
            case SAVITZKY_GOLAY -> SavitzkyGolay.design(derivative, length, degree == null ? 2 : degree, position,
                    errorTerms, maxLength);
            case DRP -> {
                if (derivative != 1) {
                    throw new StencilforgeException("--kind drp designs the first derivative; drop --derivative "
                            + derivative);
                }
                yield DispersionRelationPreserving.design(length, order == null ? 4 : order,
                        band == null ? Band.HALF_PI : Band.parse(band), rational == null ? 12 : rational,
                        digits == null ? 20 : digits, errorTerms, maxLength, maxPrecision);
            }
        };
    }

    private static String firstOf(ParseResult parsed, String... options) {
        for (String o : options) {
            if (parsed.hasMatchedOption(o)) {
                return o;
            }
        }
        return null;
    }

    /**
     * The rendered stencil with what the design says: a block after the text and Markdown, a
     * {@code design} object inside the JSON object; CSV, LaTeX and code are the stencil alone.
     */
    static String withDesign(Format format, String rendered, Design design) {
        return switch (format) {
            case JSON -> rendered.substring(0, rendered.lastIndexOf('}')) + ", \"design\": "
                    + design.properties().stream().map(p -> "\"" + p.key() + "\": " + p.json())
                            .collect(Collectors.joining(", ", "{", "}")) + "}\n";
            case TEXT -> rendered + "\n" + design.properties().stream()
                    .map(p -> p.label() + ": " + p.text()).collect(Collectors.joining("\n")) + "\n";
            case MARKDOWN -> rendered + "\n| design | |\n| --- | --- |\n" + design.properties().stream()
                    .map(p -> "| " + p.label() + " | " + p.text() + " |").collect(Collectors.joining("\n")) + "\n";
            default -> rendered;
        };
    }
}
