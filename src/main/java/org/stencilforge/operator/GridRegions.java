package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A whole operator on a tensor grid written as one fixed stencil per region, for every grid size
 * from {@link Pair#minLength()} on. On axis {@code a} the rows fall into {@code T_a + 1 + B_a}
 * classes ({@code T_a = below[a]}, {@code B_a = above[a]}): class {@code c < T_a} is row
 * {@code c}, class {@code T_a} the rows {@code T_a <= i < n - B_a}, class {@code T_a + 1 + k} the
 * row {@code n - B_a + k}. A region is one class per axis; every row of a region is the same
 * stencil: the weight of an {@link Entry} at column {@code p_a + offset_a + wrap_a n_a} on every
 * axis, {@code wrap_a} being {@code ±1} only where a periodic axis wraps around. So code can apply
 * the operator region by region with constant offsets, no index arithmetic per point. Immutable.
 *
 * @param below per axis {@code T_a}
 * @param above per axis {@code B_a}
 * @param regions every region, in mixed-radix order of the classes (the last axis fastest)
 */
public record GridRegions(List<Integer> below, List<Integer> above, List<Region> regions) {

    /**
     * The default bound of {@link #of}: {@code 2^16} terms, so that code for the 3-D Laplacian of accuracy 4
     * (about 0.9 MB of C, 7 s) is written and accuracy 6 (3 MB, 15 s, 1 GB of memory) is asked for explicitly.
     */
    public static final long DEFAULT_MAX_TERMS = 1L << 16;

    /** Copies the lists. */
    public GridRegions {
        below = List.copyOf(below);
        above = List.copyOf(above);
        regions = List.copyOf(regions);
    }

    /** @return the dimension */
    public int dimension() {
        return below.size();
    }

    /** @return per axis the number of classes, {@code T_a + 1 + B_a} */
    public List<Integer> classCounts() {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < below.size(); a++) {
            out.add(below.get(a) + 1 + above.get(a));
        }
        return out;
    }

    /** @return the region whose every class is the interior one */
    public Region interior() {
        int r = 0;
        for (int a = 0; a < below.size(); a++) {
            r = r * (below.get(a) + 1 + above.get(a)) + below.get(a);
        }
        return regions.get(r);
    }

    /**
     * One region.
     *
     * @param classes per axis its class
     * @param entries the stencil of its rows, ordered by offset (row-major), no zero weight
     */
    public record Region(List<Integer> classes, List<Entry> entries) {

        /** Copies the lists. */
        public Region {
            classes = List.copyOf(classes);
            entries = List.copyOf(entries);
        }
    }

    /**
     * One weight of a region's stencil.
     *
     * @param offset per axis the offset from the row's point
     * @param wrap per axis {@code -1, 0} or {@code 1}: how many times the axis's length is added
     * @param weight the exact weight, non-zero
     */
    public record Entry(List<Integer> offset, List<Integer> wrap, Rational weight) {

        /** Copies the lists. */
        public Entry {
            offset = List.copyOf(offset);
            wrap = List.copyOf(wrap);
        }
    }

    /**
     * An operator and its exact adjoint as regions.
     *
     * @param operator {@code D}
     * @param adjoint {@code D^T}
     * @param minLength per axis the least length both hold for
     */
    public record Pair(GridRegions operator, GridRegions adjoint, List<Integer> minLength) {

        /** Copies the list. */
        public Pair {
            minLength = List.copyOf(minLength);
        }
    }

    /**
     * Reads the regions of {@code D} and {@code D^T} off the exact matrices on a grid large enough
     * that every class has its own rows, and checks them, entry by entry and exactly, against every
     * row of the matrices on that grid and on the smallest grid they claim to hold for.
     *
     * <p>The classes: {@code T_a, B_a} of {@code D} are the rows its {@link GridOperator#classes()}
     * set apart (on a periodic axis the rows whose stencil wraps around). If the interior rows reach
     * from {@code lo_a} to {@code hi_a} on axis {@code a}, the top rows touch columns up to
     * {@code c_a} and the bottom rows from {@code n - e_a}, then a column {@code j} with
     * {@code max(T_a + hi_a, c_a + 1) <= j < n - max(B_a - lo_a, e_a)} is met by interior rows only,
     * all of them, so these are the ends of {@code D^T} ({@code hi_a} and {@code -lo_a} on a periodic
     * axis), and both hold once {@code n_a} is at least the two ends together.
     *
     * @param build the exact operator on a grid of the given sizes
     * @param periodic per axis whether it wraps around
     * @param least per axis the least size {@code build} accepts
     * @param maxTerms the most stencil terms the regions of {@code D} and {@code D^T} may hold together,
     *     estimated (regions times the interior stencil's terms) before the larger grid is built
     * @return the regions of {@code D} and {@code D^T}
     * @throws StencilforgeException if the estimate passes {@code maxTerms}
     */
    public static Pair of(Function<List<Integer>, GridOperator> build, List<Boolean> periodic, List<Integer> least,
            long maxTerms) {
        int d = periodic.size();
        List<Integer> sizes = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            sizes.add(Math.max(3 * least.get(a), 16));
        }
        for (int attempt = 0;; attempt++) {
            GridOperator op = build.apply(sizes);
            int[][] ends = ends(op, periodic);
            int[] t = new int[d];
            int[] b = new int[d];
            for (int a = 0; a < d; a++) {
                t[a] = periodic.get(a) ? 0 : ends[a][0];
                b[a] = periodic.get(a) ? 0 : ends[a][1];
            }
            int[][] reach = reach(op.matrix(), sizes, periodic, t, b);
            int[] ta = new int[d];
            int[] ba = new int[d];
            List<Integer> min = new ArrayList<>();
            boolean enough = true;
            List<Integer> need = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                boolean wrap = periodic.get(a);
                // reach[a]: the interior rows' least and greatest offsets, the last column the top rows touch,
                // and how far from the end the first column the bottom rows touch is
                t[a] = wrap ? -reach[a][0] : t[a];
                b[a] = wrap ? reach[a][1] : b[a];
                ta[a] = wrap ? reach[a][1] : Math.max(t[a] + reach[a][1], reach[a][2] + 1);
                ba[a] = wrap ? -reach[a][0] : Math.max(b[a] - reach[a][0], reach[a][3]);
                int span = reach[a][1] - reach[a][0] + 1;
                min.add(Math.max(least.get(a), Math.max(t[a] + b[a], Math.max(ta[a] + ba[a], wrap ? span : 1))));
                int n = Math.max(least.get(a), 2 * (ta[a] + ba[a]) + span + 2);
                need.add(Math.max(sizes.get(a), n));
                enough &= sizes.get(a) >= n;
            }
            long terms = interiorTerms(op.matrix(), sizes) * (regions(t, b) + regions(ta, ba));
            if (terms > maxTerms) {
                throw new StencilforgeException("the whole operator's code would hold about " + terms + " stencil terms"
                        + " in its tables (" + regions(t, b) + " regions of D, " + regions(ta, ba) + " of D^T), more than"
                        + " --max-code-terms " + maxTerms + ": ask for a lower accuracy, or raise --max-code-terms");
            }
            if (!enough) {
                if (attempt > 2) {
                    throw new IllegalStateException("the classes of the grid operator grow with the grid");
                }
                sizes = need;
                continue;
            }
            SparseMatrix m = op.matrix();
            SparseMatrix mt = m.transpose();
            GridRegions dr = read(m, sizes, periodic, t, b);
            GridRegions ar = read(mt, sizes, periodic, ta, ba);
            check(dr, m, sizes);
            check(ar, mt, sizes);
            if (!min.equals(sizes)) {
                GridOperator small = build.apply(min);
                check(dr, small.matrix(), min);
                check(ar, small.matrix().transpose(), min);
            }
            return new Pair(dr, ar, min);
        }
    }

    /** The number of regions, {@code prod (t_a + 1 + b_a)}. */
    private static long regions(int[] t, int[] b) {
        long count = 1;
        for (int a = 0; a < t.length; a++) {
            count *= t[a] + 1 + b[a];
        }
        return count;
    }

    /** The stored terms of the row at the centre of the grid, where every axis is interior. */
    private static long interiorTerms(SparseMatrix m, List<Integer> sizes) {
        int[] p = new int[sizes.size()];
        for (int a = 0; a < p.length; a++) {
            p[a] = sizes.get(a) / 2;
        }
        int row = flatten(p, sizes);
        return m.rowStart(row + 1) - m.rowStart(row);
    }

    /** Per axis the rows the operator's classes set apart at the start and at the end. */
    private static int[][] ends(GridOperator op, List<Boolean> periodic) {
        int d = periodic.size();
        int[][] out = new int[d][2];
        for (GridOperator.BoundaryClass c : op.classes()) {
            for (int a = 0; a < d; a++) {
                String p = c.position().get(a);
                if (p.equals("interior")) {
                    continue;
                }
                if (p.startsWith("n-1-")) {
                    out[a][1] = Math.max(out[a][1], Integer.parseInt(p.substring(4)) + 1);
                } else {
                    out[a][0] = Math.max(out[a][0], Integer.parseInt(p) + 1);
                }
            }
        }
        return out;
    }

    /**
     * Per axis: the least and the greatest offset of the rows of the interior class (the nearest image on a
     * periodic axis), the last column any row of a top class touches, and for the rows of a bottom class
     * {@code n} minus the first column they touch.
     */
    private static int[][] reach(SparseMatrix m, List<Integer> sizes, List<Boolean> periodic, int[] t, int[] b) {
        int d = sizes.size();
        int[][] out = new int[d][4];
        int[] p = new int[d];
        int[] q = new int[d];
        int[] o = new int[d];
        int[] w = new int[d];
        for (int row = 0; row < m.rows(); row++) {
            unflatten(row, sizes, p);
            for (int k = m.rowStart(row); k < m.rowStart(row + 1); k++) {
                unflatten(m.column(k), sizes, q);
                offset(p, q, sizes, periodic, o, w);
                for (int a = 0; a < d; a++) {
                    int n = sizes.get(a);
                    if (p[a] < t[a]) {
                        out[a][2] = Math.max(out[a][2], q[a]);
                    } else if (p[a] >= n - b[a]) {
                        out[a][3] = Math.max(out[a][3], n - q[a]);
                    } else {
                        out[a][0] = Math.min(out[a][0], o[a]);
                        out[a][1] = Math.max(out[a][1], o[a]);
                    }
                }
            }
        }
        return out;
    }

    private static void offset(int[] p, int[] q, List<Integer> sizes, List<Boolean> periodic, int[] o, int[] w) {
        for (int a = 0; a < p.length; a++) {
            int n = sizes.get(a);
            int s = q[a] - p[a];
            w[a] = 0;
            if (periodic.get(a) && 2 * s > n) {
                s -= n;
                w[a] = 1;
            } else if (periodic.get(a) && 2 * s < -n) {
                s += n;
                w[a] = -1;
            }
            o[a] = s;
        }
    }

    private static GridRegions read(SparseMatrix m, List<Integer> sizes, List<Boolean> periodic, int[] t, int[] b) {
        int d = sizes.size();
        int count = 1;
        for (int a = 0; a < d; a++) {
            count *= t[a] + 1 + b[a];
        }
        List<Region> regions = new ArrayList<>();
        int[] cls = new int[d];
        int[] p = new int[d];
        int[] q = new int[d];
        int[] o = new int[d];
        int[] w = new int[d];
        for (int r = 0; r < count; r++) {
            int rest = r;
            for (int a = d - 1; a >= 0; a--) {
                int k = t[a] + 1 + b[a];
                cls[a] = rest % k;
                rest /= k;
                p[a] = point(cls[a], t[a], b[a], sizes.get(a));
            }
            int row = flatten(p, sizes);
            List<Entry> entries = new ArrayList<>();
            for (int k = m.rowStart(row); k < m.rowStart(row + 1); k++) {
                if (m.value(k).isZero()) {
                    continue;
                }
                unflatten(m.column(k), sizes, q);
                offset(p, q, sizes, periodic, o, w);
                entries.add(new Entry(ints(o), ints(w), m.value(k)));
            }
            entries.sort(GridRegions::compareOffsets);
            regions.add(new Region(ints(cls), entries));
        }
        return new GridRegions(ints(t), ints(b), regions);
    }

    /** The representative point of class {@code c}: its row, or the first interior row. */
    private static int point(int c, int t, int b, int n) {
        return c <= t ? c : n - b + (c - t - 1);
    }

    /** Every row of {@code m} on {@code sizes} is the stencil of its region, exactly. */
    private static void check(GridRegions g, SparseMatrix m, List<Integer> sizes) {
        int d = sizes.size();
        int[] p = new int[d];
        List<Integer> counts = g.classCounts();
        for (int row = 0; row < m.rows(); row++) {
            unflatten(row, sizes, p);
            int r = 0;
            for (int a = 0; a < d; a++) {
                int n = sizes.get(a);
                int t = g.below.get(a);
                int b = g.above.get(a);
                int c = p[a] < t ? p[a] : p[a] >= n - b ? t + 1 + p[a] - (n - b) : t;
                r = r * counts.get(a) + c;
            }
            Map<Integer, Rational> expected = new HashMap<>();
            for (Entry e : g.regions.get(r).entries()) {
                int col = 0;
                for (int a = 0; a < d; a++) {
                    int n = sizes.get(a);
                    int at = p[a] + e.offset().get(a) + e.wrap().get(a) * n;
                    if (at < 0 || at >= n) {
                        throw new IllegalStateException("a region's stencil leaves the grid at row " + row);
                    }
                    col = col * n + at;
                }
                expected.merge(col, e.weight(), Rational::add);
            }
            expected.values().removeIf(Rational::isZero);
            Map<Integer, Rational> actual = new HashMap<>();
            for (int k = m.rowStart(row); k < m.rowStart(row + 1); k++) {
                if (!m.value(k).isZero()) {
                    actual.put(m.column(k), m.value(k));
                }
            }
            if (!expected.equals(actual)) {
                throw new IllegalStateException("row " + row + " of the grid operator on " + sizes
                        + " is not the stencil of its region");
            }
        }
    }

    private static int compareOffsets(Entry x, Entry y) {
        for (int a = 0; a < x.offset().size(); a++) {
            int c = Integer.compare(x.offset().get(a) + 1_000_000 * x.wrap().get(a),
                    y.offset().get(a) + 1_000_000 * y.wrap().get(a));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Integer> ints(int[] v) {
        List<Integer> out = new ArrayList<>(v.length);
        for (int x : v) {
            out.add(x);
        }
        return out;
    }

    private static int flatten(int[] p, List<Integer> sizes) {
        int flat = 0;
        for (int a = 0; a < p.length; a++) {
            flat = flat * sizes.get(a) + p[a];
        }
        return flat;
    }

    private static void unflatten(int row, List<Integer> sizes, int[] p) {
        for (int a = sizes.size() - 1; a >= 0; a--) {
            p[a] = row % sizes.get(a);
            row /= sizes.get(a);
        }
    }
}
