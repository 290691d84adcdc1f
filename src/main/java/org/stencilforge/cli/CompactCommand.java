package org.stencilforge.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.stencilforge.Checks;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.CompactSchemes;
import org.stencilforge.codegen.CompactKernel;
import org.stencilforge.compact.CompactMatrices;
import org.stencilforge.compact.CompactOperator;
import org.stencilforge.compact.CompactResponse;
import org.stencilforge.derivation.Limits;
import org.stencilforge.render.CompactRenderer;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge compact}: an implicit (Padé) scheme of the highest order its two stencils allow. */
@Command(name = "compact",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Derives the compact (implicit, Pade) scheme sum_k alpha_k f^(m)(x+kh) = h^-m sum_j a_j f(x+jh) "
                + "with alpha_0 = 1 exactly: the weights of the highest order the two stencils allow, its order "
                + "and its truncation error (explicit side minus implicit side).",
            "",
            "--accuracy 4, 6 (tridiagonal) or 8, 10 (pentadiagonal) picks Lele's (1992) classic symmetric shapes "
                + "for derivatives 1 and 2. --alpha (and --beta) fix the weights at left offsets -1 and 1 "
                + "(-2 and 2); the rest are solved for.",
            "",
            "--points N adds the closure rows (one-sided compact schemes of order --boundary-accuracy at the ends) "
                + "and the exact matrices A, B (json: rows up to " + CompactRenderer.JSON_DENSE_MAX + " points, "
                + "coordinate lists past that; --format mtx --matrix A|B: one in Matrix Market); --periodic makes "
                + "them circulant. --response adds the modified "
                + "wavenumber, a ratio of trigonometric polynomials. --format java|c|fortran|python generates a "
                + "solver of the banded system (Thomas / band LU; Sherman-Morrison-Woodbury when periodic)."},
        footer = {"",
            "Examples:",
            "  stencilforge compact --derivative 1 --accuracy 6",
            "  stencilforge compact --derivative 1 --left=-1,0,1 --right=-2..2",
            "  stencilforge compact --derivative 1 --left=-1,0,1 --right=-3..3 --alpha 3/8",
            "  stencilforge compact --derivative 2 --accuracy 10 --format json",
            "  stencilforge compact --derivative 1 --accuracy 4 --format latex --standalone",
            "  stencilforge compact --derivative 1 --accuracy 6 --points 8 --response",
            "  stencilforge compact --derivative 1 --accuracy 10 --points 12 --periodic --format json",
            "  stencilforge compact --derivative 1 --accuracy 6 --points 1000 --format mtx --matrix A --output a.mtx",
            "  stencilforge compact --derivative 2 --accuracy 6 --boundary-accuracy 4 --points 10",
            "  stencilforge compact --derivative 2 --accuracy 6 --format c --name d2c6 --output d2c6.h"})
