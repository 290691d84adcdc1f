package org.stencilforge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.request.Inputs;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.verify.InputFiles;
import org.stencilforge.verify.MatrixCheck;
import org.stencilforge.verify.Reports;
import org.stencilforge.verify.StencilCheck;
import org.stencilforge.verify.Tolerance;
import org.stencilforge.verify.VerifyLimits;
import org.stencilforge.verify.WeightMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stencilforge verify}: audits stencils and differentiation matrices that
 * other programs computed. Exit codes: 0 pass, 1 fail (the verdict), 2 bad input;
 * an internal failure is also 1 but prints {@code error: internal failure ...}
 * on stderr, while a failed verdict prints its report on stdout and nothing on stderr.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audits a stencil or a differentiation matrix that another program computed, exactly: the derivative "
                + "the weights really approximate (from their moments), their true order and error terms, the "
                + "exact stencil on the same offsets and each weight's error (in ulps for double and float "
                + "literals), the intended rational weights, and a verdict.",
            "",
            "Weights may be fractions, exact decimals or floating-point literals as programs print them "
                + "(-0.08333333333333333, 1.3333333333333333e+00, 1.0/12.0). Unless --weights-are says otherwise "
                + "they are read as doubles (their exact binary value) when any of them has 16 or more "
                + "significant digits, else exactly as written.",
            "",
            "Exit code: 0 pass, 1 fail, 2 bad input. An internal failure is also 1, but says "
                + "'error: internal failure' on stderr; a failed verdict prints its report on stdout."},
        footer = {"",
            "Examples:",
            "  stencilforge verify --derivative 2 --offsets=-1,0,1 --weights=1,-2,1",
            "  stencilforge verify --derivative 1 --offsets=-3/2,-1/2,1/2,3/2 \\",
            "      --weights=0.041666666666666664,-1.125,1.125,-0.041666666666666664",
            "  stencilforge verify --offsets=-1,0,1 --weights=0.5,-1,0.5 \\",
            "      --expect-derivative 2",
            "  stencilforge verify --derivative 1,1 --offsets=\"-1,-1; -1,1; 1,-1; 1,1\" \\",
            "      --weights=1/4,-1/4,-1/4,1/4",
            "  stencilforge verify --input weights.csv --expect-order 4 --format json",
            "  stencilforge verify --matrix d.mtx --derivative 1 --points 100 --norm h.csv"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", paramLabel = "M|A1,A2,...",
            description = "The derivative claimed: M in 1-D, a multi-index such as 1,1 in several dimensions. "
                    + "Default: the one the moments show.")
    private String derivative;

    @Option(names = "--operator", paramLabel = "TEXT", description = "An operator claimed in several dimensions, "
            + "e.g. \"Dxx + Dyy\" or laplacian.")
    private String operator;

    @Option(names = "--offsets", paramLabel = "S1,S2,...|X,Y;X,Y;...",
            description = "The offsets, one per weight: numbers, or vectors separated by ';'.")
    private String offsets;

    @Option(names = "--weights", paramLabel = "W1,W2,...", description = "The weights, one per offset.")
    private String weights;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Many stencils from a file: CSV, JSON or the plain form (see the README).")
    private Path input;

    @Option(names = "--matrix", paramLabel = "FILE",
            description = "A differentiation matrix: dense CSV or Matrix Market coordinate format.")
    private Path matrix;

    @Option(names = "--points", paramLabel = "N", description = "--matrix: a uniform grid of N points.")
    private Integer points;

    @Option(names = "--nodes", paramLabel = "X1,X2,...", description = "--matrix: the grid nodes (h = 1).")
    private String nodes;

    @Option(names = "--spacing", paramLabel = "H",
            description = "--matrix: the grid spacing h its entries include (default 1: entries of h^M D).")
    private String spacing;

    @Option(names = "--norm", paramLabel = "FILE",
            description = "--matrix: the norm H (diagonal or full) to check H D + D^T H = diag(-1,0,...,0,1).")
    private Path norm;

    @Option(names = "--weights-are", paramLabel = "MODE",
            description = "double, float or decimal (default: double when a literal has 16 or more significant"
                    + " digits, else decimal).")
    private String weightsAre;

    @Option(names = "--tolerance", paramLabel = "T",
            description = "How far weights may be from the exact ones: Kulp (e.g. 2ulp) or a relative bound"
                    + " (e.g. 1e-8). Default: 1ulp for double/float, 0 for decimal.")
    private String tolerance;

    @Option(names = "--expect-order", paramLabel = "P", description = "Fail below this order of accuracy.")
    private Integer expectOrder;

    @Option(names = "--expect-derivative", paramLabel = "M", description = "Fail unless the weights approximate"
            + " this derivative (1-D).")
    private Integer expectDerivative;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many error terms to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown or json.")
    private String format;

    @Mixin
    private WorkLimit work;

    @Option(names = "--max-size", paramLabel = "N", defaultValue = "" + VerifyLimits.DEFAULT_MATRIX_SIZE,
            description = "Refuse matrices of more rows (default: ${DEFAULT-VALUE}).")
    private int maxSize;

    @Option(names = "--max-file-bytes", paramLabel = "B", defaultValue = "" + VerifyLimits.DEFAULT_FILE_BYTES,
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    private long maxFileBytes;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Override
    public Integer call() {
        Limits limits = new Limits(limit.maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        limits.checkErrorTerms(errorTerms);
        VerifyLimits vl = new VerifyLimits(limits, maxSize, maxFileBytes);
        Reports.Format fmt = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> Reports.Format.TEXT;
            case "markdown" -> Reports.Format.MARKDOWN;
            case "json" -> Reports.Format.JSON;
            default -> throw new StencilforgeException("--format: unknown value " + RationalParser.quote(format)
                    + "; use one of text, markdown, json");
        };
        if (common.standalone) {
            throw new StencilforgeException("--standalone shapes LaTeX output, which verify does not print; drop it");
        }
        WeightMode mode = weightsAre == null ? null : switch (weightsAre.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "double" -> WeightMode.DOUBLE;
            case "float" -> WeightMode.FLOAT;
            case "decimal" -> WeightMode.DECIMAL;
            default -> throw new StencilforgeException("--weights-are: unknown value "
                    + RationalParser.quote(weightsAre) + "; use one of double, float, decimal");
        };
        Tolerance tol = tolerance == null ? null : Tolerance.parse(tolerance);
        int sources = (offsets != null || weights != null ? 1 : 0) + (input != null ? 1 : 0) + (matrix != null ? 1 : 0);
        if (sources != 1) {
            throw new StencilforgeException("give exactly one of --offsets with --weights (one stencil), --input FILE"
                    + " (many stencils) or --matrix FILE (a differentiation matrix)");
        }
        if (matrix == null && (points != null || nodes != null || spacing != null || norm != null)) {
            throw new StencilforgeException("--points, --nodes, --spacing and --norm describe a --matrix; add"
                    + " --matrix FILE or drop them");
        }
        boolean pass;
        String text;
        if (matrix != null) {
            if (derivative == null || !derivative.strip().matches("\\d{1,4}")) {
                throw new StencilforgeException("--matrix needs --derivative M, the derivative the matrix claims"
                        + " (an integer)");
            }
            if (operator != null || expectDerivative != null) {
                throw new StencilforgeException("--operator and --expect-derivative are for stencils; a matrix"
                        + " takes --derivative M");
            }
            MatrixCheck.Report r = MatrixCheck.verify(new MatrixCheck.Request(InputFiles.matrix(matrix, vl),
                    Integer.parseInt(derivative.strip()), points, nodes == null ? null : Inputs.numbers("--nodes",
                            nodes), spacing == null ? null : Inputs.number("--spacing", spacing),
                    norm == null ? null : InputFiles.matrix(norm, vl), mode, tol, expectOrder), vl);
            pass = r.pass();
            text = MatrixCheck.render(r, fmt);
        } else {
            StencilCheck.Options options = new StencilCheck.Options(mode, tol, expectOrder, expectDerivative,
                    errorTerms, limits);
            List<StencilCheck.Input> stencils;
            if (input != null) {
                if (operator != null) {
                    throw new StencilforgeException("--operator is for one stencil in several dimensions; a file"
                            + " names its derivatives");
                }
                Integer m = derivative == null ? null : oneDerivative();
                stencils = InputFiles.stencils(input, m, vl);
            } else {
                if (offsets == null || weights == null) {
                    throw new StencilforgeException("give both --offsets and --weights");
                }
                stencils = List.of(single());
            }
            List<StencilCheck.Report> reports = new ArrayList<>();
            for (StencilCheck.Input s : stencils) {
                reports.add(StencilCheck.verify(s, options));
            }
            pass = reports.stream().allMatch(StencilCheck.Report::pass);
            text = Reports.stencils(reports, fmt);
        }
        common.write(text, spec);
        return pass ? Main.OK : VerifyLimits.FAIL;
    }

    private int oneDerivative() {
        if (!derivative.strip().matches("\\d{1,4}")) {
            throw new StencilforgeException("--derivative: " + RationalParser.quote(derivative)
                    + " is not a derivative order; write an integer such as 2");
        }
        return Integer.parseInt(derivative.strip());
    }

    private StencilCheck.Input single() {
        boolean vectors = offsets.contains(";") || derivative != null && derivative.contains(",") || operator != null;
        List<List<Rational>> points = new ArrayList<>();
        if (vectors) {
            for (String p : offsets.split(";", -1)) {
                points.add(Inputs.numbers("--offsets", p));
            }
        } else {
            for (Rational s : Inputs.numbers("--offsets", offsets)) {
                points.add(List.of(s));
            }
        }
        if (points.size() > Limits.DEFAULT.maxNodes() * 64L) {
            throw new StencilforgeException("--offsets: too many points");
        }
        int d = points.get(0).size();
        DifferentialOperator op = null;
        if (operator != null && derivative != null) {
            throw new StencilforgeException("give at most one of --derivative and --operator");
        }
        if (operator != null) {
            op = OperatorParser.parse(operator, d);
        } else if (derivative != null) {
            int[] alpha;
            try {
                alpha = java.util.Arrays.stream(derivative.split(",", -1)).mapToInt(t -> Integer.parseInt(t.strip()))
                        .toArray();
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--derivative: " + RationalParser.quote(derivative)
                        + " is not a derivative; write M, or a multi-index such as 1,1");
            }
            if (java.util.Arrays.stream(alpha).anyMatch(a -> a < 0 || a > 1000)) {
                throw new StencilforgeException("--derivative: orders must be between 0 and 1000");
            }
            if (alpha.length != d) {
                throw new StencilforgeException("--derivative " + derivative + " has " + alpha.length
                        + " axes but the offsets have " + d + " coordinates");
            }
            op = DifferentialOperator.partial(MultiIndex.of(alpha));
        }
        if (expectDerivative != null && d != 1) {
            throw new StencilforgeException("--expect-derivative is for 1-D stencils; in several dimensions give"
                    + " the operator with --derivative or --operator");
        }
        List<String> w = List.of(weights.split(",", -1));
        return new StencilCheck.Input("", op, points, w);
    }
}
