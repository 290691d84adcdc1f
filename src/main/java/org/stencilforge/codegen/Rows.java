package org.stencilforge.codegen;

import java.util.List;

/**
 * The rows of a whole-array operator on arrays of any length {@code n >= minLength},
 * 0-based: rows {@code 0 .. top.size()-1} with absolute columns, every row
 * {@code i} in {@code top.size() .. n - bottom.size() - 1} the interior sum with
 * columns relative to {@code i}, and rows {@code n - bottom.size() .. n - 1} with
 * columns relative to {@code n} (negative). The operator is {@code h^(-m)} times
 * these sums. Immutable.
 *
 * @param top the first rows, absolute columns
 * @param interior every other row, columns relative to the row index {@code i}
 * @param bottom the last rows, columns relative to {@code n}
 */
public record Rows(List<Sum> top, Sum interior, List<Sum> bottom) {

    /** Copies the lists. */
    public Rows {
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }

    /**
     * @param precision the arithmetic of the generated code
     * @return every row {@link Sum#in in} that precision
     */
    public Rows in(Precision precision) {
        return new Rows(top.stream().map(s -> s.in(precision)).toList(), interior.in(precision),
                bottom.stream().map(s -> s.in(precision)).toList());
    }

    /** @return the first interior row, {@code top().size()} */
    public int interiorStart() {
        return top.size();
    }

    /** @return how many rows follow the interior, {@code bottom().size()}: the interior ends before {@code n} minus this */
    public int interiorEndBeforeN() {
        return bottom.size();
    }

    /**
     * @return every row in the order of a table: the top rows, then the bottom rows, then the
     *     interior last (row {@code top().size() + bottom().size()})
     */
    public List<Sum> tableOrder() {
        List<Sum> all = new java.util.ArrayList<>(top);
        all.addAll(bottom);
        all.add(interior);
        return all;
    }

    /** @return the number of non-zero terms of every row together: what a method unrolls */
    public int terms() {
        return tableOrder().stream().mapToInt(s -> s.terms().size()).sum();
    }

    /** @return the most non-zero terms of one row */
    public int widest() {
        return tableOrder().stream().mapToInt(s -> s.terms().size()).max().orElse(0);
    }

    /**
     * @param k 0 for the first bottom row
     * @return its row index as {@code n} minus this
     */
    public int bottomRowFromN(int k) {
        return bottom.size() - k;
    }
}
