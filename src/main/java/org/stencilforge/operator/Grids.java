package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;

/**
 * Whole operators on a tensor grid ({@link GridOperator}), built in one of two ways.
 *
 * <p><b>Tensor products</b> ({@code --accuracy} or {@code --axis-offsets}): an operator
 * {@code L = Σ c_α ∂^α} is {@code D = Σ c_α D_(α_0) ⊗ D_(α_1) ⊗ ...}, each factor the
 * closed 1-D operator of {@link Lines#collocated} (or the circulant one of
 * {@link Lines#periodic} on a periodic axis) of the axis's 1-D stencil for {@code ∂^(α_a)},
 * the identity where {@code α_a = 0}. A row's order is at least the least order of its
 * factors' rows.
 *
 * <p><b>Solved stencils</b> ({@code --offsets} or {@code --shape}): the row of point
 * {@code p} uses the interior stencil where all its points lie in the grid; elsewhere the
 * whole pattern of offsets is shifted inward, on each non-periodic axis separately, by the
 * least whole number of points that brings it inside the grid, and the Taylor conditions
 * are solved again on the shifted points (the same rule as the interior). Such rows
 * usually have a lower order, which {@link GridOperator#classes()} reports.
 *
 * <p>Sizes are bounded by {@link Bounds}: the grid points and the stored entries.
 */
public final class Grids {

    private Grids() {
    }

    /**
     * The bounds of a grid operator, so that its assembly and output are bounded.
     *
     * @param maxPoints the most grid points
     * @param maxNonZeros the most stored entries of the matrix
     */
    public record Bounds(long maxPoints, long maxNonZeros) {

        /** 2^21 points (a 128×128×128 grid) and 2^25 entries (about 1.5 GB of output). */
        public static final Bounds DEFAULT = new Bounds(1L << 21, 1L << 25);
    }

    /**
     * One term {@code c D_(α_0) ⊗ D_(α_1) ⊗ ...} of a tensor-product operator.
     *
     * @param coefficient {@code c}
     * @param factors the 1-D stencil of every axis, empty for the identity ({@code α_a = 0})
     */
    public record Term(Rational coefficient, List<Optional<Stencil>> factors) {

        /** Copies the list. */
        public Term {
            factors = List.copyOf(factors);
        }
    }

    /**
     * @param operator {@code L}
     * @param axes how every axis gets its 1-D stencils
     * @param limits the size bounds of the 1-D stencils
     * @return the terms of the tensor-product operator
     */
    public static List<Term> terms(DifferentialOperator operator, List<AxisStencil> axes, Limits limits) {
        List<Term> out = new ArrayList<>();
        for (DifferentialOperator.Term t : operator.terms()) {
            List<Optional<Stencil>> factors = new ArrayList<>();
            for (int a = 0; a < operator.dimension(); a++) {
                int k = t.derivative().get(a);
                AxisStencil axis = axes.get(a);
                if (k == 0) {
                    if (axis instanceof AxisStencil.Offsets o && !o.offsets().contains(Rational.ZERO)) {
                        throw new StencilforgeException("axis " + (a + 1) + " is not differentiated by every term, so"
                                + " its offsets must include 0 for the whole operator");
                    }
                    factors.add(Optional.empty());
                } else {
                    factors.add(Optional.of(axis instanceof AxisStencil.Preset p
                            ? Stencils.preset(p.scheme(), k, p.accuracy(), limits)
                            : Stencils.fromOffsets(k, ((AxisStencil.Offsets) axis).offsets(), limits)));
                }
            }
            out.add(new Term(t.coefficient(), factors));
        }
        return out;
    }

