package org.stencilforge.render;

import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * For notes, issue trackers and the reference tables: a stencil as its formula
 * (or, from a multidimensional request, its operator), a Markdown table of
 * offsets and weights, the order and the error; a family as one table per
 * derivative, a row per accuracy and a column per offset.
 */
public final class MarkdownRenderer implements StencilRenderer, TableRenderer {

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        StringBuilder b = new StringBuilder();
        if (result.isLine()) {
            b.append('`').append(Notation.formula(stencil)).append("`\n\n");
        } else {
            String op = Notation.PLAIN.operator(stencil.operator());
            int m = stencil.derivative();
            b.append('`').append(stencil.operator().terms().size() > 1 ? "(" + op + ")" : op).append(" f ≈ ")
                    .append(m == 0 || result.isSpaced() ? "" : Notation.PLAIN.hPower(-m) + " ")
                    .append(result.isSpaced() ? "Σ w f(x + s ∘ h)`, `" + Notation.PLAIN.spacing(result.spacing())
                            + "` (the weights carry the spacings)\n\n" : "Σ w f(x + s h)`\n\n");
        }
        List<Rational> nodes = result.nodes().orElse(null);
        result.at().ifPresent(z -> b.append("At x = ").append(z).append(", h = 1: the nodes x_j are x + s_j.\n\n"));
        b.append(nodes == null ? "| offset | weight |\n|---:|---:|\n" : "| node | offset | weight |\n|---:|---:|---:|\n");
        for (int j = 0; j < stencil.size(); j++) {
            b.append("| ").append(nodes == null ? "" : nodes.get(j) + " | ").append(offset(stencil.offsets().get(j)))
                    .append(" | ").append(stencil.weights().get(j)).append(" |\n");
        }
        b.append("\nOrder of accuracy: ").append(Notation.order(result.error())).append('\n');
        if (!result.choice().isEmpty()) {
            b.append("\nChosen by: ").append(Notation.choice(result.choice())).append('\n');
        }
        if (!result.error().terms().isEmpty()) {
            b.append("\nTruncation error (approximation - exact): `")
                    .append(Notation.PLAIN.error(result.error(), result.isLine())).append("`\n");
        }
        return b.toString();
    }

    @Override
    public String render(StencilTable table) {
        StringBuilder b = new StringBuilder();
        for (int m : table.derivatives()) {
            List<StencilTable.Entry> entries = table.entries(m);
            List<Rational> columns = Notation.columns(entries);
            b.append(b.length() == 0 ? "" : "\n").append("## ").append(Notation.schemeTitle(table.scheme()))
                    .append(" differences, derivative ")
                    .append(m).append("\n\n`").append(Notation.PLAIN.derivative(m)).append(" ≈ ")
                    .append(m == 0 ? "" : "h^(-" + m + ") ")
                    .append("Σ w_j f(x + s_j h)`: the weights w_j by offset s_j (columns) and order of accuracy")
                    .append(" (rows), with the leading term of the error (approximation - exact).\n\n| accuracy |");
            columns.forEach(s -> b.append(' ').append(s).append(" |"));
            b.append(" leading error |\n|---:|").append("---:|".repeat(columns.size())).append(":---|\n");
            for (StencilTable.Entry e : entries) {
                b.append("| ").append(e.accuracy()).append(" |");
                for (Rational s : columns) {
                    Rational w = Notation.weightAt(e.result().stencil(), s);
                    b.append(' ').append(w == null ? "" : w.toString()).append(" |");
                }
                b.append(' ').append(e.result().error().terms().isEmpty() ? "exact"
                        : Notation.PLAIN.term(e.result().error().terms().get(0), true)).append(" |\n");
            }
        }
        return b.toString();
    }

    /** {@code 3/2} in 1-D, {@code (1, -1)} in several dimensions. */
    private static String offset(List<Rational> s) {
        return s.size() == 1 ? s.get(0).toString()
                : s.stream().map(Rational::toString).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