final class CompactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", required = true, paramLabel = "M", description = "The derivative order m.")
    private int derivative;

    @Option(names = "--left", paramLabel = "K1,K2,...|A..B",
            description = "Offsets of the derivative samples (the implicit side), including 0.")
    private String left;

    @Option(names = "--right", paramLabel = "J1,J2,...|A..B", description = "Offsets of the function samples.")
    private String right;

    @Option(names = "--accuracy", paramLabel = "P",
            description = "Instead of --left/--right: Lele's scheme of order 4, 6, 8 or 10 (derivatives 1, 2).")
    private Integer accuracy;

    @Option(names = "--alpha", paramLabel = "A", description = "Fix the left weights at offsets -1 and 1.")
    private String alpha;

    @Option(names = "--beta", paramLabel = "B", description = "Fix the left weights at offsets -2 and 2.")
    private String beta;

    @Option(names = "--points", paramLabel = "N",
            description = "Also print the exact matrices A and B with A f^(m) = h^-m B f on a grid of N points:"
                    + " closure rows near the ends, or circulant with --periodic.")
    private Integer points;

    @Option(names = "--periodic", description = "Matrices and code on a periodic grid instead of with closures.")
    private boolean periodic;

    @Option(names = "--boundary-accuracy", paramLabel = "P",
            description = "The order of the one-sided closure of the first and last rows (default: "
                    + CompactOperator.DEFAULT_BOUNDARY_ORDER + ", Lele's f'_0 + 2 f'_1 = (-5/2 f_0 + 2 f_1 + 1/2 f_2)/h"
                    + " for the first derivative).")
    private Integer boundaryAccuracy;

    @Option(names = "--response", description = "Also print the exact frequency response: the modified wavenumber"
            + " as a ratio of trigonometric polynomials.")
    private boolean response;

    @Option(names = "--max-size", paramLabel = "N", defaultValue = "" + CompactMatrices.DEFAULT_MAX_SIZE,
            description = "Refuse --points above this (default: ${DEFAULT-VALUE}).")
    private int maxSize;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many error terms to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "" + CompactSchemes.DEFAULT_MAX_POINTS,
            description = "Refuse more offsets than this on either side (default: ${DEFAULT-VALUE}).")
    private int maxPoints;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown, latex (--points up to " + CompactRenderer.LATEX_MAX_POINTS + "),"
                    + " json, mtx (Matrix Market, one of A and B: --matrix), or code that solves the banded system:"
                    + " java, c, fortran, python.")
    private String formatText;

    /** {@code --format} read; {@link Format#TEXT} for mtx, which {@link #mtx} marks. */
    private Format format;

    /** Whether {@code --format mtx} was asked for. */
    private boolean mtx;

    @Option(names = "--matrix", paramLabel = "A|B", description = "With --format mtx: which matrix to write.")
    private String matrix;

    @Mixin
    private OutputOptions common;

    @Mixin
    private CodeOptions code;

    /** {@code --format} of {@code compact}. */
    static final class FormatConverter extends LabelConverter<Format> {
        FormatConverter() {
            super(Format.class, EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.LATEX, Format.JSON, Format.JAVA,
                    Format.C, Format.FORTRAN, Format.PYTHON));
        }
    }

    @Override
    public Integer call() {
        mtx = formatText.strip().equalsIgnoreCase("mtx");
        format = mtx ? Format.TEXT : GridOperatorOptions.format(new FormatConverter(), formatText);
        Checks.require(mtx || matrix == null, "--matrix picks the matrix --format mtx writes: add --format mtx or"
                + " drop --matrix");
        Checks.require(!mtx || points != null, "--format mtx writes the matrix A or B of a grid: add --points N");
        Checks.require(!mtx || matrix != null && (matrix.equals("A") || matrix.equals("B")), "--format mtx writes one"
                + " matrix per file: add --matrix A or --matrix B");
        Checks.require(!mtx || !response, "--response is not a matrix: drop it, or choose a document --format");
        Checks.require(format != Format.LATEX || points == null || points <= CompactRenderer.LATEX_MAX_POINTS,
                "LaTeX matrices are for small grids (at most " + CompactRenderer.LATEX_MAX_POINTS + " points, not "
                        + points + ", or they leave the page); use --format json or mtx (Matrix Market), or fewer"
                        + " --points");
        Checks.require(errorTerms >= 1 && errorTerms <= Limits.DEFAULT.maxErrorTerms(), "--error-terms must be"
                + " 1 to " + Limits.DEFAULT.maxErrorTerms() + ", not " + errorTerms);
        Checks.require(maxPoints >= 1, "--max-points must be at least 1, not " + maxPoints);
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix");
        List<Integer> l;
        List<Integer> r;
        if (accuracy != null) {
            Checks.require(left == null && right == null, "give either --accuracy or --left and --right, not both");
            Checks.require(alpha == null && beta == null, "--accuracy picks Lele's scheme, whose weights are all"
                    + " determined; to fix --alpha or --beta give --left and --right instead");
            List<List<Integer>> shape = CompactSchemes.leleShape(derivative, accuracy);
            l = shape.get(0);
            r = shape.get(1);
        } else {
            Checks.require(left != null && right != null, "give --left and --right offsets (e.g. --left=-1,0,1"
                    + " --right=-2..2), or --accuracy 4, 6, 8 or 10");
            l = offsets(left, "--left");
            r = offsets(right, "--right");
        }
        Map<Integer, Rational> given = new TreeMap<>();
        fix(given, alpha, "--alpha", 1, l);
        fix(given, beta, "--beta", 2, l);
        CompactScheme scheme = CompactSchemes.derive(derivative, l, r, given, errorTerms, maxPoints);
        if (accuracy != null) { // Lele's shapes reach their order; a failure here is a bug, not bad input
            if (scheme.order().isEmpty() || scheme.order().getAsInt() < accuracy) {
                throw new IllegalStateException("Lele's shape of accuracy " + accuracy + " gave " + scheme.order());
            }
        }
        Checks.require(!periodic || boundaryAccuracy == null, "--boundary-accuracy sets the closures, which a periodic"
                + " grid has none of: drop one of --periodic and --boundary-accuracy");
        CompactOperator op = periodic ? CompactOperator.periodic(scheme)
                : CompactOperator.closed(scheme, boundaryAccuracy == null ? CompactOperator.DEFAULT_BOUNDARY_ORDER
                        : boundaryAccuracy, maxPoints);
        String name = code.name(format);
        String text;
        if (format.isCode()) {
            Checks.require(points == null && !response, "--points and --response print documents; generated code"
                    + " works for any number of points: drop them or choose a document --format");
            int widest = java.util.stream.Stream.concat(java.util.stream.Stream.concat(op.top().stream(),
                    op.bottom().stream()), java.util.stream.Stream.of(scheme))
                    .mapToInt(s -> Math.max(s.leftOffsets().size(), s.rightOffsets().size())).max().orElse(0);
            Checks.require(widest <= code.maxCodePoints, "generated code for stencils of " + widest + " points is past"
                    + " the limit of " + code.maxCodePoints + "; ask for fewer points, or raise it with --max-code-points");
            Checks.require(code.precision() == org.stencilforge.codegen.Precision.DOUBLE, "compact solvers are"
                    + " generated in double precision only: drop --precision single");
            text = CodeOptions.language(format).emit(CompactKernel.of(op), name);
        } else {
            CompactMatrices matrices = points == null ? null : CompactMatrices.of(op, points, maxSize);
            if (mtx) {
                common.write(mtx(matrices, derivative), spec);
                return Main.OK;
            }
            CompactResponse resp = response ? CompactResponse.of(scheme) : null;
            boolean whole = points != null || boundaryAccuracy != null;
            Checks.require(!periodic || points != null, "--periodic applies to --points and to code: add --points N"
                    + " or a code --format");
            text = switch (format) {
                case TEXT -> CompactRenderer.text(scheme) + (whole ? CompactRenderer.text(op, matrices) : "")
                        + (resp == null ? "" : CompactRenderer.text(resp, false));
                case MARKDOWN -> CompactRenderer.markdown(scheme) + (whole ? CompactRenderer.markdown(op, matrices) : "")
                        + (resp == null ? "" : CompactRenderer.text(resp, true));
                case LATEX -> options.document(CompactRenderer.latex(scheme, new RenderOptions(false,
                        options.matrixEnvironment())) + (whole ? CompactRenderer.latex(op, matrices) : "")
                        + (resp == null ? "" : CompactRenderer.latex(resp)), false);
                case JSON -> CompactRenderer.json(scheme, whole ? op : null, matrices, resp);
                default -> throw new IllegalStateException(format.name());
            };
        }
        common.write(text, spec);
        return Main.OK;
    }

    /** The matrix of {@code --matrix} in Matrix Market, exact, with comments that say what it is. */
    private String mtx(CompactMatrices mm, int m) {
        boolean a = matrix.equals("A");
        String grid = (mm.periodic() ? "a periodic grid" : "a grid") + " of " + mm.size() + " points";
        return new org.stencilforge.render.MtxRenderer(false).render(a ? mm.a() : mm.b(), List.of(
                (a ? "A" : "B") + " of the compact scheme A f^(" + m + ") = h^-" + m + " B f on " + grid + ".",
                a ? "The entries are A (no power of h)." : "The entries are h^" + m + " times the right side's operator."));
    }

    private static void fix(Map<Integer, Rational> given, String value, String option, int k, List<Integer> l) {
        if (value == null) {
            return;
        }
        Checks.require(l.contains(-k) && l.contains(k), option + " fixes the left weights at offsets -" + k
                + " and " + k + ", but --left has no such offsets: add them or drop " + option);
        Rational v = RationalParser.parse(value);
        given.put(-k, v);
        given.put(k, v);
    }

    /** Integers separated by commas, or a range {@code A..B}. */
    static List<Integer> offsets(String text, String option) {
        String t = text.strip();
        List<Integer> out = new ArrayList<>();
        int dots = t.indexOf("..");
        if (dots >= 0) {
            int a = integer(t.substring(0, dots), text, option);
            int b = integer(t.substring(dots + 2), text, option);
            Checks.require(a <= b, option + ": the range " + RationalParser.quote(text) + " is empty; write A..B"
                    + " with A <= B");
            for (int k = a; k <= b; k++) {
                out.add(k);
            }
            return out;
        }
        for (String part : t.split(",", -1)) {
            out.add(integer(part, text, option));
        }
        return out;
    }

    private static int integer(String part, String text, String option) {
        String p = part.strip();
        Checks.require(p.matches("[+-]?\\d{1,4}"), option + ": " + RationalParser.quote(text) + " is not a list"
                + " of integer offsets; write e.g. -2,-1,0,1,2 or -2..2 (offsets up to "
                + CompactSchemes.MAX_OFFSET + ")");
        int k = Integer.parseInt(p);
        Checks.require(Math.abs(k) <= CompactSchemes.MAX_OFFSET, option + ": offset " + k + " is out of range;"
                + " offsets are integers from -" + CompactSchemes.MAX_OFFSET + " to " + CompactSchemes.MAX_OFFSET);
        return k;
    }
}
