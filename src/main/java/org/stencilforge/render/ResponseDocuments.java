package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.frequency.Bandwidth;
import org.stencilforge.frequency.FrequencyResponse;
import org.stencilforge.frequency.Labelled;
import org.stencilforge.frequency.Proof;
import org.stencilforge.frequency.Sample;
import org.stencilforge.frequency.Symbol;

/**
 * The documents of {@code stencilforge response}: text, Markdown, JSON, CSV and LaTeX. They
 * only arrange what {@link Responses} computed; every number is the library's own.
 */
public final class ResponseDocuments {

    private ResponseDocuments() {
    }

    // ------------------------------------------------------------------ formulas

    /** A trigonometric series {@code Σ a_k cos kθ + Σ b_k sin kθ}. */
    private record Series(List<Rational> cos, List<Rational> sin) {
        Series negate() {
            return new Series(cos.stream().map(Rational::negate).toList(), sin.stream().map(Rational::negate).toList());
        }

        boolean isZero() {
            return cos.stream().allMatch(Rational::isZero) && sin.stream().allMatch(Rational::isZero);
        }

        int terms() {
            return (int) (cos.stream().filter(r -> !r.isZero()).count() + sin.stream().filter(r -> !r.isZero()).count());
        }
    }

    /**
     * @param symbol the symbol
     * @param latex LaTeX rather than plain text
     * @return {@code H(ω)} in closed form, e.g. {@code i(4/3 sin ω - 1/6 sin 2ω)}
     */
    public static String symbol(Symbol symbol, boolean latex) {
        List<Rational> zeros = symbol.cos().stream().map(r -> Rational.ZERO).toList();
        return complex(new Series(symbol.cos(), zeros), new Series(zeros, symbol.sin()), symbol.half(), latex);
    }

    /**
     * @return the modified wavenumber {@code H(ω)/i^m} in closed form (real for symmetric
     *     stencils of even {@code m} and antisymmetric ones of odd {@code m})
     */
    public static String modifiedWavenumber(Symbol symbol, boolean latex) {
        List<Rational> zeros = symbol.cos().stream().map(r -> Rational.ZERO).toList();
        Series re = new Series(symbol.cos(), zeros);
        Series im = new Series(zeros, symbol.sin());
        Series a;
        Series b;
        switch (symbol.order() % 4) {
            case 0 -> { a = re; b = im; }
            case 1 -> { a = im; b = re.negate(); }
            case 2 -> { a = re.negate(); b = im.negate(); }
            default -> { a = im.negate(); b = re; }
        }
        return complex(a, b, symbol.half(), latex);
    }

    /** @return the ideal response {@code κ (iω)^m} */
    public static String ideal(Symbol symbol, boolean latex) {
        int m = symbol.order();
        String w = latex ? "\\omega" : "ω";
        String power = m == 0 ? "1" : m == 1 ? "i" + w : latex ? "(i\\omega)^{" + m + "}" : "(iω)^" + m;
        Rational k = symbol.kappa();
        String kt = k.equals(Rational.ONE) ? "" : k.equals(Rational.ONE.negate()) ? "-"
                : (latex ? Notation.LATEX : Notation.PLAIN).number(k) + " ";
        return m == 0 ? (latex ? Notation.LATEX : Notation.PLAIN).number(k) : kt + power;
    }

    private static String complex(Series a, Series b, boolean half, boolean latex) {
        String re = series(a, half, latex);
        if (b.isZero()) {
            return re;
        }
        String im = series(b, half, latex);
        String imag;
        java.util.regex.Matcher integer = java.util.regex.Pattern.compile("(-?)([0-9]+)(?: |\\\\,)(.*)").matcher(im);
        String gap = latex ? "\\," : " ";
        if (b.terms() == 1 && integer.matches()) {
            imag = integer.group(1) + integer.group(2) + "i" + gap + integer.group(3);
        } else if (b.terms() == 1 && !Character.isDigit(im.charAt(im.startsWith("-") ? 1 : 0))) {
            imag = im.startsWith("-") ? "-i" + gap + im.substring(1) : "i" + gap + im;
        } else {
            imag = latex ? "i\\left(" + im + "\\right)" : "i(" + im + ")";
        }
        return a.isZero() ? imag : Notation.signedSum(List.of(re, imag));
    }

