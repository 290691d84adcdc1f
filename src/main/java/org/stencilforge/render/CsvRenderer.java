package org.stencilforge.render;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.stencil.Stencil;

/**
 * For spreadsheets and scripts. A stencil: a header row, then one row per
 * offset with the offset, the weight as an exact fraction and the weight as the
 * correctly rounded double (the shortest text that reads back to that double).
 * A table: the same with the scheme, derivative and accuracy in front. A
 * matrix: its {@code N} rows of exact entries, no header. A multidimensional
 * stencil: one column per axis ({@code x,y,...}), then the two weights.
 */
public final class CsvRenderer implements StencilRenderer, TableRenderer, MatrixRenderer {

    @Override
    public String render(AnalysedStencil result) {
        if (!result.isLine()) {
            return renderGrid(result);
        }
        if (result.nodes().isEmpty()) {
            return "offset,weight,weight_double\n" + rows("", result.stencil());
        }
        // on absolute nodes: the node leads each row
        List<Rational> nodes = result.nodes().get();
        String[] lines = rows("", result.stencil()).split("\n");
        StringBuilder b = new StringBuilder("node,offset,weight,weight_double\n");
        for (int j = 0; j < lines.length; j++) {
            b.append(nodes.get(j)).append(',').append(lines[j]).append('\n');
        }
        return b.toString();
    }

    @Override
    public String render(StencilTable table) {
        StringBuilder b = new StringBuilder("scheme,derivative,accuracy,offset,weight,weight_double\n");
        for (StencilTable.Entry e : table.entries()) {
            b.append(rows(Notation.scheme(table.scheme()) + "," + e.derivative() + "," + e.accuracy() + ",",
                    e.result().stencil()));
        }
        return b.toString();
    }

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        return IntStream.range(0, n).mapToObj(i -> IntStream.range(0, matrix.columns()).mapToObj(j -> matrix.entry(i, j).toString())
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A stencil of a multidimensional request: a column per axis. */
    private static String renderGrid(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        int d = stencil.dimension();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d; i++) {
            b.append(Notation.axis(i, d)).append(',');
        }
        b.append("weight,weight_double\n");
        for (int j = 0; j < stencil.size(); j++) {
            stencil.offsets().get(j).forEach(c -> b.append(c).append(','));
            b.append(stencil.weights().get(j)).append(',').append(stencil.weights().get(j).toDouble()).append('\n');
        }
        return b.toString();
    }

    private static String rows(String prefix, Stencil stencil) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < stencil.size(); j++) {
            b.append(prefix).append(stencil.offsets().get(j).get(0)).append(',').append(stencil.weights().get(j))
                    .append(',').append(stencil.weights().get(j).toDouble()).append('\n');
        }
        return b.toString();
    }
}