    /**
     * @param operator {@code L}
     * @param terms its tensor-product terms ({@link #terms})
     * @param sizes the points per axis
     * @param periodic whether each axis wraps around
     * @param limits the size bounds of the 1-D operators
     * @param bounds the size bounds of the grid operator
     * @return {@code D} on the grid with closures
     */
    public static GridOperator tensor(DifferentialOperator operator, List<Term> terms, List<Integer> sizes,
            List<Boolean> periodic, Limits limits, Bounds bounds) {
        checkSizes(operator.dimension(), sizes, periodic, bounds);
        Map<String, SparseMatrix> lines = new HashMap<>();
        List<List<SparseMatrix>> factors = new ArrayList<>();
        double entries = 0;
        for (Term t : terms) {
            List<SparseMatrix> f = new ArrayList<>();
            double product = 1;
            for (int a = 0; a < sizes.size(); a++) {
                try {
                    f.add(line(t.factors().get(a), sizes.get(a), periodic.get(a), lines, limits));
                } catch (StencilforgeException e) {
                    throw new StencilforgeException("axis " + (a + 1) + ": " + e.getMessage());
                }
                product *= f.get(a).nonZeros();
            }
            factors.add(f);
            entries += product;
        }
        if (entries > bounds.maxNonZeros()) {
            throw new StencilforgeException("this operator would store about " + (long) entries + " entries, more than "
                    + bounds.maxNonZeros() + ": give fewer points, or raise --max-nonzeros");
        }
        SparseMatrix total = null;
        for (int t = 0; t < terms.size(); t++) {
            SparseMatrix product = factors.get(t).get(0);
            for (int a = 1; a < sizes.size(); a++) {
                product = product.kronecker(factors.get(t).get(a));
            }
            total = total == null ? product.times(terms.get(t).coefficient())
                    : total.plus(terms.get(t).coefficient(), product);
        }
        return new GridOperator("tensor product of the closed 1-D operators", operator, sizes, periodic, total, false,
                classes(operator, total, sizes, periodic, reach(terms, sizes.size())));
    }

    /**
     * @param interior the interior stencil, integer offsets
     * @param rule how the Taylor conditions choose among weights near the boundary, as in the interior
     * @param sizes the points per axis
     * @param periodic whether each axis wraps around
     * @param limits the size bounds of the solves
     * @param bounds the size bounds of the grid operator
     * @return {@code D} on the grid, the interior stencil solved again on shifted points near the boundary
     */
    public static GridOperator solved(Stencil interior, MomentSolver.Rule rule, List<Integer> sizes,
            List<Boolean> periodic, Limits limits, Bounds bounds) {
        DifferentialOperator operator = interior.operator();
        int d = operator.dimension();
        checkSizes(d, sizes, periodic, bounds);
        List<int[]> offsets = integers(interior);
        int[][] reach = new int[d][2];
        for (int[] s : offsets) {
            for (int a = 0; a < d; a++) {
                reach[a][0] = Math.max(reach[a][0], -s[a]);
                reach[a][1] = Math.max(reach[a][1], s[a]);
            }
        }
        for (int a = 0; a < d; a++) {
            int span = reach[a][0] + reach[a][1] + 1;
            if (sizes.get(a) < span) {
                throw new StencilforgeException(sizes.get(a) + " points on axis " + (a + 1) + " are too few: the stencil"
                        + " spans " + span + " points on it, so give at least " + span);
            }
        }
        long entries = (long) offsets.size() * product(sizes);
        if (entries > bounds.maxNonZeros()) {
            throw new StencilforgeException("this operator would store about " + entries + " entries, more than "
                    + bounds.maxNonZeros() + ": give fewer points, or raise --max-nonzeros");
        }
        Map<List<Integer>, Stencil> shifted = new HashMap<>();
        int total = (int) product(sizes);
        SparseMatrix.Builder b = new SparseMatrix.Builder(total, total);
        int[] p = new int[d];
        long[] cols = new long[offsets.size()];
        for (int row = 0; row < total; row++) {
            unflatten(row, sizes, p);
            List<Integer> sigma = new ArrayList<>(d);
            for (int a = 0; a < d; a++) {
                int n = sizes.get(a);
                sigma.add(periodic.get(a) ? 0 : Math.max(0, reach[a][0] - p[a]) - Math.max(0, p[a] + reach[a][1] - (n - 1)));
            }
            Stencil s = shifted.computeIfAbsent(sigma, sg -> sg.stream().allMatch(x -> x == 0) ? interior
                    : MomentSolver.solve(operator, shift(offsets, sg), rule, limits).stencil());
            List<int[]> at = integers(s);
            int count = 0;
            for (int j = 0; j < at.size(); j++) {
                if (s.weights().get(j).isZero()) {
                    continue;
                }
                long flat = 0;
                for (int a = 0; a < d; a++) {
                    int n = sizes.get(a);
                    flat = flat * n + Math.floorMod(p[a] + at.get(j)[a], n);
                }
                cols[count++] = flat << 20 | j; // column, then which weight (stencils have < 2^20 points)
            }
            Arrays.sort(cols, 0, count);
            Rational pending = Rational.ZERO;
            long column = -1;
            for (int k = 0; k < count; k++) {
                long c = cols[k] >>> 20;
                if (c != column && column >= 0) {
                    b.add((int) column, pending);
                    pending = Rational.ZERO;
                }
                column = c;
                pending = pending.add(s.weights().get((int) (cols[k] & ((1 << 20) - 1))));
            }
            if (column >= 0) {
                b.add((int) column, pending);
            }
            b.endRow();
        }
        SparseMatrix m = b.build();
        return new GridOperator("interior stencil solved again on the points shifted inside the grid", operator,
                sizes, periodic, m, false, classes(operator, m, sizes, periodic, reach));
    }

