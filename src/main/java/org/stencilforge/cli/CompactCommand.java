package org.stencilforge.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stencilforge.Checks;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.CompactSchemes;
import org.stencilforge.compact.PeriodicMatrices;
import org.stencilforge.derivation.Limits;
import org.stencilforge.render.Format;
import org.stencilforge.render.Notation;
import org.stencilforge.render.RenderOptions;
import org.stencilforge.stencil.Stencil;
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
                + "(-2 and 2); the rest are solved for."},
        footer = {"",
            "Examples:",
            "  stencilforge compact --derivative 1 --accuracy 6",
            "  stencilforge compact --derivative 1 --left=-1,0,1 --right=-2..2",
            "  stencilforge compact --derivative 1 --left=-1,0,1 --right=-3..3 --alpha 3/8",
            "  stencilforge compact --derivative 2 --accuracy 10 --format json",
            "  stencilforge compact --derivative 1 --accuracy 4 --format latex --standalone"})
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
            description = "Also print the exact circulant matrices A and B with A f^(m) = h^-m B f on a periodic"
                    + " grid of N points (text and json).")
    private Integer points;

    @Option(names = "--max-size", paramLabel = "N", defaultValue = "" + PeriodicMatrices.DEFAULT_MAX_SIZE,
            description = "Refuse --points above this (default: ${DEFAULT-VALUE}).")
    private int maxSize;

    @Option(names = "--error-terms", paramLabel = "K", defaultValue = "1",
            description = "How many error terms to list (default: ${DEFAULT-VALUE}).")
    private int errorTerms;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "" + CompactSchemes.DEFAULT_MAX_POINTS,
            description = "Refuse more offsets than this on either side (default: ${DEFAULT-VALUE}).")
    private int maxPoints;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), markdown, latex or json.")
    private Format format;

    @Mixin
    private OutputOptions common;

    /** {@code --format} of {@code compact}. */
    static final class FormatConverter extends LabelConverter<Format> {
        FormatConverter() {
            super(Format.class, EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.LATEX, Format.JSON));
        }
    }

    @Override
    public Integer call() {
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
        Checks.require(points == null || format == Format.TEXT || format == Format.JSON,
                "--points prints the matrices as text or json; add --format json or drop --points");
        PeriodicMatrices matrices = points == null ? null : PeriodicMatrices.of(scheme, points, maxSize);
        String text = switch (format) {
            case TEXT -> Render.text(scheme) + (matrices == null ? "" : Render.text(matrices, scheme.derivative()));
            case MARKDOWN -> Render.markdown(scheme);
            case LATEX -> Render.latex(scheme, options);
            case JSON -> Render.json(scheme, matrices);
            default -> throw new IllegalStateException(format.name());
        };
        common.write(text, spec);
        return Main.OK;
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

    /** Formats a scheme; no mathematics here. */
    static final class Render {

        private Render() {
        }

        private static List<Rational> rationals(List<Integer> values) {
            return values.stream().map(v -> Rational.of(v)).toList();
        }

        /** The implicit side: {@code 1/3 f'(x-h) + f'(x) + 1/3 f'(x+h)}. */
        private static String implicit(CompactScheme s, Notation n) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < s.leftOffsets().size(); i++) {
                Rational w = s.leftWeights().get(i);
                if (w.isZero()) {
                    continue;
                }
                String sample = n.sample(Rational.of(s.leftOffsets().get(i))).substring(1); // (x-h) or _{-1}
                String symbol = n.derivative(s.derivative()).replace("(x)", sample);
                String size = w.abs().equals(Rational.ONE) ? "" : n.number(w.abs()) + " ";
                terms.add((w.signum() < 0 ? "-" : "") + size + symbol);
            }
            return Notation.signedSum(terms);
        }

        /** The explicit side over a common denominator, as the stencil formulas print. */
        private static String explicit(CompactScheme s, Notation n) {
            return n.approximation(Stencil.of(s.derivative(), rationals(s.rightOffsets()), s.rightWeights()));
        }

        private static String relation(CompactScheme s, Notation n) {
            return implicit(s, n) + " = " + explicit(s, n);
        }

        private static String order(CompactScheme s) {
            return s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "exact (no truncation error)";
        }

        private static String given(CompactScheme s) {
            return s.fixed().isEmpty() ? "" : "given: " + s.fixed().stream().filter(k -> k > 0)
                    .map(k -> "alpha(-" + k + ") = alpha(" + k + ") = " + s.alpha(k))
                    .collect(Collectors.joining(", ")) + "\n";
        }

        static String text(CompactScheme s) {
            StringBuilder b = new StringBuilder();
            b.append(relation(s, Notation.PLAIN)).append("\n\n");
            table(b, "left (derivative samples)", s.leftOffsets(), s.leftWeights());
            b.append('\n');
            table(b, "right (function samples, times " + Notation.PLAIN.hPower(-s.derivative()) + ")",
                    s.rightOffsets(), s.rightWeights());
            b.append('\n').append(given(s)).append("order of accuracy: ").append(order(s)).append('\n');
            if (!s.error().terms().isEmpty()) {
                b.append("truncation error (explicit side - implicit side):\n  ")
                        .append(Notation.PLAIN.error(s.error(), true)).append('\n');
            }
            return b.toString();
        }

        private static void table(StringBuilder b, String title, List<Integer> offsets, List<Rational> weights) {
            int wo = Math.max("offset".length(), offsets.stream().mapToInt(o -> o.toString().length()).max().orElse(0));
            int ww = Math.max("weight".length(), weights.stream().mapToInt(w -> w.toString().length()).max().orElse(0));
            b.append(title).append('\n').append(pad("offset", wo)).append("  ").append(pad("weight", ww)).append('\n');
            for (int i = 0; i < offsets.size(); i++) {
                b.append(pad(offsets.get(i).toString(), wo)).append("  ").append(pad(weights.get(i).toString(), ww))
                        .append('\n');
            }
        }

        private static String pad(String s, int width) {
            return " ".repeat(width - s.length()) + s;
        }

        static String markdown(CompactScheme s) {
            StringBuilder b = new StringBuilder();
            b.append('`').append(relation(s, Notation.PLAIN)).append("`\n\n");
            b.append("| side | offset | weight |\n|---|---:|---:|\n");
            for (int i = 0; i < s.leftOffsets().size(); i++) {
                b.append("| left | ").append(s.leftOffsets().get(i)).append(" | ").append(s.leftWeights().get(i))
                        .append(" |\n");
            }
            for (int i = 0; i < s.rightOffsets().size(); i++) {
                b.append("| right | ").append(s.rightOffsets().get(i)).append(" | ").append(s.rightWeights().get(i))
                        .append(" |\n");
            }
            b.append('\n').append(given(s).replace("\n", "\n\n")).append("Order of accuracy: ").append(order(s))
                    .append('\n');
            if (!s.error().terms().isEmpty()) {
                b.append("\nTruncation error (explicit side - implicit side): `")
                        .append(Notation.PLAIN.error(s.error(), true)).append("`\n");
            }
            return b.toString();
        }

        static String latex(CompactScheme s, RenderOptions options) {
            // two lines: the pentadiagonal relations are wider than a page
            String body = "\\begin{gather*}\n  " + implicit(s, Notation.LATEX) + " \\\\\n  = "
                    + explicit(s, Notation.LATEX) + "\n\\end{gather*}\n"
                    + "Order of accuracy: " + order(s) + "."
                    + (s.error().terms().isEmpty() ? "\n"
                            : " Truncation error (explicit side minus implicit side):\n\\begin{equation*}\n  "
                                    + Notation.LATEX.error(s.error(), true) + "\n\\end{equation*}\n");
            if (!options.standalone()) {
                return body;
            }
            return "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n" + body + "\\end{document}\n";
        }

        static String text(PeriodicMatrices pm, int m) {
            StringBuilder b = new StringBuilder("\nperiodic grid of " + pm.size() + " points: A f^(" + m + ") = "
                    + Notation.PLAIN.hPower(-m) + " B f\nA =\n");
            rows(b, pm.a());
            b.append("B =\n");
            rows(b, pm.b());
            return b.toString();
        }

        private static void rows(StringBuilder b, List<List<Rational>> rows) {
            int w = rows.stream().flatMap(List::stream).mapToInt(x -> x.toString().length()).max().orElse(1);
            for (List<Rational> row : rows) {
                b.append(row.stream().map(x -> pad(x.toString(), w)).collect(Collectors.joining("  ", "  ", "\n")));
            }
        }

        static String json(CompactScheme s, PeriodicMatrices pm) {
            return "{\"derivative\": " + s.derivative()
                    + ", \"left\": {\"offsets\": " + strings(rationals(s.leftOffsets()))
                    + ", \"weights\": " + strings(s.leftWeights()) + "}"
                    + ", \"right\": {\"offsets\": " + strings(rationals(s.rightOffsets()))
                    + ", \"weights\": " + strings(s.rightWeights()) + "}"
                    + ", \"order\": " + (s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "null")
                    + ", \"error\": " + s.error().terms().stream().map(Render::term)
                            .collect(Collectors.joining(", ", "[", "]"))
                    + (pm == null ? "" : ", \"periodic\": {\"points\": " + pm.size()
                            + ", \"A\": " + pm.a().stream().map(Render::strings).collect(Collectors.joining(", ", "[", "]"))
                            + ", \"B\": " + pm.b().stream().map(Render::strings).collect(Collectors.joining(", ", "[", "]"))
                            + "}")
                    + "}\n";
        }

        private static String term(ErrorTerm t) {
            return "{\"derivative\": " + t.derivative().get(0) + ", \"hPower\": " + t.hPower()
                    + ", \"coefficient\": \"" + t.coefficient() + "\"}";
        }

        /** Rationals print as digits, {@code -} and {@code /} only: nothing to escape. */
        private static String strings(List<Rational> values) {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
        }
    }
}
