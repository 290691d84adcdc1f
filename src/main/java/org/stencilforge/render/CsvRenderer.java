package org.stencilforge.render;

import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.stencil.Stencil;

/**
 * For spreadsheets and scripts: a header row, then one row per offset with the
 * offset, the weight as an exact fraction and the weight as the correctly
 * rounded double (shortest text that reads back to the same double).
 */
public final class CsvRenderer implements StencilRenderer {

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        StringBuilder b = new StringBuilder("offset,weight,weight_double\n");
        for (int j = 0; j < stencil.size(); j++) {
            b.append(stencil.offsets().get(j)).append(',').append(stencil.weights().get(j)).append(',')
                    .append(stencil.weights().get(j).toDouble()).append('\n');
        }
        return b.toString();
    }
}
