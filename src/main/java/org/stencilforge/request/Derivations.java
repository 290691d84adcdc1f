package org.stencilforge.request;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.derivation.Work;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.Stencil;

/** The one entry point from a request to a finished, analysed stencil, under the limits. */
public final class Derivations {

    private Derivations() {
    }

    /**
     * Derives and analyses a request, after estimating its work: the request
     * is refused before any work starts when the estimate ({@link #cost}) is
     * past the budget, and again before the analysis when the weights turn out
     * longer than the estimate assumed.
     *
     * @param request what was asked for
     * @param errorTerms how many non-zero powers of {@code h} of the error to list
     * @param limits the size bounds
     * @return the stencil, its exact truncation error and how its weights were chosen
     * @throws org.stencilforge.StencilforgeException if the request cannot be met or is past a limit
     */
    public static AnalysedStencil derive(StencilRequest request, int errorTerms, Limits limits) {
        return derive(request, errorTerms, limits, false);
    }

    /**
     * {@link #derive}, where a request for one term {@code ∂^β} of an isotropic
     * operator solved with {@code --rule auto} takes the Mehrstellen step
     * ({@link MomentSolver#solveMehrstellen}): for a grid with a spacing per axis.
     */
    static AnalysedStencil derive(StencilRequest request, int errorTerms, Limits limits, boolean mehrstellen) {
        limits.checkErrorTerms(errorTerms);
        StencilRequest r = points(request, limits);
        Estimate estimate = estimate(r, errorTerms, limits);
        limits.checkWork(estimate.total(), "this stencil");
        Stencil stencil;
        List<Choice> choice = List.of();
        if (r instanceof StencilRequest.Preset p) {
            stencil = Stencils.preset(p.scheme(), p.derivative(), p.accuracy(), limits);
        } else if (r instanceof StencilRequest.Offsets o) {
            stencil = Stencils.fromOffsets(o.derivative(), o.offsets(), limits);
        } else if (r instanceof StencilRequest.Nodes n) {
            stencil = Stencils.fromNodes(n.derivative(), n.nodes(), n.at(), limits);
        } else if (r instanceof StencilRequest.Tensor t) {
            stencil = TensorProducts.of(t.operator(), t.axes(), limits);
            choice = List.of(Choice.TENSOR_PRODUCT);
        } else {
            StencilRequest.Points p = (StencilRequest.Points) r;
            MomentSolver.Solution s = mehrstellen && p.rule() == MomentSolver.Rule.AUTO
                    ? MomentSolver.solveMehrstellen(p.operator(), p.offsets(), limits)
                    : MomentSolver.solve(p.operator(), p.offsets(), p.rule(), limits);
            stencil = s.stencil();
            choice = s.choice();
        }
        // a 1-D stencil derived on all its nodes has its error in closed form
        boolean interpolating = r instanceof StencilRequest.Preset || r instanceof StencilRequest.Offsets
                || r instanceof StencilRequest.Nodes;
        checkAnalysis(stencil, errorTerms, estimate, limits, interpolating);
        return new AnalysedStencil(stencil, interpolating ? TruncationError.ofInterpolating(stencil, errorTerms)
                : TruncationError.of(stencil, errorTerms), choice,
                r instanceof StencilRequest.Nodes n ? java.util.Optional.of(n.at()) : java.util.Optional.empty());
    }

    /**
     * The work a request needs, estimated before any of it starts: the
     * derivation (the node polynomial, tensor products or the Taylor
     * conditions) and the analysis of its error and writing it out. The counts
     * are checked first ({@link Limits#checkNodes}, {@link Limits#checkOffsets},
     * {@link Limits#checkPoints}), so that a request past them is refused with
     * that message.
     *
     * @param request what is asked for
     * @param errorTerms how many error terms it lists
     * @param limits the size bounds
     * @return the estimated work, in the units of {@link Limits#maxWork}
     * @throws org.stencilforge.StencilforgeException if a count is past its limit or the request is malformed
     */
    public static long cost(StencilRequest request, int errorTerms, Limits limits) {
        limits.checkErrorTerms(errorTerms);
        StencilRequest r = points(request, limits);
        return estimate(r, errorTerms, limits).total();
    }

    /**
     * A shape as its points, after checking that solving on that many points is
     * within the budget at all (before they are enumerated).
     */
    private static StencilRequest points(StencilRequest request, Limits limits) {
        if (!(request instanceof StencilRequest.Shaped s)) {
            return request;
        }
        int d = s.operator().dimension();
        long n = s.shape().size(d, s.radius(), limits);
        long bits = 65 - Long.numberOfLeadingZeros(Math.max(1, s.radius()));
        long degree = Math.max(Work.typicalDegree(d, n), s.operator().order());
        limits.checkWork(Work.momentSolve(d, n, degree, degree, bits, 1), "this stencil");
        return new StencilRequest.Points(s.operator(), s.shape().offsets(d, s.radius(), limits), s.rule());
    }

