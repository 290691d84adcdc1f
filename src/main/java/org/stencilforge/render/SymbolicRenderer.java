package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.symbolic.Degeneracy;
import org.stencilforge.symbolic.Expr;
import org.stencilforge.symbolic.SymbolicGridStencil;
import org.stencilforge.symbolic.Relation;
import org.stencilforge.symbolic.SymbolicErrorTerm;
import org.stencilforge.symbolic.SymbolicStencil;

/**
 * Documents for a stencil on symbolic offsets ({@link SymbolicStencil}), in
 * text, Markdown, LaTeX and JSON. Expressions are printed from the library's
 * expression trees: in text, Markdown and JSON in the documented syntax of
 * {@link org.stencilforge.symbolic.Expr#text()} ({@code *}, {@code /},
 * {@code +}, {@code -}, {@code ^}, parentheses, symbol names as typed), in
 * LaTeX with {@code \frac} and subscripts ({@code h_{1}} for {@code h1}).
 *
 * <p>JSON keys, in this order: {@code derivative}, {@code symbols},
 * {@code offsets}, {@code weights} (strings), {@code order} (the total degree
 * of the leading error coefficient in the symbols, or {@code null} when
 * exact), {@code error} (each {@code derivative}, {@code hPower} = 0,
 * {@code degree}, {@code coefficient}), {@code next} (the derivative order of
 * the next term, or {@code null}), {@code leadingVanishesWhen} (relations as
 * strings) and {@code invalidWhen} (each {@code offsets}, two 0-based indices,
 * and {@code relation}).
 */
public enum SymbolicRenderer {
    /** Plain text. */
    TEXT,
    /** Markdown. */
    MARKDOWN,
    /** LaTeX (amsmath). */
    LATEX,
    /** One JSON object on one line. */
    JSON;

    /**
     * @param s the stencil
     * @param options LaTeX: whether to write a whole document
     * @return the whole document, ending with a newline
     */
    public String render(SymbolicStencil s, RenderOptions options) {
        return switch (this) {
            case TEXT -> text(s, false);
            case MARKDOWN -> text(s, true);
            case LATEX -> options.document(latex(s), false);
            case JSON -> json(s);
        };
    }

    private static String text(SymbolicStencil s, boolean markdown) {
        StringBuilder b = new StringBuilder();
        String derivative = Notation.PLAIN.derivative(s.derivative());
        b.append(markdown ? "**" : "").append(derivative).append(" ≈ Σ w_j f(x + s_j)")
                .append(markdown ? "**" : "").append(", offsets s_j in ").append(String.join(", ", s.symbols()))
                .append("\n\n");
        if (markdown) {
            b.append("| offset | weight |\n| --- | --- |\n");
            for (int j = 0; j < s.size(); j++) {
                b.append("| `").append(s.offsets().get(j).text()).append("` | `")
                        .append(s.weights().get(j).text()).append("` |\n");
            }
        } else {
            int width = "offset".length();
            for (var o : s.offsets()) {
                width = Math.max(width, o.text().length());
            }
            b.append(pad("offset", width)).append("  weight\n");
            for (int j = 0; j < s.size(); j++) {
                b.append(pad(s.offsets().get(j).text(), width)).append("  ").append(s.weights().get(j).text())
                        .append('\n');
            }
        }
        b.append('\n').append(markdown ? "Order of accuracy: " : "order of accuracy: ")
                .append(s.order().isPresent() ? s.order().getAsInt()
                        + " (the degree of the leading error coefficient in the spacings)" : "exact")
                .append('\n');
        b.append(markdown ? "\nTruncation error (approximation − exact): " : "truncation error (approximation - exact):\n  ");
        List<String> terms = new ArrayList<>();
        for (SymbolicErrorTerm t : s.error()) {
            terms.add(coefficient(t) + " " + Notation.PLAIN.derivative(t.derivative()));
        }
        String error = terms.isEmpty() ? "0" : Notation.signedSum(terms)
                + (s.next().isPresent() ? " + ... (next: " + Notation.PLAIN.derivative(s.next().getAsInt()) + ")" : "");
        b.append(markdown ? "`" + error + "`" : error).append('\n');
        if (!s.leadingVanishes().isEmpty()) {
            b.append(markdown ? "\n" : "").append("the leading term vanishes when: ").append(s.leadingVanishes()
                    .stream().map(Relation::text).collect(Collectors.joining(", or "))).append('\n');
        }
        if (!s.degeneracies().isEmpty()) {
            b.append(markdown ? "\n" : "").append("the formula does not hold when two offsets coincide:\n");
            for (Degeneracy d : s.degeneracies()) {
                b.append(markdown ? "- " : "  ").append(d.relation().text()).append(" (offsets ")
                        .append(s.offsets().get(d.first()).text()).append(" and ")
                        .append(s.offsets().get(d.second()).text()).append(")\n");
            }
        }
        return b.toString();
    }

