package org.stencilforge.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.derivation.Work;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;

/**
 * Verifies one stencil that another program computed: what it approximates,
 * how accurately, how far its weights are from the exact ones, and which
 * rational weights were meant. See {@link Report} for what it finds.
 */
public final class StencilCheck {

    /** Stencils of more points than this are not searched for rounded fractions (the exact stencil still is). */
    public static final int MAX_ROUNDING_SEARCH = 256;

    /** Relative widths tried, in order, when recovering fractions from rounded weights. */
    private static final String[] WIDTHS = {"1e-15", "1e-12", "1e-9", "1e-6", "1e-4"};

    private StencilCheck() {
    }

    /**
     * What to check.
     *
     * @param mode how to read the weights, or {@code null} for the default rule of {@link Literals}
     * @param tolerance how far the weights may be from the exact ones, or {@code null} for the default
     *     (1 ulp for double and float weights, exactly equal for decimal ones)
     * @param expectOrder the least order of accuracy expected, or {@code null}
     * @param expectDerivative the 1-D derivative expected, or {@code null}
     * @param errorTerms how many error terms to list
     * @param limits the bounds on size and work
     * @param full whether to derive the exact stencil, compare the weights with it and recover the intended
     *     weights (a matrix row checks only its derivative and order)
     */
    public record Options(WeightMode mode, Tolerance tolerance, Integer expectOrder, Integer expectDerivative,
            int errorTerms, Limits limits, boolean full) {

        /** The options of a whole check: the exact stencil, the weights against it, the intended weights. */
        public Options(WeightMode mode, Tolerance tolerance, Integer expectOrder, Integer expectDerivative,
                int errorTerms, Limits limits) {
            this(mode, tolerance, expectOrder, expectDerivative, errorTerms, limits, true);
        }
    }

    /**
     * One stencil to verify.
     *
     * @param label how to name it in reports and messages (e.g. {@code "line 3"}), or {@code ""}
     * @param operator the operator it claims to approximate, or {@code null} to detect it
     * @param offsets the offset vectors, one per weight, in any order
     * @param weights the weights as typed
     */
    public record Input(String label, DifferentialOperator operator, List<List<Rational>> offsets,
            List<String> weights) {
    }

    /**
     * A given weight against the exact one.
     *
     * @param offset its offset
     * @param text as typed
     * @param given its exact value as read
     * @param exact the exact weight, or {@code null} if there is no exact stencil
     * @param absError {@code |given - exact|}
     * @param relError {@code |given - exact| / |exact|} (over the largest exact weight when {@code exact} is 0)
     * @param ulps representable steps from the correctly rounded exact weight ({@code double}/{@code float}), or {@code null}
     * @param correctlyRounded whether the literal is the correctly rounded exact weight, or {@code null}
     */
    public record WeightCheck(List<Rational> offset, String text, Rational given, Rational exact, Rational absError,
            Rational relError, Long ulps, Boolean correctlyRounded) {
    }

    /**
     * One item of the verdict.
     *
     * @param name {@code derivative}, {@code order} or {@code weights}
     * @param pass whether it holds
     * @param detail what was compared, in words
     */
    public record Check(String name, boolean pass, String detail) {
    }

    /**
     * The rational stencil that was meant.
     *
     * @param method how it was found: {@code as given}, {@code rounding} (the simplest fractions within a
     *     relative width of the given weights) or {@code exact stencil} (the weights of highest order on the offsets)
     * @param width the relative width for {@code rounding}, else {@code null}
     * @param weights the recovered weights, in the order of the offsets
     * @param order their exact order of accuracy, empty if exact
     * @param changed the indices whose weight differs from the given value
     */
    public record Recovered(String method, Rational width, List<Rational> weights, OptionalInt order,
            List<Integer> changed) {
    }