    /**
     * What the estimate assumed about the result, so that the analysis can be
     * checked again once the weights are known.
     *
     * @param derivation the work of the derivation
     * @param analysis the work of the analysis and output
     * @param maxDegree the highest degree the analysis is expected to reach (several dimensions)
     */
    record Estimate(long derivation, long analysis, long maxDegree) {
        long total() {
            return Work.plus(derivation, analysis);
        }
    }

    private static Estimate estimate(StencilRequest request, int errorTerms, Limits limits) {
        if (request instanceof StencilRequest.Preset p) {
            long n = Stencils.presetSize(p.scheme(), p.derivative(), p.accuracy(), limits);
            long bits = 65 - Long.numberOfLeadingZeros(n);
            double weightBits = Work.uniformWeightBits(n, p.derivative());
            return new Estimate(Work.stencil(n, p.derivative(), bits),
                    Work.interpolatingAnalysis(n, p.derivative(), errorTerms, bits, weightBits, weightBits), 0);
        }
        if (request instanceof StencilRequest.Offsets o) {
            return line(o.offsets(), o.derivative(), errorTerms, limits, equallySpaced(o.offsets()));
        }
        if (request instanceof StencilRequest.Nodes n) {
            return line(n.nodes().stream().map(x -> x.subtract(n.at())).toList(), n.derivative(), errorTerms, limits,
                    equallySpaced(n.nodes()));
        }
        if (request instanceof StencilRequest.Tensor t) {
            return tensor(t, errorTerms, limits);
        }
        StencilRequest.Points p = (StencilRequest.Points) request;
        int d = p.operator().dimension();
        limits.checkPoints(p.offsets());
        if (p.offsets().isEmpty() || p.offsets().stream().anyMatch(s -> s.size() != d)) {
            return new Estimate(0, 0, 0); // the solver refuses them with its own message
        }
        int n = p.offsets().size();
        long bits = Work.integerBits(p.offsets().stream().flatMap(List::stream).toList());
        long degree = Math.max(Work.typicalDegree(d, n), p.operator().order());
        long reduced = 0;
        double span = 1;
        for (int i = 0; i < d; i++) {
            int axis = i;
            long distinct = p.offsets().stream().map(s -> s.get(axis)).distinct().count();
            reduced += distinct - 1;
            span *= distinct;
        }
        double scatter = span / n;
        long derivation = Work.momentSolve(d, n, degree, Math.min(reduced, degree + 3), bits, scatter);
        long maxDegree = degree + 1 + 2L * errorTerms;
        double weightBits = 2 * Work.solutionBits(d, n, degree, bits, scatter);
        return new Estimate(derivation, Work.gridAnalysis(d, n, maxDegree, bits, weightBits), maxDegree);
    }

    /**
     * @return whether the values, sorted, are equally spaced: their weights are
     *     then as short as a preset's, not as long as in general position
     */
    private static boolean equallySpaced(List<Rational> values) {
        if (values.size() < 3) {
            return true;
        }
        List<Rational> sorted = values.stream().sorted().toList();
        Rational step = sorted.get(1).subtract(sorted.get(0));
        for (int i = 2; i < sorted.size(); i++) {
            if (!sorted.get(i).subtract(sorted.get(i - 1)).equals(step)) {
                return false;
            }
        }
        return true;
    }

    /** The weights from the node polynomial and the 1-D analysis in closed form. */
    private static Estimate line(List<Rational> offsets, int m, int errorTerms, Limits limits, boolean uniform) {
        limits.checkOffsets(offsets);
        if (m < 0 || offsets.size() <= m) {
            return new Estimate(0, 0, 0); // refused by Stencils with its own message
        }
        int n = offsets.size();
        long bits = Work.integerBits(offsets);
        double weightBits = uniform ? Work.uniformWeightBits(n, m) : Work.weightBits(n, m, bits);
        return new Estimate(Work.stencil(n, m, bits),
                Work.interpolatingAnalysis(n, m, errorTerms, bits, weightBits, weightBits), 0);
    }