    private static String coefficient(SymbolicErrorTerm t) {
        String c = t.coefficient().text();
        return t.coefficient() instanceof org.stencilforge.symbolic.Expr.Sum ? "(" + c + ")" : c;
    }

    private static String latex(SymbolicStencil s) {
        StringBuilder b = new StringBuilder("\\begin{align*}\n");
        b.append(Notation.LATEX.derivative(s.derivative())).append(" &\\approx ");
        List<String> sum = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            org.stencilforge.symbolic.Expr at = s.offsets().get(j);
            String x = at instanceof org.stencilforge.symbolic.Expr.Num n && n.value().signum() == 0 ? "x"
                    : Notation.signedSum(List.of("x", at.latex()));
            String w = s.weights().get(j).latex() + " \\, f\\left(" + x + "\\right)";
            sum.add(j == 0 ? w : w.startsWith("-") ? "\n  - " + w.substring(1) : "\n  + " + w);
        }
        b.append(String.join("", sum));
        List<String> terms = new ArrayList<>();
        for (SymbolicErrorTerm t : s.error()) {
            // the exact derivative is the formula minus the error
            String c = org.stencilforge.symbolic.Expr.negate(t.coefficient()).latex();
            terms.add(c + " \\, " + Notation.LATEX.derivative(t.derivative()));
        }
        if (!terms.isEmpty()) {
            b.append(" \\\\\n &\\quad ").append(Notation.signedSum(terms).startsWith("-") ? "" : "+ ")
                    .append(Notation.signedSum(terms)).append(s.next().isPresent() ? " + \\dotsb" : "");
        }
        return b.append("\n\\end{align*}\n").toString();
    }

    private static String json(SymbolicStencil s) {
        StringBuilder b = new StringBuilder("{\"derivative\": ").append(s.derivative());
        b.append(", \"symbols\": ").append(strings(s.symbols()));
        b.append(", \"offsets\": ").append(strings(s.offsets().stream().map(e -> e.text()).toList()));
        b.append(", \"weights\": ").append(strings(s.weights().stream().map(e -> e.text()).toList()));
        b.append(", \"order\": ").append(s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "null");
        b.append(", \"error\": [").append(s.error().stream().map(t -> "{\"derivative\": " + t.derivative()
                + ", \"hPower\": 0, \"degree\": " + t.degree() + ", \"coefficient\": " + string(t.coefficient().text())
                + "}").collect(Collectors.joining(", "))).append(']');
        b.append(", \"next\": ").append(s.next().isPresent() ? Integer.toString(s.next().getAsInt()) : "null");
        b.append(", \"leadingVanishesWhen\": ").append(strings(s.leadingVanishes().stream().map(Relation::text)
                .toList()));
        b.append(", \"invalidWhen\": [").append(s.degeneracies().stream().map(d -> "{\"offsets\": [" + d.first()
                + ", " + d.second() + "], \"relation\": " + string(d.relation().text()) + "}")
                .collect(Collectors.joining(", "))).append(']');
        return b.append("}\n").toString();
    }

    /**
     * A stencil on a grid with symbolic spacings: the operator, the spacings,
     * a table of grid offsets and weights, the order (total power of the
     * spacings) and the error terms with their monomials in the spacings. JSON
     * keys: {@code dimension}, {@code operator}, {@code spacing} (axis name to
     * spacing), {@code offsets} (grid indices), {@code weights}, {@code order},
     * {@code hPower} (0), {@code error} (each {@code derivative}, {@code power},
     * {@code coefficient}), {@code choice}.
     *
     * @param s the stencil
     * @param options LaTeX: whether to write a whole document
     * @return the whole document, ending with a newline
     */
    public String render(SymbolicGridStencil s, RenderOptions options) {
        return switch (this) {
            case TEXT -> gridText(s, false);
            case MARKDOWN -> gridText(s, true);
            case LATEX -> options.document(gridLatex(s), false);
            case JSON -> gridJson(s);
        };
    }

    private static String spacingText(SymbolicGridStencil s) {
        int d = s.dimension();
        List<String> names = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            String name = Notation.spacingName(a, d);
            String h = s.spacing().get(a).text();
            names.add(name.equals(h) ? h : name + " = " + h);
        }
        return String.join(", ", names);
    }

    private static String offset(List<Rational> p) {
        return p.stream().map(Rational::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String gridText(SymbolicGridStencil s, boolean markdown) {
        StringBuilder b = new StringBuilder();
        String op = Notation.PLAIN.operator(s.operator());
        String formula = (s.operator().terms().size() > 1 ? "(" + op + ")" : op) + " f ≈ Σ w f(x + s ∘ h)";
        b.append(markdown ? "`" + formula + "`" : formula).append(", weights (carrying the spacings) at the grid"
                + " offsets s, spacings ").append(spacingText(s)).append("\n\n");
        List<String> offsets = s.offsets().stream().map(SymbolicRenderer::offset).toList();
        if (markdown) {
            b.append("| offset | weight |\n| --- | --- |\n");
            for (int j = 0; j < offsets.size(); j++) {
                b.append("| ").append(offsets.get(j)).append(" | `").append(s.weights().get(j).text()).append("` |\n");
            }
        } else {
            int width = Math.max("offset".length(), offsets.stream().mapToInt(String::length).max().orElse(0));
            b.append(pad("offset", width)).append("  weight\n");
            for (int j = 0; j < offsets.size(); j++) {
                b.append(pad(offsets.get(j), width)).append("  ").append(s.weights().get(j).text()).append('\n');
            }
        }
        b.append('\n').append(markdown ? "Order of accuracy: " : "order of accuracy: ")
                .append(s.order().isPresent() ? s.order().getAsInt() + " (the total power of the spacings)"
                        : "exact").append('\n');
        b.append(markdown ? "\nChosen by: " : "chosen by: ").append(Notation.choice(s.choice())).append('\n');
        List<String> terms = new ArrayList<>();
        for (SymbolicGridStencil.Term t : s.error()) {
            terms.add(t.coefficient().text() + " " + Notation.PLAIN.partial(t.derivative()));
        }
        String error = terms.isEmpty() ? "0" : Notation.signedSum(terms) + Notation.PLAIN.bigO(s.remainder());
        b.append(markdown ? "\nTruncation error (approximation − exact): `" + error + "`"
                : "truncation error (approximation - exact):\n  " + error).append('\n');
        return b.toString();
    }

    private static String gridLatex(SymbolicGridStencil s) {
        StringBuilder b = new StringBuilder("\\begin{align*}\n");
        b.append(Notation.LATEX.operator(s.operator())).append(" &\\approx ");
        List<String> sum = new ArrayList<>();
        int d = s.dimension();
        for (int j = 0; j < s.offsets().size(); j++) {
            List<String> at = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                Rational i = s.offsets().get(j).get(a);
                String axis = Notation.axis(a, d);
                String h = s.spacing().get(a).latex();
                at.add(i.isZero() ? axis : axis + (i.signum() < 0 ? " - " : " + ")
                        + (i.abs().equals(Rational.ONE) ? "" : Notation.LATEX.number(i.abs()) + " ") + h);
            }
            Expr w = s.weights().get(j);
            String weight = w instanceof Expr.Sum ? "\\left(" + w.latex() + "\\right)" : w.latex();
            sum.add(weight + " \\, f\\left(" + String.join(", ", at) + "\\right)");
        }
        for (int j = 0; j < sum.size(); j++) {
            String t = sum.get(j);
            b.append(j == 0 ? t : "\n  \\\\ &\\quad " + (t.startsWith("-") ? "- " + t.substring(1) : "+ " + t));
        }
        List<String> terms = new ArrayList<>();
        for (SymbolicGridStencil.Term t : s.error()) {
            // the exact derivative is the formula minus the error
            terms.add(Expr.negate(t.coefficient()).latex() + " \\, " + Notation.LATEX.partial(t.derivative()));
        }
        if (!terms.isEmpty()) {
            String e = Notation.signedSum(terms);
            b.append(" \\\\\n &\\quad ").append(e.startsWith("-") ? "" : "+ ").append(e)
                    .append(s.remainder().isPresent() ? " + \\dotsb" : "");
        }
        return b.append("\n\\end{align*}\n").toString();
    }

    private static String gridJson(SymbolicGridStencil s) {
        int d = s.dimension();
        StringBuilder b = new StringBuilder("{\"dimension\": ").append(d);
        b.append(", \"operator\": ").append(s.operator().terms().stream().map(t -> "{\"derivative\": "
                + t.derivative() + ", \"coefficient\": \"" + t.coefficient() + "\"}")
                .collect(Collectors.joining(", ", "[", "]")));
        List<String> spacing = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            spacing.add(string(Notation.spacingName(a, d)) + ": " + string(s.spacing().get(a).text()));
        }
        b.append(", \"spacing\": {").append(String.join(", ", spacing)).append('}');
        b.append(", \"offsets\": ").append(s.offsets().stream().map(p -> strings(p.stream().map(Rational::toString)
                .toList())).collect(Collectors.joining(", ", "[", "]")));
        b.append(", \"weights\": ").append(strings(s.weights().stream().map(Expr::text).toList()));
        b.append(", \"order\": ").append(s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "null");
        b.append(", \"hPower\": 0");
        b.append(", \"error\": [").append(s.error().stream().map(t -> "{\"derivative\": " + t.derivative()
                + ", \"power\": " + t.power() + ", \"coefficient\": " + string(t.coefficient().text()) + "}")
                .collect(Collectors.joining(", "))).append(']');
        b.append(", \"choice\": ").append(s.choice().stream()
                .map(c -> "\"" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\"")
                .collect(Collectors.joining(", ", "[", "]")));
        return b.append("}\n").toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(SymbolicRenderer::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Printed values are the library's own (names are ASCII letters, digits, underscores); quotes escaped anyway. */
    private static String string(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
