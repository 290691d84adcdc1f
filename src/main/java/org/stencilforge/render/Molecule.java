package org.stencilforge.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * The "computational molecule" of a 2-D or 3-D stencil, laid out for print:
 * per slice of the third axis, rows of the second axis from the top (largest
 * first) and columns of the first axis from the left. A cell holds the weight,
 * or null where the stencil has no point.
 *
 * @param columns the values of the first axis, ascending
 * @param rows the values of the second axis, descending
 * @param slices the values of the third axis, ascending (one slice, {@code null}, in 2-D)
 * @param cells {@code cells.get(slice).get(row).get(column)}
 */
record Molecule(List<Rational> columns, List<Rational> rows, List<Rational> slices,
        List<List<List<Rational>>> cells) {

    /** @return the molecule of a stencil of dimension 2 or 3 */
    static Molecule of(Stencil stencil) {
        int d = stencil.dimension();
        List<Rational> xs = values(stencil, 0).stream().sorted().toList();
        List<Rational> ys = values(stencil, 1).stream().sorted(Comparator.reverseOrder()).toList();
        List<Rational> zs = d == 3 ? values(stencil, 2).stream().sorted().toList() : java.util.Collections
                .singletonList(null);
        List<List<List<Rational>>> cells = new ArrayList<>();
        for (Rational z : zs) {
            List<List<Rational>> slice = new ArrayList<>();
            for (Rational y : ys) {
                List<Rational> row = new ArrayList<>();
                for (Rational x : xs) {
                    List<Rational> point = z == null ? List.of(x, y) : List.of(x, y, z);
                    int j = stencil.offsets().indexOf(point);
                    row.add(j < 0 ? null : stencil.weights().get(j));
                }
                slice.add(row);
            }
            cells.add(slice);
        }
        return new Molecule(xs, ys, zs, cells);
    }

    private static List<Rational> values(Stencil stencil, int axis) {
        return stencil.offsets().stream().map(p -> p.get(axis)).distinct().toList();
    }
}
