package org.stencilforge.render;

import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.stencil.Stencil;

/**
 * For people at a terminal: a stencil as its formula, a table of offsets and
 * weights, the order and the error; a matrix as aligned exact entries.
 */
public final class TextRenderer implements StencilRenderer, MatrixRenderer {

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

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        String name = matrix.transposed() ? "D^T" : "D";
        StringBuilder b = new StringBuilder();
        if (matrix.nodes().isEmpty()) {
            String h = Notation.hPower(-matrix.hPower());
            b.append(h.isEmpty() ? "" : h + " ").append(name).append(" =\n");
        } else {
            b.append("nodes: ").append(matrix.nodes().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "))).append('\n').append(name).append(" =\n");
        }
        String[][] cells = new String[n][n];
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells[i][j] = matrix.entry(i, j).toString();
                widths[j] = Math.max(widths[j], cells[i][j].length());
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : "  ").append(pad(cells[i][j], widths[j]));
            }
            b.append('\n');
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
