package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.Stencil;

/**
 * Whole operators on a 1-D uniform grid of {@code h = 1}: with chosen closures
 * (collocated or staggered), periodic (circulant) and convolution matrices.
 *
 * <p>The closure rule: row {@code i} at point {@code r_i} applies the interior
 * stencil when every point {@code r_i + s_j} is a column point; the rows where
 * it is not (or the first and last {@code W} rows, {@code --boundary-width})
 * use Fornberg's weights on {@code m + Q} consecutive column points, chosen by
 * {@link BoundaryPoints}. Such a row has order at least {@code Q}. A staggered
 * grid of {@code N} cells has its {@code N} centres at {@code 1/2, 3/2, ...}
 * and its {@code N + 1} faces at {@code 0, 1, ..., N}.
 */
public final class Lines {

    private Lines() {
    }

    /**
     * @param interior a stencil with integer offsets
     * @param n the number of grid points
     * @param rule the closures
     * @param limits the size bounds
     * @return the {@code n×n} operator with closures
     */
    public static WholeOperator collocated(Stencil interior, int n, ClosureRule rule, Limits limits) {
        requireOffsets(interior, true);
        return closed("collocated", interior, n, k -> points(k, Rational.ZERO), k -> points(k, Rational.ZERO),
                rule, limits);
    }

    /**
     * @param interior a stencil with half-integer offsets
     * @param cells the number of cells {@code N}
     * @param fromCentres whether the operator maps the {@code N} centres to the {@code N + 1} faces (else back)
     * @param rule the closures
     * @param limits the size bounds
     * @return the {@code (N+1)×N} or {@code N×(N+1)} operator with closures
     */
    public static WholeOperator staggered(Stencil interior, int cells, boolean fromCentres, ClosureRule rule,
            Limits limits) {
        requireOffsets(interior, false);
        IntFunction<List<Rational>> centres = k -> points(k, Rational.of(1, 2));
        IntFunction<List<Rational>> faces = k -> points(k + 1, Rational.ZERO);
        return fromCentres
                ? closed("staggered: centres to faces", interior, cells, faces, centres, rule, limits)
                : closed("staggered: faces to centres", interior, cells, centres, faces, rule, limits);
    }