    /**
     * What {@link #verify} found.
     *
     * @param label the input's label
     * @param mode how the weights were read
     * @param tolerance the tolerance applied
     * @param detected the operator the moments show (lowest degree with a moment that is not negligible
     *     within the tolerance; exactly non-zero for exact weights), or {@code null} if none
     * @param claimed the operator claimed by the input, or {@code null}
     * @param given the given stencil, sorted, for the operator analysed (the claimed one, else the detected one)
     * @param error its exact truncation error
     * @param orderWithinTolerance the lowest power of {@code h} whose moments are not negligible within the
     *     tolerance; empty when none is up to {@code bound}
     * @param bound the highest degree examined
     * @param exact the exact stencil on the same offsets (1-D: highest order; N-D: the one {@code nd} derives),
     *     or {@code null}
     * @param exactError its truncation error, or {@code null}
     * @param exactNote why there is no exact stencil, or {@code null}
     * @param weights each weight against the exact one
     * @param maxUlp the largest {@code ulps}, or {@code null}
     * @param maxRel the largest relative error, or {@code null}
     * @param recovered the intended rational stencil, or {@code null} if none was found
     * @param checks the verdict's items
     * @param pass whether every check holds
     */
    public record Report(String label, WeightMode mode, Tolerance tolerance, DifferentialOperator detected,
            DifferentialOperator claimed, Stencil given, TruncationError error, OptionalInt orderWithinTolerance,
            int bound, Stencil exact, TruncationError exactError, String exactNote, List<WeightCheck> weights,
            Long maxUlp, Rational maxRel, Recovered recovered, List<Check> checks, boolean pass) {

        /** @return the dimension */
        public int dimension() {
            return given.dimension();
        }
    }

    /**
     * @param input the stencil
     * @param options what to check
     * @return the report
     * @throws StencilforgeException for bad input, or work past the limits
     */
    public static Report verify(Input input, Options options) {
        String where = input.label().isEmpty() ? "" : input.label() + ": ";
        if (input.offsets().size() != input.weights().size()) {
            throw new StencilforgeException(where + input.offsets().size() + " offsets but " + input.weights().size()
                    + " weights: give one weight per offset");
        }
        return verify(input, options, Literals.read(input.weights(), options.mode(),
                j -> where + "weight " + (j + 1)));
    }

