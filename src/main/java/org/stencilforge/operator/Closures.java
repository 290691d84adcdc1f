package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.derivation.Work;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/**
 * Turns stencils into whole-array operators by choosing boundary closures.
 *
 * <p>The rule: a row whose interior stencil would reach outside the grid uses
 * instead the {@code m + p} consecutive grid points nearest to it (as centred
 * on the row as the grid allows, so one-sided at the very ends), where
 * {@code p} is the interior stencil's order of accuracy; Fornberg's weights on
 * {@code m + p} points have order at least {@code p}, so the closures keep the
 * interior's order. On given (non-uniform) nodes every row is chosen that way.
 */
public final class Closures {

    private Closures() {
    }

    /**
     * @param interior a stencil with integer offsets, on a uniform grid
     * @param limits the size bounds
     * @return the whole-array operator with closures, and its adjoint
     * @throws StencilforgeException if the offsets are not integers or the stencil has no positive order
     */
    public static DifferentiationOperator around(AnalysedStencil interior, Limits limits) {
        int order = closureOrder(interior);
        Stencil s = interior.stencil();
        long rows = -s.axis(0).get(0).numerator().longValue() + s.axis(0).get(s.size() - 1).numerator().longValue();
        limits.checkWork(closureCost(s.derivative(), order, rows, limits), "building the boundary closures of this stencil");
        BandedOperator operator = withClosures(s, order, limits);
        return new DifferentiationOperator(interior, order, operator, operator.transpose());
    }

    /**
     * @return the interior's true order of accuracy, which the closures keep
     * @throws StencilforgeException if the offsets are not integers or the order is not positive
     */
    private static int closureOrder(AnalysedStencil interior) {
        Stencil s = interior.stencil();
        if (!s.axis(0).stream().allMatch(Rational::isInteger)) {
            throw new StencilforgeException("a whole-array operator needs integer offsets (grid points);"
                    + " staggered or fractional offsets " + s.axis(0) + " do not land on the grid"
                    + (s.axis(0).stream().allMatch(o -> o.multiply(Rational.of(2)).isInteger())
                            ? " (for half-integers use the staggered operator: matrix --offsets=... --from centres)"
                            : ""));
        }
        int m = s.derivative();
        int order = interior.error().order().orElse(s.size() - m);
        if (order < 1) {
            throw new StencilforgeException("this stencil does not approximate derivative " + m
                    + " (its order of accuracy is " + order + "), so it has no closures of its order");
        }
        return order;
    }

    /**
     * @param m the derivative
     * @param order the order the closures keep
     * @param rows how many closure rows there are
     * @return the work of deriving them (Fornberg on {@code m + order} points each) and writing them out
     */
    private static long closureCost(int m, long order, long rows, Limits limits) {
        long points = m + order;
        limits.checkNodes(points);
        double weightBits = Work.uniformWeightBits(points, m);
        long each = Work.plus(Work.fornberg(points, m, 64 - Long.numberOfLeadingZeros(points) + 1),
                Work.units(points * 2 * Work.decimal(weightBits)));
        return Work.times(Math.max(0, rows), each);
    }

    /** Writing an {@code n × n} matrix whose rows have {@code width} entries of {@code weightBits} bits. */
    private static long matrixCost(long n, long width, double weightBits) {
        return Work.plus(Work.times(Work.times(n, width), Work.units(2 * Work.decimal(weightBits))),
                Work.times(Work.times(n, n), Work.units(4 * Work.OPERATION)));
    }

    private static double matrixCharacters(long n, long width, double weightBits) {
        return (double) n * n * 3 + (double) n * width * weightBits * Work.DIGITS_PER_BIT;
    }

    /** The interior stencil with closure rows of {@code m + order} points at both ends. */
    private static BandedOperator withClosures(Stencil s, int order, Limits limits) {
        int m = s.derivative();
        int points = m + order;
        limits.checkNodes(points);
        List<Rational> offsets = s.axis(0);
        int sMin = offsets.get(0).numerator().intValueExact();
        int sMax = offsets.get(s.size() - 1).numerator().intValueExact();
        List<Rational> band = new ArrayList<>();
        for (int k = sMin; k <= sMax; k++) {
            int index = offsets.indexOf(Rational.of(k));
            band.add(index < 0 ? Rational.ZERO : s.weights().get(index));
        }
        int half = (points - 1) / 2;
        List<BandRow> top = new ArrayList<>();
        for (int i = 0; i < -sMin; i++) {
            int start = Math.max(0, i - half);
            top.add(new BandRow(start, window(m, start, points, i, limits)));
        }
        List<BandRow> bottom = new ArrayList<>();
        for (int k = sMax - 1; k >= 0; k--) { // k: distance of the row from the last point
            int start = Math.max(0, k - half);
            // the mirror image of the top row k: columns n - start - points .. n - start - 1
            bottom.add(new BandRow(-start - points, window(m, 0, points, points - 1 - k + start, limits)));
        }
        // top and bottom rows must not overlap, and every closure window must fit in the array
        int minLength = Math.max(top.size() + bottom.size(), Math.max(
                top.stream().mapToInt(BandRow::end).max().orElse(0),
                bottom.stream().mapToInt(r -> -r.first()).max().orElse(0)));
        return new BandedOperator(m, top, new BandRow(sMin, band), bottom, minLength);
    }