    /**
     * @param interior a stencil with integer offsets
     * @param n the number of grid points, at least the stencil's span
     * @param limits the size bounds
     * @return the circulant {@code n×n} operator: every row the stencil, wrapped around
     */
    public static WholeOperator periodic(Stencil interior, int n, Limits limits) {
        requireOffsets(interior, true);
        limits.checkNodes(n);
        int sMin = first(interior);
        int span = last(interior) - sMin + 1;
        if (n < span) {
            throw new StencilforgeException(n + " points are too few for this periodic operator: the stencil spans "
                    + span + " points, so the grid needs at least " + span);
        }
        List<Rational> dense = dense(interior);
        List<BandRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i + sMin >= 0 && i + sMin + span <= n) {
                rows.add(new BandRow(i + sMin, dense));
            } else {
                Rational[] row = new Rational[n];
                java.util.Arrays.fill(row, Rational.ZERO);
                for (int j = 0; j < span; j++) {
                    int k = Math.floorMod(i + sMin + j, n);
                    row[k] = row[k].add(dense.get(j));
                }
                rows.add(new BandRow(0, List.of(row)));
            }
        }
        List<Rational> x = points(n, Rational.ZERO);
        return new WholeOperator("periodic", new DifferentiationMatrix(interior.derivative(), rows, n, List.of(),
                false, false), x, x, interior.derivative(), Rational.ONE, n);
    }

    /**
     * The Toeplitz matrix that applies the stencil as a correlation (a
     * convolution with the flipped weights {@code h = w reversed}), without
     * closures: row {@code i} of {@code full} is {@code Σ_k h_(i-k) f_k}; the
     * other modes are rows of it ({@link ConvolutionMode}).
     *
     * @param interior a stencil with integer offsets
     * @param n the number of samples
     * @param mode the rows kept
     * @param limits the size bounds
     * @return the operator; row {@code i} approximates the derivative at the point its stencil is centred on
     */
    public static WholeOperator convolution(Stencil interior, int n, ConvolutionMode mode, Limits limits) {
        requireOffsets(interior, true);
        limits.checkNodes(n);
        int sMin = first(interior);
        List<Rational> w = dense(interior);
        int m = w.size();
        int skip = switch (mode) {
            case FULL -> 0;
            case SAME -> (m - 1) / 2;
            case VALID -> m - 1;
        };
        int count = switch (mode) {
            case FULL -> n + m - 1;
            case SAME -> n;
            case VALID -> n - m + 1;
        };
        if (count < 1 || n < 1) {
            throw new StencilforgeException(n + " samples are too few for the " + mode.name().toLowerCase(
                    java.util.Locale.ROOT) + " convolution with a kernel of " + m + " weights: give at least "
                    + (mode == ConvolutionMode.VALID ? m : 1));
        }
        List<BandRow> rows = new ArrayList<>(count);
        List<Rational> rowPoints = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int i = r + skip; // row of the full matrix: columns k with 0 <= i - k < m
            int lo = Math.max(0, i - m + 1);
            int hi = Math.min(n - 1, i);
            List<Rational> band = new ArrayList<>();
            for (int k = lo; k <= hi; k++) {
                band.add(w.get(m - 1 - i + k));
            }
            rows.add(new BandRow(lo, band));
            rowPoints.add(Rational.of(i - (m - 1) - sMin));
        }
        return new WholeOperator("convolution, mode " + mode.name().toLowerCase(java.util.Locale.ROOT),
                new DifferentiationMatrix(interior.derivative(), rows, n, List.of(), false, false), rowPoints,
                points(n, Rational.ZERO), interior.derivative(), Rational.ONE, 0);
    }

    /**
     * @param interior a stencil with integer offsets
     * @return its weights on every integer offset from the first to the last (zeros between), columns relative to the row
     */
    public static BandRow band(Stencil interior) {
        requireOffsets(interior, true);
        return new BandRow(first(interior), dense(interior));
    }

    /** The operator with closures between two grids of spacing 1 whose sizes depend on {@code n}. */
    private static WholeOperator closed(String kind, Stencil interior, int n, IntFunction<List<Rational>> rowsOf,
            IntFunction<List<Rational>> columnsOf, ClosureRule rule, Limits limits) {
        limits.checkNodes(n);
        int m = interior.derivative();
        int order = interiorOrder(interior);
        int q = rule.accuracy().orElse(order);
        Checks.accuracy(q);
        limits.checkNodes((long) m + q);
        int points = m + q;
        if (rule.width().isPresent()) {
            limits.checkNodes(rule.width().getAsInt()); // bounds the search for the smallest grid below
        }
        Layout layout = Layout.of(interior, rowsOf.apply(n), columnsOf.apply(n), rule, points);
        if (layout == null) {
            int needed = n + 1;
            while (Layout.of(interior, rowsOf.apply(needed), columnsOf.apply(needed), rule, points) == null) {
                needed++;
            }
            int columns = columnsOf.apply(n).size();
            if (columns < points && rule.accuracy().isPresent() && columns > m) {
                throw new StencilforgeException("boundary accuracy " + q + " needs " + points + " points per closure"
                        + " row but the grid has " + columns + "; at most " + (columns - m)
                        + " is reachable on it, or give at least " + needed + " points");
            }
            throw new StencilforgeException(n + " points are too few for this stencil and its closures (each closure"
                    + " row uses " + points + " points): give at least " + needed);
        }
        List<Rational> r = layout.rows;
        List<Rational> c = layout.columns;
        int sMinIndex = Layout.index(r.get(0).add(interior.axis(0).get(0)), c);
        List<BandRow> rows = new ArrayList<>(r.size());
        List<Rational> dense = dense(interior, c);
        for (int i = 0; i < r.size(); i++) {
            if (i >= layout.top && i < r.size() - layout.bottom) {
                rows.add(new BandRow(sMinIndex + i, dense));
            } else {
                int start = layout.start(i, points, rule.points());
                List<Rational> offsets = new ArrayList<>(points);
                for (int k = start; k < start + points; k++) {
                    offsets.add(c.get(k).subtract(r.get(i)));
                }
                rows.add(new BandRow(start, Stencils.fromOffsets(m, offsets, limits).weights()));
            }
        }
        return new WholeOperator(kind, new DifferentiationMatrix(m, rows, c.size(), List.of(), false, false), r, c,
                m, Rational.ONE, 0);
    }

    /** Where the interior stencil applies and where closures start: null if the grid is too small. */
    private record Layout(List<Rational> rows, List<Rational> columns, int top, int bottom) {

        static Layout of(Stencil s, List<Rational> r, List<Rational> c, ClosureRule rule, int points) {
            int n = r.size();
            int columns = c.size();
            Rational lo = s.axis(0).get(0);
            Rational hi = s.axis(0).get(s.size() - 1);
            if (columns < points || columns < hi.subtract(lo).numerator().intValue() + 1) {
                return null;
            }
            int top = 0;
            while (top < n && r.get(top).add(lo).compareTo(c.get(0)) < 0) {
                top++;
            }
            int bottom = 0;
            while (bottom < n && r.get(n - 1 - bottom).add(hi).compareTo(c.get(columns - 1)) > 0) {
                bottom++;
            }
            if (rule.width().isPresent()) {
                int w = rule.width().getAsInt();
                if (w < Math.max(top, bottom)) {
                    throw new StencilforgeException("--boundary-width " + w + " is less than the "
                            + Math.max(top, bottom) + " rows at an end where the stencil leaves the grid;"
                            + " give at least " + Math.max(top, bottom));
                }
                top = w;
                bottom = w;
            }
            return top + bottom <= n ? new Layout(r, c, top, bottom) : null;
        }

        static int index(Rational point, List<Rational> c) {
            return point.subtract(c.get(0)).numerator().intValueExact();
        }

        /** The first column of closure row {@code i}. */
        int start(int i, int points, BoundaryPoints rule) {
            boolean left = i < top;
            int n = rows.size();
            int last = columns.size() - points;
            // distance of the row from its end of the grid, measured from that end's first column
            Rational d = left ? rows.get(i).subtract(columns.get(0))
                    : columns.get(columns.size() - 1).subtract(rows.get(i));
            int fromEnd;
            if (rule == BoundaryPoints.OWN) {
                fromEnd = ceil(d); // the first column at or past the row, counted from the end
            } else {
                fromEnd = ceil(d.subtract(Rational.of(points - 1, 2)));
            }
            fromEnd = Math.max(0, Math.min(last, fromEnd));
            return left ? fromEnd : last - fromEnd;
        }
    }

    private static int ceil(Rational x) {
        java.math.BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        int q = qr[0].intValueExact();
        return qr[1].signum() > 0 ? q + 1 : q;
    }

    /** The true order of the interior stencil, by its moments. */
    static int interiorOrder(Stencil s) {
        int order = RowOrders.order(s.axis(0), s.weights(), s.derivative(), Rational.ONE);
        if (order < 1) {
            throw new StencilforgeException("this stencil does not approximate derivative " + s.derivative()
                    + " (its order of accuracy is " + Math.max(0, order) + "), so it has no closures of its order");
        }
        return order;
    }

    private static List<Rational> points(int count, Rational start) {
        return IntStream.range(0, Math.max(0, count)).mapToObj(k -> start.add(Rational.of(k))).toList();
    }

    private static void requireOffsets(Stencil s, boolean integers) {
        for (Rational x : s.axis(0)) {
            boolean ok = integers ? x.isInteger() : x.add(Rational.of(1, 2)).isInteger();
            if (!ok) {
                throw new StencilforgeException(integers
                        ? "this operator needs integer offsets (grid points), not " + x
                                + "; for a staggered operator give half-integer offsets such as -1/2,1/2"
                        : "a staggered operator needs half-integer offsets such as -1/2,1/2 or -3/2,-1/2,1/2,3/2,"
                                + " not " + x);
            }
        }
    }

    private static int first(Stencil s) {
        return s.axis(0).get(0).numerator().intValueExact();
    }

    private static int last(Stencil s) {
        return s.axis(0).get(s.size() - 1).numerator().intValueExact();
    }

    /** The weights on every integer offset from the first to the last, zeros between. */
    private static List<Rational> dense(Stencil s) {
        List<Rational> out = new ArrayList<>();
        for (int k = first(s); k <= last(s); k++) {
            int index = s.axis(0).indexOf(Rational.of(k));
            out.add(index < 0 ? Rational.ZERO : s.weights().get(index));
        }
        return out;
    }

    /** The weights on every column step from the first offset to the last. */
    private static List<Rational> dense(Stencil s, List<Rational> c) {
        List<Rational> out = new ArrayList<>();
        Rational lo = s.axis(0).get(0);
        Rational hi = s.axis(0).get(s.size() - 1);
        for (Rational x = lo; x.compareTo(hi) <= 0; x = x.add(Rational.ONE)) {
            int index = s.axis(0).indexOf(x);
            out.add(index < 0 ? Rational.ZERO : s.weights().get(index));
        }
        return out;
    }

    /** Checks of the closure request. */
    private static final class Checks {
        static void accuracy(int q) {
            org.stencilforge.Checks.require(q >= 1, "the boundary accuracy must be 1 or more, not " + q);
        }
    }
}
