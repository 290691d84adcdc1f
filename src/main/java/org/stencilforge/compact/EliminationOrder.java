package org.stencilforge.compact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.Checks;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * The order in which a solver eliminates the rows of {@code A} of a compact operator with closures: the
 * band LU of {@code P A} without pivoting, {@code P} a row permutation fixed here, exactly, once for every
 * grid, so that generated code is a fixed sequence of operations with no pivoting at run time. Some
 * closures need it: Lele's fourth-order second-derivative closure {@code f''_0 + 10 f''_1} above the Padé
 * row {@code 1/10 f''_0 + f''_1 + 1/10 f''_2} makes the leading 2 × 2 minor {@code 1 - 10/10} of
 * {@code A} exactly zero, so no LU of {@code A} in natural order exists on any grid. Immutable.
 *
 * <p>The rule ({@link #of}): the columns {@code c = 0, 1, ...} of the top block are eliminated in turn in
 * exact rationals, column {@code c} by the first row not used yet if its entry there (after the eliminations
 * before) is non-zero, else by the unused row whose entry is largest in magnitude (the first among equals);
 * it stops at the first {@code c >= top.size() + lower + upper} where the rows used are exactly
 * {@code 0 .. c-1}, from where rows keep their natural order ({@link #rows()} leaves out the rows after the
 * last one that moves). Where nothing is singular no row moves, and the solver is the band LU of {@code A}
 * itself.
 *
 * <p>Why the sequence never divides by an exact zero. (1) Positions {@code p < K}, the columns the rule ran
 * over: the pivot is the entry chosen above, non-zero by the rule. It is computed from rows {@code 0 .. K + lower} of
 * {@code A}, which are the same on every grid of at least {@code K + lower + bottom.size()} points, so the
 * choice holds on each of them (and on the few shorter grids accepted, (2) checks every position). If every unused
 * entry of a column is zero, those first columns of {@code A} are linearly dependent on every grid, and the
 * operator is refused. (2) Positions {@code p >= K}: the pivot is {@code D_p / D_(p-1)}, {@code D_p} the
 * leading principal minor of order {@code p + 1} of {@code P A}; {@link CompactOperator#solvable} runs this
 * very sequence, with this permutation and band, in exact arithmetic (modulo a prime, where a non-zero
 * residue proves a non-zero pivot, else in rationals) on the grid asked for by {@link CompactMatrices#of};
 * for generated code, which takes any {@code n >= MIN_LENGTH}, {@link CompactOperator#solvableLength} runs
 * it on every grid up to the length {@code N} from which {@link PivotProof} bounds every pivot away from
 * zero by interval arithmetic (the state of the elimination enters a box that the interior rows map into
 * itself, and the bottom rows eliminated from any state in it have non-zero pivots). Where that proof
 * fails (interior rows whose pivots do not settle, e.g. {@code α = 1/2}), only {@code n .. n +
 * }{@value CompactOperator#CHECKED_SIZES} are checked, and the generated code says so.
 *
 * @param rows the row of {@code A} at each position {@code 0, 1, ...} (a permutation of as many first rows);
 *     every later position {@code p} holds row {@code p}
 * @param lower how far the band of {@code P A} reaches left of the diagonal
 * @param upper how far it reaches right
 */
public record EliminationOrder(List<Integer> rows, int lower, int upper) {

    /** Copies the list. */
    public EliminationOrder {
        rows = List.copyOf(rows);
    }

    /**
     * @param position a position of {@code P A}
     * @return the row of {@code A} there
     */
    public int row(int position) {
        return position < rows.size() ? rows.get(position) : position;
    }

    /** @return whether some row moves */
    public boolean permuted() {
        for (int p = 0; p < rows.size(); p++) {
            if (rows.get(p) != p) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param op a compact operator
     * @return the order of its rows by the rule of this class; on a periodic grid, the natural order
     * @throws StencilforgeException if the first columns of {@code A} are dependent on every grid
     */
    public static EliminationOrder of(CompactOperator op) {
        int lower = 0;
        int upper = 0;
        List<CompactScheme> all = new ArrayList<>(op.top());
        all.add(op.interior());
        all.addAll(op.bottom());
        for (CompactScheme s : all) {
            lower = Math.max(lower, -s.leftOffsets().get(0));
            upper = Math.max(upper, s.leftOffsets().get(s.leftOffsets().size() - 1));
        }
        int t = op.top().size();
        if (op.periodic() || t == 0) {
            return new EliminationOrder(List.of(), lower, upper);
        }
        int limit = t + 4 * (lower + upper) + 8; // the most columns the rule may pivot
        int height = limit + lower + 1;
        int width = height + upper + 1;
        Rational[][] a = new Rational[height][width]; // rows 0 .. height-1 of A on a grid with no bottom in reach
        for (int r = 0; r < height; r++) {
            Arrays.fill(a[r], Rational.ZERO);
            CompactScheme s = r < t ? op.top().get(r) : op.interior();
            for (int i = 0; i < s.leftOffsets().size(); i++) {
                int c = r + s.leftOffsets().get(i);
                if (c >= 0) {
                    a[r][c] = s.leftWeights().get(i);
                }
            }
        }
        boolean[] used = new boolean[height];
        List<Integer> order = new ArrayList<>();
        for (int c = 0; ; c++) {
            if (c >= t + lower + upper && settled(used, c)) {
                break;
            }
            Checks.require(c < limit, "no order of the first " + limit + " rows of A lets the band be factored: choose"
                    + " another --boundary-accuracy or scheme");
            int first = 0;
            while (used[first]) {
                first++;
            }
            int pivot = first;
            if (a[first][c].isZero()) {
                for (int r = first + 1; r < height; r++) {
                    if (!used[r] && a[r][c].abs().compareTo(a[pivot][c].abs()) > 0) {
                        pivot = r;
                    }
                }
            }
            if (a[pivot][c].isZero()) {
                throw new StencilforgeException("the matrix A of this scheme and its closures is singular on every grid:"
                        + " its first " + (c + 1) + " columns are dependent; choose another --boundary-accuracy or scheme");
            }
            for (int r = 0; r < height; r++) {
                if (!used[r] && r != pivot && !a[r][c].isZero()) {
                    Rational l = a[r][c].divide(a[pivot][c]);
                    for (int j = c; j < width; j++) {
                        a[r][j] = a[r][j].subtract(l.multiply(a[pivot][j]));
                    }
                }
            }
            used[pivot] = true;
            order.add(pivot);
        }
        int k = order.size(); // drop the rows that stay in place after the last one that moves
        while (k > t && order.get(k - 1) == k - 1) {
            k--;
        }
        order = new ArrayList<>(order.subList(0, k));
        int lo = lower;
        int up = upper;
        for (int p = 0; p < order.size(); p++) {
            CompactScheme s = order.get(p) < t ? op.top().get(order.get(p)) : op.interior();
            List<Integer> o = s.leftOffsets();
            lo = Math.max(lo, p - (order.get(p) + o.get(0)));
            up = Math.max(up, order.get(p) + o.get(o.size() - 1) - p);
        }
        return new EliminationOrder(order, lo, up);
    }

    /** Whether exactly the rows {@code 0 .. c-1} are used. */
    private static boolean settled(boolean[] used, int c) {
        for (int r = 0; r < used.length; r++) {
            if (used[r] != r < c) {
                return false;
            }
        }
        return true;
    }
}