    private static List<List<Rational>> shift(List<int[]> offsets, List<Integer> sigma) {
        List<List<Rational>> out = new ArrayList<>();
        for (int[] s : offsets) {
            List<Rational> v = new ArrayList<>();
            for (int a = 0; a < s.length; a++) {
                v.add(Rational.of(s[a] + sigma.get(a)));
            }
            out.add(v);
        }
        return out;
    }

    private static List<int[]> integers(Stencil s) {
        List<int[]> out = new ArrayList<>();
        for (List<Rational> x : s.offsets()) {
            int[] v = new int[x.size()];
            for (int a = 0; a < v.length; a++) {
                if (!x.get(a).isInteger()) {
                    throw new StencilforgeException("a whole operator on a grid needs integer offsets (grid points),"
                            + " not " + x.get(a));
                }
                v[a] = x.get(a).numerator().intValueExact();
            }
            out.add(v);
        }
        return out;
    }

    private static SparseMatrix line(Optional<Stencil> s, int n, boolean periodic, Map<String, SparseMatrix> cache,
            Limits limits) {
        if (s.isEmpty()) {
            return SparseMatrix.identity(n);
        }
        String key = s.get() + "|" + n + "|" + periodic;
        Limits line = lineLimits(limits, n);
        return cache.computeIfAbsent(key, k -> SparseMatrix.of((periodic ? Lines.periodic(s.get(), n, line)
                : Lines.collocated(s.get(), n, new ClosureRule(OptionalInt.empty(), OptionalInt.empty(),
                        BoundaryPoints.NEAREST), line)).matrix()));
    }

    /**
     * The bounds of a 1-D factor on {@code n} points: the grid's size is bounded by {@link Bounds}, so the
     * node bound of the stencils (each closure row's points) must not refuse the length of the axis.
     *
     * @param limits the bounds of the stencils
     * @param n the points on the axis
     * @return the same bounds, with at least {@code n} nodes allowed
     */
    public static Limits lineLimits(Limits limits, int n) {
        return new Limits(Math.max(limits.maxNodes(), n), limits.maxErrorTerms(), limits.maxWork());
    }

    /** Per axis, how far the interior stencils reach below and above the point. */
    private static int[][] reach(List<Term> terms, int d) {
        int[][] reach = new int[d][2];
        for (Term t : terms) {
            for (int a = 0; a < d; a++) {
                if (t.factors().get(a).isPresent()) {
                    List<Rational> x = t.factors().get(a).get().axis(0);
                    reach[a][0] = Math.max(reach[a][0], -x.get(0).numerator().intValueExact());
                    reach[a][1] = Math.max(reach[a][1], x.get(x.size() - 1).numerator().intValueExact());
                }
            }
        }
        return reach;
    }

    /**
     * Checks a grid's sizes as every operator on it does: one per axis, each at least 1, their product within
     * the bound (whether each axis is long enough depends on the operator).
     *
     * @param d the dimension
     * @param sizes the points per axis
     * @param periodic per axis whether it wraps around
     * @param bounds the bounds
     * @throws StencilforgeException naming what is wrong
     */
    public static void checkSizes(int d, List<Integer> sizes, List<Boolean> periodic, Bounds bounds) {
        if (sizes.size() != d) {
            throw new StencilforgeException("--points gives " + sizes.size() + " size" + (sizes.size() == 1 ? "" : "s")
                    + " but the operator has " + d + " dimensions: give one size per axis, e.g. --points "
                    + String.join(",", java.util.Collections.nCopies(d, "20")));
        }
        if (periodic.size() != d) {
            throw new StencilforgeException("--periodic gives " + periodic.size() + " axes but the operator has " + d);
        }
        for (int n : sizes) {
            if (n < 1) {
                throw new StencilforgeException("every size in --points must be 1 or more, not " + n);
            }
        }
        java.math.BigInteger points = sizes.stream().map(java.math.BigInteger::valueOf)
                .reduce(java.math.BigInteger.ONE, java.math.BigInteger::multiply);
        if (points.compareTo(java.math.BigInteger.valueOf(bounds.maxPoints())) > 0) {
            throw new StencilforgeException("the grid has " + points + " points, more than " + bounds.maxPoints()
                    + ": give fewer points, or raise --max-grid-points");
        }
    }

