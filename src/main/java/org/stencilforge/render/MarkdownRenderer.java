package org.stencilforge.render;

import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.stencil.Stencil;

/** For notes and issue trackers: the formula, a Markdown table, the order and the error. */
public final class MarkdownRenderer implements StencilRenderer {

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        StringBuilder b = new StringBuilder();
        b.append('`').append(Notation.formula(stencil)).append("`\n\n");
        b.append("| offset | weight |\n|---:|---:|\n");
        for (int j = 0; j < stencil.size(); j++) {
            b.append("| ").append(stencil.offsets().get(j)).append(" | ")
                    .append(stencil.weights().get(j)).append(" |\n");
        }
        b.append("\nOrder of accuracy: ").append(Notation.order(result.error())).append('\n');
        if (!result.error().terms().isEmpty()) {
            b.append("\nTruncation error (approximation - exact): `")
                    .append(Notation.error(result.error())).append("`\n");
        }
        return b.toString();
    }
}