    private static Estimate tensor(StencilRequest.Tensor t, int errorTerms, Limits limits) {
        int d = t.operator().dimension();
        if (t.axes().size() != d) {
            return new Estimate(0, 0, 0); // refused by TensorProducts with its own message
        }
        long derivation = 0;
        long points = 0;
        double weightBits = 0;
        double coordinateBits = 1;
        long order = Long.MAX_VALUE;
        for (DifferentialOperator.Term term : t.operator().terms()) {
            long size = 1;
            double bits = 64;
            for (int i = 0; i < d; i++) {
                int m = term.derivative().get(i);
                long n;
                List<Rational> offsets;
                boolean uniform;
                if (t.axes().get(i) instanceof AxisStencil.Offsets o) {
                    offsets = o.offsets();
                    n = offsets.size();
                    uniform = false;
                    limits.checkOffsets(offsets);
                    order = Math.min(order, Math.max(1, offsets.size() - m));
                } else {
                    AxisStencil.Preset p = (AxisStencil.Preset) t.axes().get(i);
                    if (m == 0) {
                        continue;
                    }
                    n = Stencils.presetSize(p.scheme(), m, p.accuracy(), limits);
                    offsets = null;
                    uniform = true;
                    order = Math.min(order, p.accuracy());
                }
                long b = offsets == null ? 65 - Long.numberOfLeadingZeros(n) : Work.integerBits(offsets);
                coordinateBits = Math.max(coordinateBits, b);
                derivation = Work.plus(derivation, Work.stencil(n, m, b));
                bits += uniform ? Work.uniformWeightBits(n, m) : Work.weightBits(n, m, b);
                size = Work.times(size, n);
                limits.checkNodes(size);
            }
            points = Work.plus(points, size);
            weightBits = Math.max(weightBits, bits);
            derivation = Work.plus(derivation, Work.times(size, Work.units(d * Work.OPERATION
                    + Work.gcd(bits) + 20 * Work.OPERATION)));
        }
        // points: the sum over the terms, an upper bound on the points of the stencil (they share many)
        long maxDegree = t.operator().order() + (order == Long.MAX_VALUE ? 1 : order) + 2L * errorTerms;
        return new Estimate(derivation, Work.gridAnalysis(d, points, maxDegree, coordinateBits, weightBits),
                maxDegree);
    }

    /**
     * Checks the analysis again now that the weights are known: their common
     * denominator may be far longer than the estimate assumed (offsets in
     * general position).
     */
    private static void checkAnalysis(Stencil stencil, int errorTerms, Estimate estimate, Limits limits,
            boolean interpolating) {
        long budget = limits.maxWork();
        double weightBits = 0;
        for (Rational w : stencil.weights()) {
            weightBits = Math.max(weightBits, w.numerator().bitLength() + w.denominator().bitLength());
        }
        long cap = Math.max(64, budget / Math.max(1, stencil.size()) * 64 / 5);
        long scaleBits = Work.commonDenominatorBits(stencil.weights(), cap);
        int n = stencil.size();
        long work;
        double characters;
        if (stencil.dimension() == 1) {
            long bits = Work.integerBits(stencil.axis(0));
            work = interpolating
                    ? Work.interpolatingAnalysis(n, stencil.derivative(), errorTerms, bits, scaleBits, weightBits)
                    : Work.lineAnalysis(n, stencil.derivative(), errorTerms, bits, scaleBits, weightBits);
            characters = n * (scaleBits + 2 * weightBits) * Work.DIGITS_PER_BIT + 64.0 * n;
        } else {
            long bits = Work.integerBits(stencil.offsets().stream().flatMap(List::stream).toList());
            work = Work.gridAnalysis(stencil.dimension(), n, estimate.maxDegree(), bits, scaleBits + weightBits);
            // the text molecule lays the points out on the grid their coordinates span (up to 3-D)
            double cells = 1;
            for (int i = 0; i < stencil.dimension(); i++) {
                cells *= stencil.axis(i).stream().distinct().count();
            }
            characters = Math.max(n, stencil.dimension() <= 3 ? cells : n)
                    * (2 * weightBits * Work.DIGITS_PER_BIT + 16.0 * stencil.dimension());
            work = Work.plus(work, Work.units(characters * 20));
        }
        limits.checkWork(Work.plus(estimate.derivation(), work), "the analysis of this stencil's error");
        Limits.checkOutput(characters);
    }

    /**
     * @param family the presets
     * @param errorTerms how many error terms each entry lists
     * @param limits the size bounds
     * @return the table, by derivative and then by accuracy
     * @throws org.stencilforge.StencilforgeException if a request is out of range
     */
    public static StencilTable table(Family family, int errorTerms, Limits limits) {
        limits.checkErrorTerms(errorTerms);
        limits.checkWork(cost(family, errorTerms, limits), "this table");
        List<StencilTable.Entry> entries = new ArrayList<>();
        for (int m : family.derivatives()) {
            for (int p : family.accuracies()) {
                entries.add(new StencilTable.Entry(p, derive(new StencilRequest.Preset(family.scheme(), m, p),
                        errorTerms, limits)));
            }
        }
        return new StencilTable(family.scheme(), entries);
    }

    /**
     * @param family the presets
     * @param errorTerms how many error terms each entry lists
     * @param limits the size bounds
     * @return the estimated work of the whole table: the sum over its entries (each
     *     estimated from its size alone, without building it)
     * @throws org.stencilforge.StencilforgeException if an entry is past a count limit
     */
    public static long cost(Family family, int errorTerms, Limits limits) {
        long total = 0;
        for (int m : family.derivatives()) {
            for (int p : family.accuracies()) {
                total = Work.plus(total, cost(new StencilRequest.Preset(family.scheme(), m, p), errorTerms, limits));
            }
        }
        return total;
    }
}
