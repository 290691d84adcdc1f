package org.stencilforge.render;

import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.stencil.Stencil;

/** For people at a terminal: the formula, a table of offsets and weights, the order and the error. */
public final class TextRenderer implements StencilRenderer {

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        List<String> offsets = stencil.offsets().stream().map(Object::toString).toList();
        List<String> weights = stencil.weights().stream().map(Object::toString).toList();
        int left = Math.max("offset".length(), width(offsets));
        int right = Math.max("weight".length(), width(weights));
        StringBuilder b = new StringBuilder();
        b.append(Notation.formula(stencil)).append("\n\n");
        b.append(pad("offset", left)).append("  ").append(pad("weight", right)).append('\n');
        for (int j = 0; j < stencil.size(); j++) {
            b.append(pad(offsets.get(j), left)).append("  ").append(pad(weights.get(j), right)).append('\n');
        }
        b.append("\norder of accuracy: ").append(Notation.order(result.error())).append('\n');
        if (!result.error().terms().isEmpty()) {
            b.append("truncation error (approximation - exact):\n  ")
                    .append(Notation.error(result.error())).append('\n');
        }
        return b.toString();
    }

    private static int width(List<String> cells) {
        return cells.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String pad(String cell, int width) {
        return " ".repeat(width - cell.length()) + cell;
    }
}
