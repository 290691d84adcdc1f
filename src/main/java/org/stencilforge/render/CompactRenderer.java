package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.PeriodicMatrices;
import org.stencilforge.stencil.Stencil;

/** Compact schemes and their periodic matrices as text, Markdown, LaTeX and JSON; it only formats. */
public final class CompactRenderer {

    private CompactRenderer() {
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

    public static String text(CompactScheme s) {
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
        b.append(title).append('\n').append(TextRenderer.pad("offset", wo)).append("  ")
                .append(TextRenderer.pad("weight", ww)).append('\n');
        for (int i = 0; i < offsets.size(); i++) {
            b.append(TextRenderer.pad(offsets.get(i).toString(), wo)).append("  ")
                    .append(TextRenderer.pad(weights.get(i).toString(), ww))
                    .append('\n');
        }
    }

    public static String markdown(CompactScheme s) {
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

    public static String latex(CompactScheme s, RenderOptions options) {
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

    public static String text(PeriodicMatrices pm, int m) {
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
            b.append(row.stream().map(x -> TextRenderer.pad(x.toString(), w))
                    .collect(Collectors.joining("  ", "  ", "\n")));
        }
    }

    public static String json(CompactScheme s, PeriodicMatrices pm) {
        return "{\"derivative\": " + s.derivative()
                + ", \"left\": {\"offsets\": " + JsonRenderer.strings(rationals(s.leftOffsets()))
                + ", \"weights\": " + JsonRenderer.strings(s.leftWeights()) + "}"
                + ", \"right\": {\"offsets\": " + JsonRenderer.strings(rationals(s.rightOffsets()))
                + ", \"weights\": " + JsonRenderer.strings(s.rightWeights()) + "}"
                + ", \"order\": " + (s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "null")
                + ", \"error\": " + s.error().terms().stream().map(JsonRenderer::term)
                        .collect(Collectors.joining(", ", "[", "]"))
                + (pm == null ? "" : ", \"periodic\": {\"points\": " + pm.size()
                        + ", \"A\": " + pm.a().stream().map(JsonRenderer::strings)
                                .collect(Collectors.joining(", ", "[", "]"))
                        + ", \"B\": " + pm.b().stream().map(JsonRenderer::strings)
                                .collect(Collectors.joining(", ", "[", "]"))
                        + "}")
                + "}\n";
    }
}
