package org.stencilforge.codegen;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.compact.CompactOperator;
import org.stencilforge.compact.CompactScheme;
import org.stencilforge.compact.EliminationOrder;
import org.stencilforge.render.CompactRenderer;

/**
 * What generated code for a compact scheme computes, in no language: the derivative {@code d} at every
 * point of a line of {@code n} samples from the banded system {@code A d = h^(-m) B f}. {@code A} is
 * given by its band, row {@code i} holding {@code A(i, i+k)} for {@code k = -lower .. upper}: the top
 * rows, the interior row and the bottom rows ({@code n - aBottom.size() .. n - 1}); {@code B} as
 * {@link Rows} (top rows absolute columns, interior relative to the row, bottom relative to
 * {@code n}). Periodic kernels have only interior rows and columns wrap around.
 *
 * <p>The rows are in the {@link EliminationOrder} of the operator: the first rows ({@code aTop}, and
 * {@code B}'s top rows with them) may be a fixed permutation {@code P} of the rows of {@code A}, chosen
 * exactly, so that the system solved is {@code P A d = h^(-m) P B f}, and {@code lower}, {@code upper} are
 * the band of {@code P A}. The emitters spell one algorithm: {@code B f} row by row; the band LU
 * factorisation of {@code P A} without pivoting (Thomas's algorithm when {@code lower = upper = 1}; a pentadiagonal
 * solve when 2), forward and back substitution; on a periodic grid {@code A = T + U V^T} with
 * {@code T} the band without its wrapped corners, {@code U} the unit columns of the
 * {@link #rank()} rows that wrap and {@code V^T} their wrapped entries, solved by the
 * Sherman–Morrison–Woodbury formula {@code d = y - Z (I + V^T Z)^(-1) V^T y} with
 * {@code T y = h^(-m) B f}, {@code T Z = U} (the small system by Gaussian elimination with partial
 * pivoting). No pivoting in the band: the tests run Lele's schemes and their closures. Immutable.
 *
 * @param derivative {@code m}
 * @param periodic whether columns wrap around
 * @param minLength the shortest {@code n}
 * @param lower how far the band of {@code A} reaches left of the diagonal
 * @param upper how far it reaches right
 * @param aTop the band rows of {@code A} at rows {@code 0, 1, ...}, {@code lower + upper + 1} each
 * @param aInterior the band row of every interior row
 * @param aBottom the band rows of the last rows, in row order
 * @param b the rows of {@code B}
 * @param doc the documentation, plain lines
 */
public record CompactKernel(int derivative, boolean periodic, int minLength, int lower, int upper,
        List<List<Rational>> aTop, List<Rational> aInterior, List<List<Rational>> aBottom, Rows b, List<String> doc) {

    /** Copies the lists. */
    public CompactKernel {
        aTop = aTop.stream().map(List::copyOf).toList();
        aInterior = List.copyOf(aInterior);
        aBottom = aBottom.stream().map(List::copyOf).toList();
        doc = List.copyOf(doc);
    }

    /** @return {@code lower + upper + 1}, the width of a band row */
    public int width() {
        return lower + upper + 1;
    }

    /** @return how many rows wrap around on a periodic grid, {@code lower + upper}; 0 otherwise */
    public int rank() {
        return periodic ? lower + upper : 0;
    }

    /**
     * @param op a compact scheme on a whole line, periodic or with closures
     * @return its kernel
     */
    public static CompactKernel of(CompactOperator op) {
        EliminationOrder order = EliminationOrder.of(op);
        int lower = order.lower();
        int upper = order.upper();
        List<List<Rational>> aTop = new ArrayList<>();
        List<Sum> bTop = new ArrayList<>();
        int tops = op.top().size();
        for (int p = 0; p < Math.max(tops, order.rows().size()); p++) { // position p holds row order.row(p)
            int row = order.row(p);
            CompactScheme s = row < tops ? op.top().get(row) : op.interior();
            aTop.add(band(s, row - p, lower, upper));
            bTop.add(shifted(s, row));
        }
        List<List<Rational>> aBottom = new ArrayList<>();
        List<Sum> bBottom = new ArrayList<>();
        int nb = op.bottom().size();
        for (int t = 0; t < nb; t++) { // row n - nb + t is bottom scheme nb - 1 - t
            CompactScheme s = op.bottom().get(nb - 1 - t);
            aBottom.add(band(s, 0, lower, upper));
            bBottom.add(shifted(s, t - nb));
        }
        int m = op.derivative();
        CompactScheme in = op.interior();
        List<String> doc = new ArrayList<>();
        doc.add("Compact scheme for the derivative of order " + m + ", interior rows:");
        doc.add(CompactRenderer.relation(in));
        doc.add(in.order().isPresent() ? "order of accuracy " + in.order().getAsInt() + "." : "exact.");
        if (op.periodic()) {
            doc.add("Periodic grid: the columns wrap around.");
        } else {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < op.top().size(); i++) {
                CompactScheme s = op.top().get(i);
                rows.add("row " + i + ": " + CompactRenderer.relation(s) + " (order "
                        + (s.order().isPresent() ? Integer.toString(s.order().getAsInt()) : "exact") + ")");
            }
            doc.add("Closures at the first rows (the last rows are their mirror images):");
            doc.addAll(rows);
        }
        if (!op.periodic()) {
            java.util.OptionalInt proved = op.provedLength();
            doc.add(proved.isPresent() ? "No pivot of the solve is zero on any grid of MIN_LENGTH points or more: checked"
                    + " exactly up to " + proved.getAsInt() + " points, proved past that by interval bounds."
                    : "Pivots checked exactly on MIN_LENGTH to MIN_LENGTH + " + CompactOperator.CHECKED_SIZES
                    + " points only.");
        }
        if (order.permuted()) {
            doc.add("The solver eliminates the first rows in the order " + order.rows() + " (fixed exactly, so that no"
                    + " pivot is zero).");
        }
        return new CompactKernel(m, op.periodic(), op.solvableLength(), lower, upper, aTop, band(in, 0, lower, upper),
                aBottom, new Rows(bTop, shifted(in, 0), bBottom), doc);
    }

    /** The weights {@code α_(k + shift)} at {@code k = -lower .. upper}: a row {@code shift} below its position. */
    private static List<Rational> band(CompactScheme s, int shift, int lower, int upper) {
        List<Rational> out = new ArrayList<>();
        for (int k = -lower; k <= upper; k++) {
            out.add(s.alpha(k - shift));
        }
        return out;
    }

    /** The right side as a sum over columns {@code shift + j}. */
    private static Sum shifted(CompactScheme s, int shift) {
        List<List<Integer>> at = new ArrayList<>();
        for (int j : s.rightOffsets()) {
            at.add(List.of(shift + j));
        }
        return Sum.of(at, s.rightWeights());
    }
}