    /**
     * @param input the stencil; its weight texts are only shown
     * @param options what to check; its mode is ignored
     * @param read the weights, already read
     * @return the report
     */
    static Report verify(Input input, Options options, Literals.Weights read) {
        String where = input.label().isEmpty() ? "" : input.label() + ": ";
        int n = input.offsets().size();
        if (n != input.weights().size()) {
            throw new StencilforgeException(where + n + " offsets but " + input.weights().size()
                    + " weights: give one weight per offset");
        }
        if (n == 0) {
            throw new StencilforgeException(where + "no offsets and weights: give at least one of each");
        }
        int d = input.offsets().get(0).size();
        for (List<Rational> s : input.offsets()) {
            if (s.size() != d) {
                throw new StencilforgeException(where + "the offsets have different numbers of coordinates ("
                        + d + " and " + s.size() + ")");
            }
        }
        if (input.operator() != null && input.operator().dimension() != d) {
            throw new StencilforgeException(where + "the operator is " + input.operator().dimension()
                    + "-dimensional but the offsets have " + d + " coordinates");
        }
        Limits limits = options.limits();
        if (d == 1) {
            limits.checkOffsets(input.offsets().stream().map(s -> s.get(0)).toList());
        } else {
            limits.checkPoints(input.offsets());
        }
        Binary binary = read.mode().binary();
        Tolerance tolerance = options.tolerance() != null ? options.tolerance()
                : binary != null ? Tolerance.ONE_ULP : Tolerance.EXACT;
        Rational slack = tolerance.momentSlack(binary);

        // sort the points, keeping each weight with its offset
        DifferentialOperator placeholder = DifferentialOperator.partial(MultiIndex.of(new int[d]));
        Stencil sorted = Stencil.sorted(placeholder, input.offsets(), read.values());
        List<Integer> order = sortOrder(input.offsets());
        List<String> texts = order.stream().map(read.texts()::get).toList();
        if (sorted.weights().stream().allMatch(Rational::isZero)) {
            throw new StencilforgeException(where + "every weight is zero, so the stencil approximates nothing");
        }
        if (options.full()) {
            checkWork(sorted, input.operator(), limits, where);
        }

        // one pass over the moments: the detected operator, and the order within the tolerance
        Moments moments = new Moments(sorted.offsets(), sorted.weights());
        DifferentialOperator claimed = input.operator();
        DifferentialOperator analysed = claimed;
        DifferentialOperator detected = null;
        OptionalInt orderTol = null;
        int bound = 0;
        int cap = d == 1 ? n + 1 : (int) Math.min(n + 1, 2 * Work.typicalDegree(d, n) + 4);
        for (int deg = 0; ; deg++) {
            int m = analysed != null ? analysed.order() : deg;
            bound = m + cap;
            if (deg > bound || (detected != null && orderTol != null)) {
                bound = Math.min(bound, deg - 1);
                break;
            }
            List<Moments.Moment> ms = moments.next();
            if (detected == null) {
                List<DifferentialOperator.Term> terms = new ArrayList<>();
                for (Moments.Moment mo : ms) {
                    if (!mo.negligible(Rational.ZERO, slack)) {
                        terms.add(new DifferentialOperator.Term(mo.alpha(), intended(mo, slack)));
                    }
                }
                if (!terms.isEmpty()) {
                    detected = new DifferentialOperator(d, terms);
                    if (analysed == null) {
                        analysed = detected;
                    }
                }
            }
            if (analysed != null && orderTol == null) {
                for (Moments.Moment mo : ms) {
                    if (!mo.negligible(analysed.coefficient(mo.alpha()), slack)) {
                        orderTol = OptionalInt.of(deg - analysed.order());
                        break;
                    }
                }
            }
        }
        if (analysed == null) {
            throw new StencilforgeException(where + "every moment of the weights vanishes within the tolerance "
                    + tolerance.text() + ", so no derivative can be detected; give the derivative, or a smaller"
                    + " tolerance");
        }
        if (orderTol == null) {
            orderTol = OptionalInt.empty();
        }
        if (options.full() && claimed == null && d == 1) {
            limits.checkWork(Work.fornberg(n, analysed.order(), Work.integerBits(sorted.axis(0))),
                    where.isEmpty() ? "deriving the exact stencil" : where + "deriving its exact stencil");
        }
        Stencil given = new Stencil(analysed, sorted.offsets(), sorted.weights());
        TruncationError error = TruncationError.of(given, options.errorTerms());

        // the exact stencil on the same offsets
        Stencil exact = null;
        String exactNote = null;
        try {
            if (!options.full()) {
                exactNote = "not derived for matrix rows";
            } else if (d == 1) {
                exact = Stencils.fromOffsets(analysed.order(), given.axis(0), limits);
            } else {
                exact = Derivations.derive(new StencilRequest.Points(analysed, given.offsets(), null), 1, limits)
                        .stencil();
            }
        } catch (StencilforgeException e) {
            exactNote = e.getMessage();
        }
        TruncationError exactError = exact == null ? null : TruncationError.of(exact, 1);
        List<WeightCheck> checksOfWeights = new ArrayList<>();
        Long maxUlp = null;
        Rational maxRel = null;
        if (exact != null) {
            Map<List<Rational>, Rational> byOffset = new HashMap<>();
            Rational largest = Rational.ZERO;
            for (int j = 0; j < exact.size(); j++) {
                byOffset.put(exact.offsets().get(j), exact.weights().get(j));
                largest = largest.compareTo(exact.weights().get(j).abs()) < 0 ? exact.weights().get(j).abs() : largest;
            }
            maxRel = Rational.ZERO;
            maxUlp = binary == null ? null : 0L;
            for (int j = 0; j < n; j++) {
                Rational g = given.weights().get(j);
                Rational e = byOffset.getOrDefault(given.offsets().get(j), Rational.ZERO);
                Rational abs = g.subtract(e).abs();
                Rational rel = e.isZero() ? (largest.isZero() ? abs : abs.divide(largest)) : abs.divide(e.abs());
                Long ulps = null;
                Boolean rounded = null;
                if (binary != null) {
                    Rational r;
                    try {
                        r = binary.round(e, "an exact weight");
                        ulps = binary.steps(g, r);
                    } catch (StencilforgeException past) {
                        r = null;
                        ulps = Long.MAX_VALUE;
                    }
                    rounded = g.equals(r);
                    maxUlp = Math.max(maxUlp, ulps);
                }
                maxRel = maxRel.compareTo(rel) < 0 ? rel : maxRel;
                checksOfWeights.add(new WeightCheck(given.offsets().get(j), texts.get(j), g, e, abs, rel, ulps,
                        rounded));
            }
        }

        Integer target = options.expectOrder() != null ? options.expectOrder()
                : exactError != null ? (exactError.order().isPresent() ? exactError.order().getAsInt() : null) : null;
        Recovered recovered = !options.full() ? null : recover(given, target, exact, exactError, slack, d, n);

        List<Check> checks = new ArrayList<>();
        if (d == 1) {
            Integer want = options.expectDerivative() != null ? options.expectDerivative()
                    : claimed != null ? (Integer) claimed.order() : null;
            if (want != null) {
                int got = detected == null ? -1 : detected.order();
                checks.add(new Check("derivative", got == want, "detected derivative "
                        + (detected == null ? "none" : got) + ", expected " + want));
            }
        } else if (claimed != null) {
            checks.add(new Check("derivative", claimed.equals(detected), "detected operator "
                    + (detected == null ? "none" : describe(detected)) + ", claimed " + describe(claimed)));
        }
        int wantOrder = options.expectOrder() != null ? options.expectOrder() : 1;
        boolean orderOk = orderTol.isEmpty() || orderTol.getAsInt() >= wantOrder;
        checks.add(new Check("order", orderOk, "order within the tolerance "
                + (orderTol.isEmpty() ? "exact through degree " + bound : Integer.toString(orderTol.getAsInt()))
                + ", expected at least " + wantOrder
                + (options.expectOrder() == null ? " (consistent; --expect-order asks for more)" : "")));
        if (exact != null && d == 1) {
            boolean applies = options.expectOrder() == null || exactError.order().isEmpty()
                    || options.expectOrder() >= exactError.order().getAsInt();
            if (applies) {
                boolean ok = tolerance.isUlp() ? maxUlp <= tolerance.ulps() : maxRel.compareTo(tolerance.relative()) <= 0;
                checks.add(new Check("weights", ok, tolerance.isUlp()
                        ? "largest distance from the correctly rounded exact weights " + maxUlp + " ulp, tolerance "
                                + tolerance.text()
                        : "largest relative error " + Fractions.sci(maxRel, 3) + ", tolerance " + tolerance.text()));
            }
        }
        boolean pass = checks.stream().allMatch(Check::pass);
        return new Report(input.label(), read.mode(), tolerance, detected, claimed, given, error, orderTol, bound,
                exact, exactError, exactNote, checksOfWeights, maxUlp, maxRel, recovered, checks, pass);
    }