    /** Weights at grid point {@code row} from the points {@code start .. start + points - 1}. */
    private static List<Rational> window(int m, int start, int points, int row, Limits limits) {
        List<Rational> offsets = IntStream.range(start, start + points).mapToObj(c -> Rational.of(c - row)).toList();
        return Stencils.fromOffsets(m, offsets, limits).weights();
    }

    /**
     * The exact matrix of the central scheme with closures on {@code n} uniform points.
     *
     * @param derivative the derivative order {@code m}
     * @param accuracy the even order of accuracy {@code p}
     * @param n the number of grid points
     * @param limits the size bounds
     * @return the matrix, times {@code h^(-m)}
     * @throws StencilforgeException if {@code n} is too small for the stencil and its closures
     */
    public static DifferentiationMatrix uniform(int derivative, int accuracy, int n, Limits limits) {
        limits.checkNodes(n);
        long width = Stencils.presetSize(Scheme.CENTRAL, derivative, accuracy, limits);
        if (n >= 1 && width > derivative) {
            int m = derivative;
            long bits = 65 - Long.numberOfLeadingZeros(width);
            double weightBits = Work.uniformWeightBits(Math.max(width, (long) m + accuracy), m);
            long work = Work.plus(Work.fornberg(width, m, bits),
                    Work.lineAnalysis(width, m, 1, bits, weightBits, weightBits));
            work = Work.plus(work, closureCost(m, accuracy, width - 1L, limits));
            work = Work.plus(work, matrixCost(n, width, weightBits));
            limits.checkWork(work, "this matrix");
            Limits.checkOutput(matrixCharacters(n, width, weightBits));
        }
        AnalysedStencil interior = AnalysedStencil.of(Stencils.preset(Scheme.CENTRAL, derivative, accuracy, limits), 1);
        BandedOperator operator = withClosures(interior.stencil(), closureOrder(interior), limits);
        if (n < operator.minLength()) {
            throw new StencilforgeException(n + " points are too few for derivative " + derivative
                    + " at accuracy " + accuracy + ": the stencil and its closures need at least "
                    + operator.minLength() + " points");
        }
        return operator.matrix(n);
    }

    /**
     * The exact matrix on given nodes: row {@code i} uses the {@code m + p}
     * consecutive nodes nearest to node {@code i}.
     *
     * @param derivative the derivative order {@code m}
     * @param accuracy the order of accuracy {@code p}, at least 1
     * @param nodes distinct nodes, in any order; rows and columns follow them ascending
     * @param limits the size bounds
     * @return the matrix, entries including the spacings ({@code h = 1})
     * @throws StencilforgeException if there are fewer than {@code m + p} nodes
     */
    public static DifferentiationMatrix onNodes(int derivative, int accuracy, List<Rational> nodes, Limits limits) {
        if (accuracy < 1) {
            throw new StencilforgeException("the accuracy order must be 1 or more, not " + accuracy);
        }
        limits.checkOffsets(nodes);
        if (derivative >= 0 && (long) derivative + accuracy <= nodes.size()) {
            int points = derivative + accuracy;
            long bits = Work.integerBits(nodes) + 1;
            double weightBits = Work.weightBits(points, derivative, bits);
            long work = Work.plus(Work.times(nodes.size(), Work.fornberg(points, derivative, bits)),
                    matrixCost(nodes.size(), points, weightBits));
            limits.checkWork(work, "this matrix");
            Limits.checkOutput(matrixCharacters(nodes.size(), points, weightBits));
        }
        Stencils.fromOffsets(0, nodes, limits); // the same checks of distinctness as every stencil
        List<Rational> sorted = nodes.stream().sorted().toList();
        int n = sorted.size();
        int points = derivative + accuracy;
        if (n < points) {
            throw new StencilforgeException(n + " nodes are too few for derivative " + derivative
                    + " at accuracy " + accuracy + ": every row needs " + points + " nodes");
        }
        int half = (points - 1) / 2;
        List<BandRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = Math.min(Math.max(0, i - half), n - points);
            rows.add(new BandRow(start, Stencils.fromNodes(derivative, sorted.subList(start, start + points),
                    sorted.get(i), limits).weights()));
        }
        return new DifferentiationMatrix(derivative, rows, sorted, false);
    }
}
