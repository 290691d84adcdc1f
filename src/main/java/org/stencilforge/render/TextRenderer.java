package org.stencilforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.OperatorProperties;
import org.stencilforge.stencil.Stencil;

/**
 * For people at a terminal: a stencil as its formula, a table of offsets and
 * weights, the order and the error; a matrix as aligned exact entries.
 */
public final class TextRenderer implements StencilRenderer, MatrixRenderer {

    @Override
    public String render(AnalysedStencil result) {
        if (!result.isLine()) {
            return renderGrid(result);
        }
        Stencil stencil = result.stencil();
        List<String> offsets = stencil.axis(0).stream().map(Object::toString).toList();
        List<String> weights = stencil.weights().stream().map(Object::toString).toList();
        List<String> nodes = result.nodes().map(xs -> xs.stream().map(Object::toString).toList()).orElse(null);
        int first = nodes == null ? 0 : Math.max("node".length(), width(nodes));
        int left = Math.max("offset".length(), width(offsets));
        int right = Math.max("weight".length(), width(weights));
        StringBuilder b = new StringBuilder();
        b.append(Notation.formula(stencil)).append("\n");
        result.at().ifPresent(z -> b.append("at x = ").append(z).append(", h = 1: the nodes x_j are x + s_j\n"));
        b.append('\n');
        if (nodes != null) {
            b.append(pad("node", first)).append("  ");
        }
        b.append(pad("offset", left)).append("  ").append(pad("weight", right)).append('\n');
        for (int j = 0; j < stencil.size(); j++) {
            if (nodes != null) {
                b.append(pad(nodes.get(j), first)).append("  ");
            }
            b.append(pad(offsets.get(j), left)).append("  ").append(pad(weights.get(j), right)).append('\n');
        }
        b.append("\norder of accuracy: ").append(Notation.order(result.error())).append('\n');
        if (!result.error().terms().isEmpty()) {
            b.append("truncation error (approximation - exact):\n  ")
                    .append(Notation.PLAIN.error(result.error(), true)).append('\n');
        }
        return b.toString();
    }

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        int columns = matrix.columns();
        String name = matrix.name() + (columns == n ? "" : " (" + n + "×" + columns + ")");
        StringBuilder b = new StringBuilder();
        if (matrix.nodes().isEmpty()) {
            String h = Notation.PLAIN.hPower(-matrix.hPower());
            b.append(h.isEmpty() ? "" : h + " ").append(name).append(" =\n");
        } else {
            b.append("nodes: ").append(matrix.nodes().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))).append('\n').append(name).append(" =\n");
        }
        String[][] cells = new String[n][columns];
        int[] widths = new int[columns];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                cells[i][j] = matrix.entry(i, j).toString();
                widths[j] = Math.max(widths[j], cells[i][j].length());
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                b.append(j == 0 ? "" : "  ").append(pad(cells[i][j], widths[j]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String render(DifferentiationMatrix matrix, OperatorProperties properties) {
        StringBuilder b = new StringBuilder(render(matrix)).append("\nproperties (exact, on this grid):\n");
        b.append("order of accuracy of each row: ").append(runs(properties.rowOrders().stream()
                .map(o -> o == Integer.MAX_VALUE ? "exact" : o < 1 ? "none" : o.toString()).toList())).append('\n');
        b.append("rows whose weights sum to zero: ").append(runs(properties.rowSumsZero().stream()
                .map(z -> z ? "yes" : "no").toList())).append('\n');
        properties.nullspace().ifPresent(basis -> {
            b.append("null space: dimension ").append(basis.size()).append(basis.isEmpty() ? "\n" : ", basis:\n");
            basis.forEach(v -> b.append("  ").append(v.stream().map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"))).append('\n'));
        });
        properties.spectrum().ifPresent(s -> b.append("eigenvalues of ").append(matrix.normal() ? "-D^T D" : matrix.name())
                .append(" (with multiplicity): ").append(s.right()).append(" with Re > 0, ").append(s.axis())
                .append(" with Re = 0, ").append(s.left()).append(" with Re < 0\n"));
        if (!properties.note().isEmpty()) {
            b.append(properties.note()).append('\n');
        }
        return b.toString();
    }

    @Override
    public boolean printsProperties() {
        return true;
    }

    /** Runs of equal labels by row: {@code rows 0-1: 2, rows 2-9: 4}, or {@code all: 4}. */
    private static String runs(List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels.size(); ) {
            int j = i;
            while (j + 1 < labels.size() && labels.get(j + 1).equals(labels.get(i))) {
                j++;
            }
            if (i == 0 && j == labels.size() - 1) {
                return "all " + labels.get(i);
            }
            parts.add((i == j ? "row " + i : "rows " + i + "-" + j) + ": " + labels.get(i));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** A stencil of a multidimensional request: its molecule, or a table of offset vectors. */
    private static String renderGrid(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        int d = stencil.dimension();
        int m = stencil.operator().order();
        String op = Notation.PLAIN.operator(stencil.operator());
        StringBuilder b = new StringBuilder(stencil.operator().terms().size() > 1 ? "(" + op + ")" : op).append(" f ≈ ")
                .append(m == 0 || result.isSpaced() ? "" : Notation.PLAIN.hPower(-m) + " ")
                .append(result.isSpaced() ? "Σ w f(x + s ∘ h), " + Notation.PLAIN.spacing(result.spacing())
                        + ", weights (carrying the spacings) at the grid offsets s"
                        : "Σ w f(x + s h), weights at the offsets s");
        if (d == 2 || d == 3) {
            b.append(" (x across, y up").append(d == 3 ? ", one block per z" : "").append("):\n");
            Molecule molecule = Molecule.of(stencil);
            for (int z = 0; z < molecule.slices().size(); z++) {
                if (d == 3) {
                    b.append("\nz = ").append(molecule.slices().get(z)).append(":\n");
                } else {
                    b.append('\n');
                }
                List<List<String>> grid = new ArrayList<>();
                List<String> header = new ArrayList<>(List.of("y\\x"));
                molecule.columns().forEach(x -> header.add(x.toString()));
                grid.add(header);
                for (int r = 0; r < molecule.rows().size(); r++) {
                    List<String> line = new ArrayList<>(List.of(molecule.rows().get(r).toString()));
                    molecule.cells().get(z).get(r).forEach(w -> line.add(w == null ? "." : w.toString()));
                    grid.add(line);
                }
                int[] widths = new int[header.size()];
                grid.forEach(line -> {
                    for (int c = 0; c < line.size(); c++) {
                        widths[c] = Math.max(widths[c], line.get(c).length());
                    }
                });
                grid.forEach(line -> {
                    for (int c = 0; c < line.size(); c++) {
                        b.append(c == 0 ? "" : "  ").append(pad(line.get(c), widths[c]));
                    }
                    b.append('\n');
                });
            }
        } else {
            b.append(":\n\n");
            List<String> offsets = stencil.offsets().stream()
                    .map(p -> p.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"))).toList();
            List<String> weights = stencil.weights().stream().map(Object::toString).toList();
            int left = Math.max("offset".length(), width(offsets));
            int right = Math.max("weight".length(), width(weights));
            b.append(pad("offset", left)).append("  ").append(pad("weight", right)).append('\n');
            for (int j = 0; j < stencil.size(); j++) {
                b.append(pad(offsets.get(j), left)).append("  ").append(pad(weights.get(j), right)).append('\n');
            }
        }
        b.append("\norder of accuracy: ").append(Notation.order(result.error())).append('\n');
        b.append("chosen by: ").append(Notation.choice(result.choice())).append('\n');
        if (!result.error().terms().isEmpty()) {
            b.append("truncation error (approximation - exact):\n  ").append(Notation.PLAIN.error(result.error(), false))
                    .append('\n');
        }
        return b.toString();
    }

    private static int width(List<String> cells) {
        return cells.stream().mapToInt(String::length).max().orElse(0);
    }

    /** @return {@code cell} right-aligned in {@code width} columns */
    static String pad(String cell, int width) {
        return " ".repeat(width - cell.length()) + cell;
    }
}