    private static String series(Series s, boolean half, boolean latex) {
        Notation n = latex ? Notation.LATEX : Notation.PLAIN;
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < s.cos().size(); k++) {
            for (int f = 0; f < 2; f++) {
                Rational c = f == 0 ? s.cos().get(k) : s.sin().get(k);
                if (c.isZero() || (f == 1 && k == 0)) {
                    continue;
                }
                if (f == 0 && k == 0) {
                    terms.add(n.number(c));
                    continue;
                }
                String fn = (latex ? (f == 0 ? "\\cos" : "\\sin") : (f == 0 ? "cos" : "sin")) + angle(k, half, latex);
                Rational a = c.abs();
                String t = (a.equals(Rational.ONE) ? "" : n.number(a) + (latex ? "\\," : " ")) + fn;
                terms.add(c.signum() < 0 ? "-" + t : t);
            }
        }
        return Notation.signedSum(terms);
    }

    private static String angle(int k, boolean half, boolean latex) {
        String w = latex ? "\\omega" : "ω";
        if (!half || k % 2 == 0) {
            int j = half ? k / 2 : k;
            return (latex ? " " : " ") + (j == 1 ? "" : Integer.toString(j)) + w;
        }
        if (latex) {
            return "\\frac{" + (k == 1 ? "" : Integer.toString(k)) + w + "}{2}";
        }
        return "(" + (k == 1 ? "" : Integer.toString(k)) + w + "/2)";
    }

    // ------------------------------------------------------------------ documents

    /** @return the text document */
    public static String text(List<Labelled> all) {
        StringBuilder b = new StringBuilder();
        for (Labelled l : all) {
            FrequencyResponse r = l.response();
            Symbol s = r.symbol();
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(l.stencil().dimension() == 1 ? "derivative " + s.order() + ", " : "").append(l.label())
                    .append('\n');
            if (l.stencil().dimension() == 1) {
                b.append("  ").append(Notation.formula(l.stencil())).append('\n');
            }
            b.append("  H(ω) = ").append(symbol(s, false)).append('\n');
            int m = s.order();
            String k = s.kappa().equals(Rational.ONE) ? "" : s.kappa() + " ";
            b.append("  modified wavenumber ").append(m == 0 ? "H(ω)" : m == 1 ? "H(ω)/i" : "H(ω)/i^" + m)
                    .append(" = ").append(modifiedWavenumber(s, false)).append("   (ideal ")
                    .append(m == 0 ? s.kappa().toString() : k + (m == 1 ? "ω" : "ω^" + m)).append(")\n");
            b.append("  tangency at 0: ").append(tangency(r)).append('\n');
            b.append("  zero at π: ").append(nyquist(r)).append('\n');
            b.append("  bandwidth (relative error ≤ ").append(Notation.PLAIN.number(r.bandwidth().tolerance()))
                    .append("): ").append(bandwidth(r.bandwidth())).append('\n');
            b.append("  proofs:\n");
            int w = r.proofs().stream().mapToInt(p -> p.statement().length()).max().orElse(0);
            for (Proof p : r.proofs()) {
                b.append("    ").append(pad(p.statement(), w)).append("  ").append(p.verdict())
                        .append(p.detail() == null ? "" : " (" + p.detail() + ")").append('\n');
            }
            if (!r.samples().isEmpty()) {
                b.append("  samples:\n");
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"ω/π", "|H(ω)|", "arg H(ω)", "relative error"});
                for (Sample x : r.samples()) {
                    rows.add(new String[] {x.x().toString(), orDash(x.magnitude()), orDash(x.phase()),
                        orDash(x.relativeError())});
                }
                int[] widths = new int[4];
                for (String[] row : rows) {
                    for (int i = 0; i < 4; i++) {
                        widths[i] = Math.max(widths[i], row[i].length());
                    }
                }
                for (String[] row : rows) {
                    b.append("    ");
                    for (int i = 0; i < 4; i++) {
                        b.append(i == 0 ? "" : "  ").append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    /** @return the Markdown document: a summary table, the proofs and the samples */
    public static String markdown(List<Labelled> all) {
        StringBuilder b = new StringBuilder();
        b.append("| stencil | H(ω) | tangency at 0 | zero at π | bandwidth |\n| --- | --- | --- | --- | --- |\n");
        for (Labelled l : all) {
            FrequencyResponse r = l.response();
            b.append("| ").append(l.label()).append(" | `").append(symbol(r.symbol(), false)).append("` | ")
                    .append(tangency(r)).append(" | ").append(nyquist(r)).append(" | ")
                    .append(bandwidth(r.bandwidth())).append(" |\n");
        }
        for (Labelled l : all) {
            FrequencyResponse r = l.response();
            b.append("\n### ").append(l.label()).append("\n\n");
            b.append("Relative error within ").append(Notation.PLAIN.number(r.bandwidth().tolerance()))
                    .append(" up to ω = ").append(bandwidth(r.bandwidth())).append(".\n\n");
            b.append("| property | verdict |\n| --- | --- |\n");
            for (Proof p : r.proofs()) {
                b.append("| ").append(p.statement()).append(" | ").append(p.verdict())
                        .append(p.detail() == null ? "" : " (" + p.detail() + ")").append(" |\n");
            }
            if (!r.samples().isEmpty()) {
                b.append("\n| ω/π | \\|H(ω)\\| | arg H(ω) | relative error |\n| --- | --- | --- | --- |\n");
                for (Sample x : r.samples()) {
                    b.append("| ").append(x.x()).append(" | ").append(orDash(x.magnitude())).append(" | ")
                            .append(orDash(x.phase())).append(" | ").append(orDash(x.relativeError())).append(" |\n");
                }
            }
        }
        return b.toString();
    }

    /** @return {@code {"stencils": [...]}}, one object per stencil, on one line per stencil */
    public static String json(List<Labelled> all) {
        StringBuilder b = new StringBuilder("{\"stencils\": [");
        for (int i = 0; i < all.size(); i++) {
            Labelled l = all.get(i);
            FrequencyResponse r = l.response();
            Symbol s = r.symbol();
            b.append(i == 0 ? "\n" : ",\n");
            b.append("{\"label\": ").append(str(l.label()))
                    .append(", \"order\": ").append(s.order())
                    .append(", \"direction\": ").append(l.direction() == null ? "null"
                            : l.direction().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")))
                    .append(", \"offsets\": ").append(strings(s.offsets()))
                    .append(", \"weights\": ").append(strings(s.weights()))
                    .append(", \"variable\": ").append(str(s.half() ? "ω/2" : "ω"))
                    .append(", \"cos\": ").append(strings(s.cos()))
                    .append(", \"sin\": ").append(strings(s.sin()))
                    .append(", \"symbol\": ").append(str(symbol(s, false)))
                    .append(", \"symbolLatex\": ").append(str(symbol(s, true)))
                    .append(", \"ideal\": ").append(str(ideal(s, false)))
                    .append(", \"modifiedWavenumber\": ").append(str(modifiedWavenumber(s, false)))
                    .append(", \"tangency\": ").append(r.tangency() == null ? "null" : r.tangency())
                    .append(", \"nyquistZero\": ").append(r.nyquistZero())
                    .append(", \"tolerance\": ").append(str(r.bandwidth().tolerance().toString()))
                    .append(", \"bandwidth\": ").append(str(r.bandwidth().decimal()))
                    .append(", \"bandwidthStatus\": ").append(str(r.bandwidth().status()))
                    .append(", \"proofs\": [");
            for (int j = 0; j < r.proofs().size(); j++) {
                Proof p = r.proofs().get(j);
                b.append(j == 0 ? "" : ", ").append("{\"name\": ").append(str(p.name()))
                        .append(", \"statement\": ").append(str(p.statement()))
                        .append(", \"status\": ").append(str(p.status()))
                        .append(", \"at\": ").append(str(p.at()))
                        .append(", \"detail\": ").append(str(p.detail())).append('}');
            }
            b.append("], \"samples\": [");
            for (int j = 0; j < r.samples().size(); j++) {
                Sample x = r.samples().get(j);
                b.append(j == 0 ? "" : ", ").append("{\"omegaOverPi\": ").append(str(x.x().toString()))
                        .append(", \"magnitude\": ").append(str(x.magnitude()))
                        .append(", \"phase\": ").append(str(x.phase()))
                        .append(", \"relativeError\": ").append(str(x.relativeError())).append('}');
            }
            b.append("]}");
        }
        return b.append("\n]}\n").toString();
    }

    /** @return {@code stencil,omega_over_pi,magnitude,phase,relative_error}, one row per sample */
    public static String csv(List<Labelled> all) {
        StringBuilder b = new StringBuilder("stencil,omega_over_pi,magnitude,phase,relative_error\n");
        for (int i = 0; i < all.size(); i++) {
            for (Sample x : all.get(i).response().samples()) {
                b.append(i + 1).append(',').append(x.x()).append(',').append(blank(x.magnitude())).append(',')
                        .append(blank(x.phase())).append(',').append(blank(x.relativeError())).append('\n');
            }
        }
        return b.toString();
    }

    /** @return the symbols as display equations with a table of the properties; a whole document if asked */
    public static String latex(List<Labelled> all, boolean standalone) {
        StringBuilder b = new StringBuilder();
        b.append("\\begin{align*}\n");
        for (int i = 0; i < all.size(); i++) {
            Symbol s = all.get(i).response().symbol();
            b.append("H_{").append(i + 1).append("}(\\omega) &= ").append(symbol(s, true))
                    .append(i == all.size() - 1 ? "\n" : " \\\\\n");
        }
        b.append("\\end{align*}\n\n");
        b.append("\\begin{tabular}{rllll}\n\\toprule\n")
                .append(" & stencil & tangency at 0 & zero at $\\pi$ & bandwidth \\\\\n\\midrule\n");
        for (int i = 0; i < all.size(); i++) {
            Labelled l = all.get(i);
            FrequencyResponse r = l.response();
            b.append(i + 1).append(" & ").append(latexText(l.label())).append(" & ").append(tangency(r))
                    .append(" & ").append(r.nyquistZero()).append(" & $")
                    .append(r.bandwidth().decimal()).append("$ \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n");
        return new RenderOptions(standalone).document(b.toString(), false);
    }

    /** Labels are built by the library from parsed numbers; escape the few LaTeX specials anyway. */
    private static String latexText(String s) {
        return s.replace("\\", "").replace("_", "\\_").replace("^", "\\^{}").replace("%", "\\%")
                .replace("&", "\\&").replace("#", "\\#").replace("$", "\\$").replace("{", "").replace("}", "")
                .replace("ω", "$\\omega$").replace("π", "$\\pi$");
    }

    private static String tangency(FrequencyResponse r) {
        return r.tangency() == null ? "exact" : Integer.toString(r.tangency());
    }

    private static String nyquist(FrequencyResponse r) {
        return r.nyquistZero() == 0 ? "no zero" : "zero of order " + r.nyquistZero();
    }

    private static String bandwidth(Bandwidth b) {
        return switch (b.status()) {
            case "whole-band" -> "π (the whole band)";
            case "none" -> "0";
            case "undecided" -> b.decimal() + " (undecided)";
            default -> b.decimal();
        };
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String strings(List<Rational> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
