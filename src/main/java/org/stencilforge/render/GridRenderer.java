package org.stencilforge.render;

import java.util.stream.Collectors;
import org.stencilforge.operator.GridOperator;
import org.stencilforge.stencil.DifferentialOperator;

/**
 * A whole operator on a tensor grid as text (a summary: grid, flattening, size and the
 * order of every class of boundary rows; the matrix itself is in mtx or json) or JSON.
 *
 * <p>JSON keys: {@code operator} (plain text), {@code terms} ({@code derivative} multi-index
 * and {@code coefficient}), {@code sizes}, {@code periodic}, {@code flattening}
 * ({@code "row-major, last axis fastest"}), {@code hPower} ({@code -m}: the operator is
 * {@code h^hPower} times the entries), {@code transpose}, {@code kind}, {@code rows},
 * {@code columns}, {@code nonZeros}, {@code classes} (per class {@code position} per axis:
 * {@code "interior"}, {@code "k"} from the start or {@code "n-1-k"} from the end, 0-based;
 * {@code rows}; {@code order}, {@code null} when exact; {@code points}, the most a row uses)
 * and {@code entries}, {@code [row, column, "p/q"]} 0-based by rows. Computes nothing.
 */
public final class GridRenderer {

    private GridRenderer() {
    }

    /**
     * @param op the operator
     * @return the summary, ending with a newline
     */
    public static String text(GridOperator op) {
        StringBuilder b = new StringBuilder();
        String name = op.transposed() ? "D^T" : "D";
        b.append(name).append(" of ").append(Notation.PLAIN.operator(op.operator())).append(" on ")
                .append(op.sizes().stream().map(String::valueOf).collect(Collectors.joining("x"))).append(" points")
                .append(periodicText(op)).append('\n')
                .append("Closures: ").append(op.kind()).append(".\n")
                .append("Flattened row-major, the last axis fastest; the matrix is h^").append(op.order())
                .append(" times ").append(name).append(": ").append(op.matrix().rows()).append("x")
                .append(op.matrix().columns()).append(", ").append(op.matrix().nonZeros())
                .append(" non-zero entries (--format mtx or json prints them).\n")
                .append("Rows of D by position (per axis: interior, k from the start, n-1-k from the end):\n");
        for (GridOperator.BoundaryClass c : op.classes()) {
            b.append("  (").append(String.join(", ", c.position())).append("): ").append(c.rows())
                    .append(c.rows() == 1 ? " row" : " rows").append(", order ")
                    .append(c.order() == GridOperator.BoundaryClass.EXACT ? "exact" : Integer.toString(c.order()))
                    .append(", ").append(c.points()).append(" points\n");
        }
        return b.toString();
    }

    /**
     * @param op the operator
     * @return the JSON object, ending with a newline
     */
    public static String json(GridOperator op) {
        StringBuilder b = new StringBuilder("{\"operator\": \"").append(Notation.PLAIN.operator(op.operator()))
                .append("\", \"terms\": [");
        int t = 0;
        for (DifferentialOperator.Term term : op.operator().terms()) {
            b.append(t++ == 0 ? "" : ", ").append("{\"derivative\": ")
                    .append(java.util.Arrays.toString(term.derivative().toArray()).replace(" ", ""))
                    .append(", \"coefficient\": \"").append(term.coefficient()).append("\"}");
        }
        b.append("], \"sizes\": ").append(op.sizes().toString().replace(" ", ""))
                .append(", \"periodic\": ").append(op.periodic().toString().replace(" ", ""))
                .append(", \"flattening\": \"row-major, last axis fastest\", \"hPower\": ").append(-op.order())
                .append(", \"transpose\": ").append(op.transposed())
                .append(", \"kind\": \"").append(op.kind()).append("\", \"rows\": ").append(op.matrix().rows())
                .append(", \"columns\": ").append(op.matrix().columns())
                .append(", \"nonZeros\": ").append(op.matrix().nonZeros()).append(",\n\"classes\": [\n");
        int c = 0;
        for (GridOperator.BoundaryClass k : op.classes()) {
            b.append(c++ == 0 ? " " : ",\n ").append("{\"position\": ")
                    .append(k.position().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "[", "]")))
                    .append(", \"rows\": ").append(k.rows()).append(", \"order\": ")
                    .append(k.order() == GridOperator.BoundaryClass.EXACT ? "null" : Integer.toString(k.order()))
                    .append(", \"points\": ").append(k.points()).append('}');
        }
        b.append("\n],\n\"entries\": [\n");
        var m = op.matrix();
        boolean first = true;
        for (int i = 0; i < m.rows(); i++) {
            for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
                b.append(first ? " [" : ",\n [").append(i).append(", ").append(m.column(k)).append(", \"")
                        .append(m.value(k)).append("\"]");
                first = false;
            }
        }
        return b.append("\n]}\n").toString();
    }

    /** {@code ", periodic in x, y"} or nothing. */
    static String periodicText(GridOperator op) {
        StringBuilder axes = new StringBuilder();
        for (int a = 0; a < op.periodic().size(); a++) {
            if (op.periodic().get(a)) {
                axes.append(axes.length() == 0 ? "" : ", ").append(Notation.axis(a, op.periodic().size()));
            }
        }
        return axes.length() == 0 ? "" : ", periodic in " + axes;
    }
}