    /** The detected coefficient: the simplest fraction within the moment's slack. */
    private static Rational intended(Moments.Moment mo, Rational slack) {
        if (slack.isZero()) {
            return mo.value();
        }
        Rational w = slack.multiply(mo.scale());
        return Fractions.simplest(mo.value().subtract(w), mo.value().add(w));
    }

    private static List<Integer> sortOrder(List<List<Rational>> offsets) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < offsets.size(); j++) {
            order.add(j);
        }
        order.sort(java.util.Comparator.comparing(offsets::get, Stencil.OFFSET_ORDER));
        return order;
    }

    /** Refuses a stencil whose analysis would take too long, before any of it starts. */
    private static void checkWork(Stencil s, DifferentialOperator claimed, Limits limits, String where) {
        int n = s.size();
        int m = claimed != null ? claimed.order() : 0; // checked again once the derivative is detected
        List<Rational> coordinates = s.offsets().stream().flatMap(List::stream).toList();
        int offsetBits = Work.integerBits(coordinates);
        long scaleBits = Work.commonDenominatorBits(s.weights(), 1L << 20);
        double weightBits = scaleBits + Work.integerBits(s.weights());
        long work;
        if (s.dimension() == 1) {
            // the moments up to degree n + m + 1 (once within the tolerance, once exactly) and the exact stencil's
            long analysis = Work.lineAnalysis(n, m, 1, offsetBits, scaleBits, weightBits);
            work = Work.plus(Work.times(3, analysis), Work.fornberg(n, m, offsetBits));
            if (n <= MAX_ROUNDING_SEARCH) {
                work = Work.plus(work, Work.times(WIDTHS.length, Work.lineAnalysis(n, m, 1, offsetBits, 64, 128)));
            }
        } else {
            long degree = m + Math.min(n + 1, 2 * Work.typicalDegree(s.dimension(), n) + 4);
            work = Work.times(2 + WIDTHS.length,
                    Work.gridAnalysis(s.dimension(), n, degree, offsetBits, weightBits));
        }
        limits.checkWork(work, where.isEmpty() ? "verifying this stencil" : where + "verifying it");
    }

    private static Recovered recover(Stencil given, Integer target, Stencil exact, TruncationError exactError,
            Rational slack, int d, int n) {
        if (target == null) {
            return null;
        }
        TruncationError asGiven = TruncationError.of(given, 1);
        if (reaches(asGiven, target)) {
            return new Recovered("as given", null, given.weights(), asGiven.order(), List.of());
        }
        if (n <= MAX_ROUNDING_SEARCH) {
            List<Rational> widths = new ArrayList<>();
            if (!slack.isZero()) {
                widths.add(slack);
            }
            for (String w : WIDTHS) {
                Rational r = org.stencilforge.arithmetic.RationalParser.parse(w);
                if (r.compareTo(slack) > 0) {
                    widths.add(r);
                }
            }
            for (Rational width : widths) {
                List<Rational> weights = new ArrayList<>();
                for (Rational g : given.weights()) {
                    Rational w = g.abs().multiply(width);
                    weights.add(Fractions.simplest(g.subtract(w), g.add(w)));
                }
                if (weights.stream().allMatch(Rational::isZero)) {
                    continue;
                }
                Stencil candidate = new Stencil(given.operator(), given.offsets(), weights);
                TruncationError e = TruncationError.of(candidate, 1);
                if (reaches(e, target)) {
                    return new Recovered("rounding", width, weights, e.order(), changed(given.weights(), weights));
                }
            }
        }
        if (d == 1 && exact != null && reaches(exactError, target)) {
            return new Recovered("exact stencil", null, exact.weights(), exactError.order(),
                    changed(given.weights(), exact.weights()));
        }
        return null;
    }

    private static boolean reaches(TruncationError e, int target) {
        return e.order().isEmpty() || e.order().getAsInt() >= target;
    }

    private static List<Integer> changed(List<Rational> a, List<Rational> b) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < a.size(); j++) {
            if (!a.get(j).equals(b.get(j))) {
                out.add(j);
            }
        }
        return out;
    }

    /** @return an operator in words, e.g. {@code D[1,1]} or {@code D[2,0] + D[0,2]} */
    public static String describe(DifferentialOperator op) {
        if (op.dimension() == 1) {
            Rational c = op.terms().get(0).coefficient();
            return (c.equals(Rational.ONE) ? "" : c + " ") + "d^" + op.order() + "/dx^" + op.order();
        }
        return org.stencilforge.render.Notation.PLAIN.operator(op);
    }

    /** @return the exact weights scaled to integers, for tests: the common denominator */
    static BigInteger denominator(List<Rational> weights) {
        return Rational.commonDenominator(weights);
    }
}
