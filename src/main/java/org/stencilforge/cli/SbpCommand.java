package org.stencilforge.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.codegen.Kernels;
import org.stencilforge.codegen.LineKernel;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.render.Format;
import org.stencilforge.render.LatexRenderer;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.render.SbpDocuments;
import org.stencilforge.sbp.SbpOperator;
import org.stencilforge.sbp.SummationByParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge sbp}: a summation-by-parts operator (diagonal or block norm, first or second derivative), derived exactly and certified. */
@Command(name = "sbp",
        header = "Derives a summation-by-parts operator D = H^-1 Q exactly and certifies it.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Derives the diagonal-norm summation-by-parts (SBP) first-derivative operator D = H^-1 Q on N "
                + "uniform points: the central stencil of order P inside, boundary closures of order P/2, "
                + "H = h diag(w) positive and Q + Q^T = B = diag(-1, 0, ..., 0, 1), by solving the accuracy "
                + "conditions exactly. Certifies H positive definite, H D + D^T H = B entry by entry and the "
                + "order of every row. The 2-1 and 4-2 operators are unique; the 6-3 operator has one free "
                + "parameter, q45 = Q[4][5], by default Mattsson and Nordstrom's (2004) 342523/518400; the 8-4 "
                + "operator three, q56, q57 and q67, by default theirs too.",
            "",
            "--norm block: a restricted-full norm, an r×r block H_b at each end (H_b[0][j] = 0 for j > 0), "
                + "boundary closures of order P - 1 (Strand 1994): the 4-3 operator (r = 5; free parameters "
                + "h44, q24, q34, by default Diener, Dorband, Schnetter and Tiglio's (2007) optimised values to "
                + "6 places) and the 6-5 operator (r = 7; free parameters h66, q45, q46, q56, no published "
                + "choice stored: give them with --free). Certifies H positive definite by its exact LDL^T.",
            "",
            "--derivative 2: Mattsson and Nordstrom's (2004) D2 = H^-1 (-M + B S), H the norm of the first "
                + "derivative, S the one-sided first derivative of order P/2 + 1 at each end, M symmetric; "
                + "the corner of M solves the accuracy conditions exactly. Certifies M = B S - H D2 symmetric, "
                + "M positive semi-definite with the constants as its nullspace (exact LDL^T) and the order of "
                + "every row. The 2-1 and 4-2 operators are unique; the 6-3 operator has one free parameter, "
                + "m55 = h M[5][5], by default the published 49/18; the 8-4 has s6 (the last weight of its 7-point "
                + "S row) and m66, m67, m77, by default the published ones."},
        footer = {"",
            "Examples:",
            "  stencilforge sbp --derivative 1 --accuracy 4 --points 12",
            "  stencilforge sbp --derivative 1 --accuracy 6 --points 16 --format json",
            "  stencilforge sbp --derivative 1 --accuracy 6 --points 16 --free q45=2/3",
            "  stencilforge sbp --derivative 1 --accuracy 4 --points 20 --format csv > d.csv",
            "  stencilforge sbp --derivative 1 --accuracy 4 --points 20 --format csv --print norm > h.csv",
            "  stencilforge sbp --derivative 1 --accuracy 6 --points 16 --format c --name sbp63",
            "  stencilforge sbp --derivative 1 --accuracy 6 --points 16 --format python --print inverse-norm",
            "  stencilforge sbp --derivative 1 --accuracy 6 --points 20 --choose spectral-radius",
            "  stencilforge sbp --derivative 1 --accuracy 8 --points 17",
            "  stencilforge sbp --derivative 1 --accuracy 4 --norm block --points 12",
            "  stencilforge sbp --derivative 1 --accuracy 4 --norm block --points 20 --format csv --print norm > h.csv",
            "  stencilforge sbp --derivative 2 --accuracy 6 --points 16 --format json",
            "  stencilforge sbp --derivative 2 --accuracy 4 --points 20 --format csv --print m > m.csv"})