    private static long product(List<Integer> sizes) {
        long p = 1;
        for (int n : sizes) {
            p *= n;
            if (p > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return p;
    }

    private static void unflatten(int row, List<Integer> sizes, int[] p) {
        for (int a = sizes.size() - 1; a >= 0; a--) {
            p[a] = row % sizes.get(a);
            row /= sizes.get(a);
        }
    }

    /** The rows grouped by where they sit, each group's order by the moments of each distinct row. */
    private static List<GridOperator.BoundaryClass> classes(DifferentialOperator operator, SparseMatrix m,
            List<Integer> sizes, List<Boolean> periodic, int[][] reach) {
        int d = sizes.size();
        Map<List<Integer>, long[]> classes = new HashMap<>(); // rows, order, points
        Map<RowKey, Integer> orders = new HashMap<>();
        int[] p = new int[d];
        int[] q = new int[d];
        for (int row = 0; row < m.rows(); row++) {
            unflatten(row, sizes, p);
            Integer[] position = new Integer[d]; // -1 interior, k >= 0 from the start, -2 - k from the end
            for (int a = 0; a < d; a++) {
                int n = sizes.get(a);
                position[a] = periodic.get(a) ? -1 : p[a] < reach[a][0] ? p[a]
                        : p[a] > n - 1 - reach[a][1] ? -2 - (n - 1 - p[a]) : -1;
            }
            int count = m.rowStart(row + 1) - m.rowStart(row);
            int[] offsets = new int[count * d];
            Rational[] weights = new Rational[count];
            for (int k = m.rowStart(row), e = 0; k < m.rowStart(row + 1); k++, e++) {
                unflatten(m.column(k), sizes, q);
                for (int a = 0; a < d; a++) {
                    int s = q[a] - p[a];
                    int n = sizes.get(a);
                    if (periodic.get(a)) { // the nearest image, ties to the negative side
                        s = Math.floorMod(s, n);
                        if (2 * s >= n) {
                            s -= n;
                        }
                    }
                    offsets[e * d + a] = s;
                }
                weights[e] = m.value(k);
            }
            int order = orders.computeIfAbsent(new RowKey(offsets, weights), key -> {
                List<int[]> at = new ArrayList<>();
                for (int e = 0; e < count; e++) {
                    at.add(Arrays.copyOfRange(offsets, e * d, e * d + d));
                }
                return GridOrders.order(at, List.of(weights), operator);
            });
            long[] c = classes.computeIfAbsent(List.of(position), k -> new long[] {0, Integer.MAX_VALUE, 0});
            c[0]++;
            c[1] = Math.min(c[1], order);
            c[2] = Math.max(c[2], count);
        }
        List<List<Integer>> keys = new ArrayList<>(classes.keySet());
        keys.sort(Grids::comparePositions);
        List<GridOperator.BoundaryClass> out = new ArrayList<>();
        for (List<Integer> k : keys) {
            long[] v = classes.get(k);
            out.add(new GridOperator.BoundaryClass(k.stream().map(x -> x == -1 ? "interior" : x >= 0
                    ? Integer.toString(x) : "n-1-" + (-2 - x)).toList(), v[0], (int) v[1], (int) v[2]));
        }
        return out;
    }

    /** A row by its offsets and weights; weights compared by identity (equal instances are equal values). */
    private record RowKey(int[] offsets, Rational[] weights) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RowKey r) || !Arrays.equals(offsets, r.offsets) || weights.length != r.weights.length) {
                return false;
            }
            for (int k = 0; k < weights.length; k++) {
                if (weights[k] != r.weights[k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = Arrays.hashCode(offsets);
            for (Rational w : weights) {
                h = 31 * h + System.identityHashCode(w);
            }
            return h;
        }
    }

    private static int comparePositions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Integer.compare(rank(a.get(i)), rank(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** interior first, then 0, 1, ..., then n-1-0, n-1-1, ... */
    private static int rank(int position) {
        return position == -1 ? -1 : position >= 0 ? position : 1_000_000 + (-2 - position);
    }
}