final class SbpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivative", required = true, paramLabel = "M", description = "The derivative: 1 or 2.")
    private int derivative;

    @Option(names = "--accuracy", required = true, paramLabel = "P",
            description = "Interior order: 2, 4, 6 or 8 (boundary order P/2); block norm 4 or 6 (boundary order"
                    + " P - 1).")
    private int accuracy;

    @Option(names = "--norm", paramLabel = "SHAPE", defaultValue = "diagonal", converter = NormConverter.class,
            description = "diagonal (default) or block: a restricted-full block at each end (first derivative,"
                    + " accuracy 4 or 6).")
    private SummationByParts.NormShape shape;

    @Option(names = "--points", required = true, paramLabel = "N", description = "Grid of N points.")
    private int points;

    @Option(names = "--free", paramLabel = "NAME=VALUE",
            description = "Set a free parameter (6-3: q45; 8-4: q56, q57, q67; second derivative 6-3: m55, 8-4: s6,"
                    + " m66, m67, m77; block 4-3: h44, q24, q34; block 6-5: h66, q45, q46, q56) instead of the"
                    + " published choice, e.g. --free q45=2/3.")
    private Map<String, String> free = new LinkedHashMap<>();

    @Option(names = "--choose", paramLabel = "RULE", defaultValue = "published", converter = ChoiceConverter.class,
            description = "How free parameters not set by --free are chosen: published (default: Mattsson and"
                    + " Nordstrom 2004; block 4-3: Diener et al. 2007), spectral-radius (6-3 first derivative: the q45"
                    + " minimising the spectral radius of D on this grid: a golden-section search of [0, 1] in"
                    + " floating point, local; the radii reported are exact bounds) or min-weight (refused, with"
                    + " the reason).")
    private SummationByParts.Choice choice;

    @Option(names = "--max-search-points", paramLabel = "N", defaultValue = "" + SummationByParts.DEFAULT_MAX_SEARCH_POINTS,
            description = "Refuse --choose spectral-radius above this N (default: ${DEFAULT-VALUE}; about a"
                    + " second at 20 points, growing fast with N).")
    private int maxSearchPoints;

    @Option(names = "--print", paramLabel = "WHAT", defaultValue = "d", converter = WhatConverter.class,
            description = "csv and code: d (default, the operator D), norm (H/h; in code, H f / h) or"
                    + " inverse-norm (in csv h H^-1, in code H^-1 f); csv of a second derivative also m (h M)"
                    + " and s (h S).")
    private What what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), markdown, latex (N <= " + LatexRenderer.MAX_MATRIX_SIZE + "), csv, json;"
                    + " code: java, c, fortran, python.")
    private Format format;

    @Option(names = "--latex-env", paramLabel = "ENV", defaultValue = "bmatrix",
            description = "LaTeX: bmatrix (default) or pmatrix.")
    private String environment;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "" + SummationByParts.DEFAULT_MAX_POINTS,
            description = "Refuse N above this (default: ${DEFAULT-VALUE}); the documents hold the dense N×N matrix.")
    private int maxPoints;

    @Mixin
    private CodeOptions code;

    @Mixin
    private OutputOptions common;

    /** What {@code --print} chooses. */
    enum What {
        /** The operator {@code D}. */
        D,
        /** The norm {@code H}. */
        NORM,
        /** Its inverse. */
        INVERSE_NORM,
        /** The second derivative's {@code M}. */
        M,
        /** The second derivative's {@code S}. */
        S
    }

    /** {@code --choose}. */
    static final class ChoiceConverter extends LabelConverter<SummationByParts.Choice> {
        ChoiceConverter() {
            super(SummationByParts.Choice.class);
        }
    }

    /** {@code --norm}. */
    static final class NormConverter extends LabelConverter<SummationByParts.NormShape> {
        NormConverter() {
            super(SummationByParts.NormShape.class);
        }
    }

    /** {@code --print}. */
    static final class WhatConverter extends LabelConverter<What> {
        WhatConverter() {
            super(What.class);
        }
    }

    /** {@code --format} of {@code sbp}: every format. */
    static final class FormatConverter extends LabelConverter<Format> {
        FormatConverter() {
            super(Format.class, EnumSet.allOf(Format.class));
        }
    }

    @Override
    public Integer call() {
        RenderOptions options = common.renderOptions(format, spec.commandLine().getParseResult(), environment);
        String name = code.name(format);
        Checks.require(what == What.D || format == Format.CSV || format.isCode(), "--print chooses what csv and"
                + " generated code hold; the other formats show D and H together: drop --print or use --format csv");
        Checks.require(points >= 1, "--points must be at least 1, not " + points);
        Checks.require(what != What.M && what != What.S || derivative == 2 && format == Format.CSV, "--print m and"
                + " --print s are the matrices M and S of a second derivative, written as csv: give --derivative 2"
                + " --format csv");
        Checks.require(format != Format.LATEX || points <= LatexRenderer.MAX_MATRIX_SIZE, "LaTeX matrices are for"
                + " small grids (at most " + LatexRenderer.MAX_MATRIX_SIZE + " points, not " + points
                + "); use --format csv or json");
        // the documents hold the dense N×N matrix, about two characters an entry (code: the operator is still built)
        org.stencilforge.derivation.Limits.checkOutput((double) points * points * 2);
        SbpOperator op = SummationByParts.operator(derivative, accuracy, shape, points, given(), maxPoints, choice,
                maxSearchPoints);
        if (!op.certificate().holds()) { // derived operators always pass; a failure is a bug, not bad input
            throw new IllegalStateException("the derived operator failed its certificate: " + op.certificate());
        }
        String text = switch (format) {
            case TEXT -> SbpDocuments.text(op);
            case MARKDOWN -> SbpDocuments.markdown(op);
            case LATEX -> SbpDocuments.latex(op, options);
            case JSON -> SbpDocuments.json(op);
            case CSV -> switch (what) {
                case D -> SbpDocuments.csv(op);
                case M -> SbpDocuments.csvCurvature(op);
                case S -> SbpDocuments.csvBoundary(op);
                default -> SbpDocuments.csvNorm(op, what == What.INVERSE_NORM);
            };
            case JAVA, C, FORTRAN, PYTHON -> code.emit(format, name, kernel(op));
        };
        common.write(text, spec);
        return Main.OK;
    }

    /** The values of {@code --free}, parsed; unknown names are refused by the derivation. */
    private Map<String, Rational> given() {
        Map<String, Rational> out = new LinkedHashMap<>();
        free.forEach((k, v) -> {
            Checks.require(k.matches("[a-z][a-z0-9]{0,15}"), "--free " + RationalParser.quote(k) + ": a parameter"
                    + " name is lower-case letters and digits, such as q45");
            out.put(k, RationalParser.parse(v));
        });
        return out;
    }

    /** Generated code's view of D, H/h or H^-1: the existing whole-operator path, with documentation of its own. */
    private LineKernel kernel(SbpOperator op) {
        SummationByParts.Block b = op.block();
        IntFunction<DifferentiationMatrix> family = switch (what) {
            case D -> b::matrix;
            case NORM -> n -> b.normMatrix(n, false);
            case INVERSE_NORM -> n -> b.normMatrix(n, true);
            default -> throw new IllegalStateException("no code for " + what);
        };
        String title = b.name().replace("SBP", "summation-by-parts");
        LineKernel k = Kernels.of(family, Math.max(points, b.minPoints()),
                title + (b.derivative() == 1 ? ", D = H^-1 Q" : ", D2 = H^-1 (-M + B S)"), b.interior());
        if (what == What.D) {
            return k;
        }
        boolean block = b.shape() == SummationByParts.NormShape.BLOCK;
        List<String> doc = new java.util.ArrayList<>(List.of(
                what == What.NORM ? "The norm of the " + title + ": apply_all(f, h) returns H f / h,"
                        : "The inverse norm of the " + title + ": apply_all(f, h) returns H^-1 f,",
                block ? (what == What.NORM ? "multiply by h for H f (energy: u^T H u)." : "(H = h diag(H_b, 1, ..., 1,"
                        + " H_b mirrored)).")
                        : what == What.NORM ? "that is diag(w) f; multiply by h for H f (energy: u^T H u = h sum w_i"
                        + " u_i^2)." : "that is diag(1/w) f / h (H = h diag(w)).",
                block ? "Boundary block H_b of H/h (rows 0 .. " + (b.width() - 1) + "; mirrored at the right end,"
                        + " identity inside): " + String.join("; ", b.normBlock().stream().map(row -> String.join(", ",
                                row.stream().map(Rational::toString).toList())).toList()) + "."
                        : "Boundary weights w_0 .. w_" + (b.width() - 1) + " (mirrored at the right end, 1 inside): "
                        + String.join(", ", b.weights().stream().map(Rational::toString).toList()) + "."));
        if (!b.free().isEmpty()) {
            doc.add("Free parameters: " + b.free() + ".");
        }
        return new LineKernel(k.derivative(), k.minLength(), k.extra(), k.periodic(), k.operator(), k.adjoint(), doc);
    }
}
