package org.stencilforge.frequency;

import static org.stencilforge.Checks.require;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * The frequency response of a stencil, decided rigorously: tangency at 0, the zero at
 * {@code π}, the resolving bandwidth, proofs of sign, dissipation, magnitude bound and
 * monotonicity, and samples. See {@link Evaluator} and {@link Covering} for the enclosures,
 * {@link Gaps} for the exact Sturm decisions.
 */
public final class Responses {

    /** The default tolerance of the bandwidth's relative error: 1/1000. */
    public static final Rational DEFAULT_TOLERANCE = Rational.of(1, 1000);
    /** The smallest tolerance accepted: 1e-30. */
    public static final Rational MIN_TOLERANCE = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(30));
    /** The default number of samples. */
    public static final int DEFAULT_SAMPLES = 17;
    /** The most samples. */
    public static final int MAX_SAMPLES = 100_001;
    /** Significant digits of the bandwidth when its enclosure allows. */
    static final int BANDWIDTH_DIGITS = 15;
    /** Significant digits of a sample. */
    static final int SAMPLE_DIGITS = 12;

    private static final BigDecimal PI_LO = Interval.PI.lo();
    private static final BigDecimal PI_HI = Interval.PI.hi();

    private Responses() {
    }

    /**
     * Everything at once.
     *
     * @param symbol the symbol
     * @param tolerance the bandwidth's tolerance, in {@code [1e-30, 1)}
     * @param samples how many samples on {@code [0, π]}, 2 or more (0 for none)
     * @return the response
     */
    public static FrequencyResponse analyse(Symbol symbol, Rational tolerance, int samples) {
        return new FrequencyResponse(symbol, tangency(symbol), nyquistZero(symbol), bandwidth(symbol, tolerance),
                proofs(symbol), samples(symbol, samples));
    }

    /**
     * The resolving bandwidth of a 1-D stencil: what a design reports as achieved.
     *
     * @param stencil a 1-D stencil on integer or half-integer offsets
     * @param tolerance the relative error allowed, in {@code [1e-30, 1)}
     * @return the bandwidth
     */
    public static Bandwidth bandwidth(Stencil stencil, Rational tolerance) {
        return bandwidth(Symbol.of(stencil), tolerance);
    }

    /** @return the first {@code n} with {@code M_n ≠ κ [n = m]}, minus {@code m}; {@code null} if none */
    public static Integer tangency(Symbol symbol) {
        int m = symbol.order();
        for (int n = 0; n <= m + symbol.offsets().size() + 2; n++) {
            if (!deviation(symbol, n).isZero()) {
                return n - m;
            }
        }
        return null; // only the single point 0 with weight κ, m = 0, has no deviation at all
    }

    /** @return {@code M_n - κ [n = m]} */
    static Rational deviation(Symbol symbol, int n) {
        Rational v = symbol.moment(n);
        return n == symbol.order() ? v.subtract(symbol.kappa()) : v;
    }

    /**
     * @return the order of the zero of {@code H} at {@code ω = π}: the first {@code n} with
     *     {@code Σ_j w_j s_j^n e^{iπ s_j} ≠ 0} (0 when {@code H(π) ≠ 0})
     */
    public static int nyquistZero(Symbol symbol) {
        for (int n = 0; ; n++) {
            Rational re = Rational.ZERO;
            Rational im = Rational.ZERO;
            for (int j = 0; j < symbol.offsets().size(); j++) {
                Rational s = symbol.offsets().get(j);
                Rational t = symbol.weights().get(j).multiply(s.pow(n));
                int k = Math.floorMod(s.multiply(Rational.of(2)).numerator().intValue(), 4); // e^{iπs} = i^(2s)
                switch (k) {
                    case 0 -> re = re.add(t);
                    case 1 -> im = im.add(t);
                    case 2 -> re = re.subtract(t);
                    default -> im = im.subtract(t);
                }
            }
            if (!re.isZero() || !im.isZero()) {
                return n;
            }
        }
    }

    // ---------------------------------------------------------------- bandwidth

    /**
     * The resolving bandwidth: the largest {@code ω ≤ π} with {@code |R(ω)| ≤ tol |κ|} on
     * {@code (0, ω]}, {@code R = (H - κ(iω)^m)/(iω)^m}. It is bracketed by a rigorous cover of
     * {@code [0, ω_lo]} and a point {@code ω_hi} where the error provably exceeds the tolerance,
     * then narrowed: once the error is proved increasing on the bracket, to a width of
     * {@code 2·10^-20 ω} around a Newton guess whose two ends are then checked (the error proved
     * below the tolerance at one, above at the other), or by bisection on the sign of the error
     * when that check fails; else by further covers.
     *
     * @param symbol the symbol
     * @param tolerance in {@code [1e-30, 1)}
     * @return the bandwidth
     */
    public static Bandwidth bandwidth(Symbol symbol, Rational tolerance) {
        require(tolerance.compareTo(MIN_TOLERANCE) >= 0 && tolerance.compareTo(Rational.ONE) < 0,
                "--tolerance must be at least 1e-30 and below 1, not " + tolerance);
        Integer t = tangency(symbol);
        if (t == null) {
            return whole(tolerance);
        }
        if (t < 0) { // lower moments do not vanish: the relative error is unbounded near 0
            return new Bandwidth(tolerance, BigDecimal.ZERO, BigDecimal.ZERO, "0", "none");
        }
        Rational kappa = symbol.kappa();
        Rational bound = tolerance.multiply(tolerance).multiply(kappa).multiply(kappa);
        Rational at0 = deviation(symbol, symbol.order());
        if (at0.multiply(at0).compareTo(bound) > 0) {
            return new Bandwidth(tolerance, BigDecimal.ZERO, BigDecimal.ZERO, "0", "none");
        }
        Evaluator ev = new Evaluator(symbol);
        Covering c = new Covering(ev, Rational.ZERO, bound);
        BigDecimal maxStep = maxStep(symbol);
        Covering.Result r = c.cover(BigDecimal.ZERO, PI_HI, maxStep.divide(BigDecimal.valueOf(4)), maxStep,
                BigDecimal.ONE.movePointLeft(25));
        if (r.outcome() == Covering.Outcome.PROVED) {
            return whole(tolerance);
        }
        if (r.outcome() == Covering.Outcome.UNDECIDED) {
            return new Bandwidth(tolerance, r.reached(), PI_HI, Decimals.of(new Interval(r.reached(), r.reached()),
                    6), "undecided");
        }
        BigDecimal a = r.reached();
        BigDecimal b = r.violated();
        String status = "resolved";
        BigDecimal two = BigDecimal.valueOf(2);
        boolean monotone = false;
        for (int step = 0; step < 400; step++) {
            String digits = Decimals.of(new Interval(a, b), BANDWIDTH_DIGITS);
            if (digits != null && digits.replace("-", "").replace(".", "").replaceFirst("^0+", "")
                    .replaceFirst("e.*", "").length() >= BANDWIDTH_DIGITS) {
                break;
            }
            if (b.subtract(a).compareTo(b.movePointLeft(40)) < 0) {
                break;
            }
            BigDecimal mid = a.add(b).divide(two);
            if (!monotone) {
                monotone = c.increasing(mid, b.subtract(a).divide(two));
            }
            if (monotone) { // one crossing in [a, b]: bisect on the sign of the error
                BigDecimal[] near = newton(ev, bound, a, b);
                if (near != null && c.below(near[0]) && c.exceeds(near[1])) {
                    a = near[0];
                    b = near[1];
                    continue;
                }
                if (c.exceeds(mid)) {
                    b = mid;
                } else if (c.below(mid)) {
                    a = mid;
                } else {
                    break;
                }
                continue;
            }
            if (c.exceeds(mid)) {
                b = mid;
                continue;
            }
            BigDecimal half = mid.subtract(a);
            Covering.Result s = c.cover(a, mid, Covering.round(half.divide(BigDecimal.valueOf(4))), half,
                    b.subtract(a).movePointLeft(12));
            if (s.outcome() == Covering.Outcome.PROVED) {
                a = mid;
            } else if (s.outcome() == Covering.Outcome.FAILS) {
                a = s.reached();
                b = s.violated();
            } else {
                status = "undecided";
                break;
            }
        }
        if (a.compareTo(PI_LO) >= 0) {
            return whole(tolerance);
        }
        String digits = Decimals.of(new Interval(a, b), BANDWIDTH_DIGITS);
        return new Bandwidth(tolerance, a, b, digits == null ? "undecided" : digits, status);
    }

    /**
     * A guess, not a proof: Newton's method on the midpoints of the enclosures of
     * {@code f = |R|^2 - b} and {@code f'}, from the middle of {@code [a, b]}.
     *
     * @return {@code {x - δ, x + δ}} around the guess {@code x}, {@code δ = 10^-20 x}, inside
     *     {@code (a, b)}; or {@code null} if the iteration leaves the bracket or does not settle
     */
    private static BigDecimal[] newton(Evaluator ev, Rational bound, BigDecimal a, BigDecimal b) {
        MathContext mc = new MathContext(40, RoundingMode.HALF_EVEN);
        BigDecimal target = Interval.of(bound, 40).mid();
        BigDecimal x = a.add(b).divide(BigDecimal.valueOf(2), mc);
        for (int i = 0; i < 12; i++) {
            Complex[] g = ev.taylor(x, 2, Rational.ZERO);
            BigDecimal r0 = g[0].re().mid();
            BigDecimal i0 = g[0].im().mid();
            BigDecimal f = r0.multiply(r0).add(i0.multiply(i0)).subtract(target);
            BigDecimal df = r0.multiply(g[1].re().mid()).add(i0.multiply(g[1].im().mid())).multiply(BigDecimal.valueOf(2));
            if (df.signum() <= 0) {
                return null;
            }
            BigDecimal step = f.divide(df, mc);
            x = x.subtract(step, mc);
            if (x.compareTo(a) <= 0 || x.compareTo(b) >= 0) {
                return null;
            }
            if (step.abs().compareTo(x.movePointLeft(24)) < 0) {
                BigDecimal d = x.movePointLeft(20).round(new MathContext(2, RoundingMode.CEILING));
                BigDecimal lo = x.subtract(d).round(new MathContext(30, RoundingMode.FLOOR));
                BigDecimal hi = x.add(d).round(new MathContext(30, RoundingMode.CEILING));
                return lo.compareTo(a) > 0 && hi.compareTo(b) < 0 ? new BigDecimal[] {lo, hi} : null;
            }
        }
        return null;
    }

    private static Bandwidth whole(Rational tolerance) {
        return new Bandwidth(tolerance, PI_LO, PI_HI, Decimals.of(Interval.PI, BANDWIDTH_DIGITS), "whole-band");
    }

    /** @return the largest half-width of a cover's piece: {@code 1/(2 max|s_j|)} */
    private static BigDecimal maxStep(Symbol symbol) {
        return Covering.round(BigDecimal.ONE.divide(new BigDecimal(symbol.reach().numerator())
                .divide(new BigDecimal(symbol.reach().denominator())).multiply(BigDecimal.valueOf(2)),
                new MathContext(6, RoundingMode.FLOOR)));
    }

    // ---------------------------------------------------------------- proofs

    /**
     * @return the decided properties: {@code sign}, {@code dissipation} (odd orders),
     *     {@code bound} and {@code monotone}
     */
    public static List<Proof> proofs(Symbol symbol) {
        List<Proof> proofs = new ArrayList<>();
        proofs.add(sign(symbol));
        if (symbol.order() % 2 == 1) {
            proofs.add(dissipation(symbol));
        }
        proofs.add(bound(symbol));
        proofs.add(monotone(symbol));
        return proofs;
    }

    private static Rational lowerC(Symbol symbol) {
        return symbol.half() ? Rational.ZERO : Rational.ONE.negate();
    }

    /** The part of {@code H} along the ideal {@code κ i^m} keeps the ideal's sign. */
    static Proof sign(Symbol symbol) {
        int m = symbol.order();
        boolean real = m % 2 == 0; // the ideal is real: compare Re H
        int sigma = (m % 4 == 0 || m % 4 == 1 ? 1 : -1) * symbol.kappa().signum();
        Polynomial p = real ? symbol.realPart() : symbol.imaginaryPart();
        boolean pure = real ? symbol.sineFree() : symbol.cosineFree();
        String part = real ? (pure ? "H(ω)" : "Re H(ω)") : (pure ? "H(ω)/i" : "Im H(ω)");
        String statement = part + (sigma > 0 ? " ≥ 0" : " ≤ 0") + " on [0, π]";
        for (Gaps.Gap g : Gaps.of(p, lowerC(symbol), Rational.ONE)) {
            if (g.sign() * sigma < 0) {
                String at = witness(symbol, g, x -> {
                    Complex h = new Evaluator(symbol).symbol(x, 40);
                    return (real ? h.re() : h.im()).sign() * sigma < 0;
                });
                return new Proof("sign", statement, Proof.FAILS, at, null);
            }
        }
        return new Proof("sign", statement, Proof.PROVED, null, null);
    }

    /** Odd orders: {@code Re H} has one sign on {@code [0, π]}. */
    static Proof dissipation(Symbol symbol) {
        if (symbol.cosineFree()) {
            return new Proof("dissipation", "Re H(ω) = 0 on [0, π] (no dissipation)", Proof.PROVED, null, null);
        }
        List<Gaps.Gap> gaps = Gaps.of(symbol.realPart(), lowerC(symbol), Rational.ONE);
        int plus = 0;
        int minus = 0;
        for (Gaps.Gap g : gaps) {
            plus += g.sign() > 0 ? 1 : 0;
            minus += g.sign() < 0 ? 1 : 0;
        }
        if (minus == 0) {
            return new Proof("dissipation", "Re H(ω) ≥ 0 on [0, π]", Proof.PROVED, null, null);
        }
        if (plus == 0) {
            return new Proof("dissipation", "Re H(ω) ≤ 0 on [0, π]", Proof.PROVED, null, null);
        }
        // the sign near ω = 0 is that of the last gap (c near 1); find where it turns
        int first = gaps.get(gaps.size() - 1).sign();
        for (int i = gaps.size() - 2; i >= 0; i--) {
            Gaps.Gap g = gaps.get(i);
            if (g.sign() == -first) {
                String at = witness(symbol, g, x -> new Evaluator(symbol).symbol(x, 40).re().sign() == -first);
                return new Proof("dissipation", "Re H(ω) has one sign on [0, π]", Proof.FAILS, at,
                        "Re H(ω) " + (first > 0 ? "> 0" : "< 0") + " near 0");
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** {@code |H(ω)| ≤ |κ| ω^m} on {@code [0, π]}. */
    static Proof bound(Symbol symbol) {
        int m = symbol.order();
        Rational kappa = symbol.kappa();
        String ideal = (kappa.abs().equals(Rational.ONE) ? "" : kappa.abs() + " ")
                + (m == 0 ? (kappa.abs().equals(Rational.ONE) ? "1" : "") : m == 1 ? "ω" : "ω^" + m);
        String statement = "|H(ω)| ≤ " + ideal.strip() + " on [0, π]";
        Integer t = tangency(symbol);
        if (t == null) {
            return new Proof("bound", statement, Proof.PROVED, null, null);
        }
        Evaluator ev = new Evaluator(symbol);
        Covering c = new Covering(ev, kappa, kappa.multiply(kappa));
        BigDecimal start;
        if (t < 0) {
            start = null;
        } else {
            // near 0: f = |κ + R|^2 - κ^2 ≤ Q(ω), a polynomial with the same lowest terms (see README)
            int K = 2 * t + 2;
            Polynomial re = Polynomial.ZERO;
            Polynomial abs = Polynomial.ZERO;
            for (int k = 0; k < K; k++) {
                Rational d = deviation(symbol, k + m);
                if (k % 2 == 0) {
                    re = re.add(Polynomial.monomial(k % 4 == 0 ? d : d.negate(), k));
                }
                abs = abs.add(Polynomial.monomial(d.abs(), k));
            }
            Rational cK = Rational.ZERO;
            for (int j = 0; j < symbol.offsets().size(); j++) {
                cK = cK.add(symbol.weights().get(j).abs().multiply(symbol.offsets().get(j).abs().pow(m + K)));
            }
            cK = cK.divide(Rational.of(factorial(K + m)));
            Polynomial tail = Polynomial.monomial(cK, K);
            Polynomial sum = abs.add(tail);
            Polynomial q = re.scale(kappa.multiply(Rational.of(2))).add(tail.scale(kappa.abs().multiply(Rational.of(2))))
                    .add(sum.multiply(sum));
            int n0 = 0;
            while (q.coefficient(n0).isZero()) {
                n0++;
            }
            List<Rational> shifted = new ArrayList<>();
            for (int k = n0; k <= q.degree(); k++) {
                shifted.add(q.coefficient(k));
            }
            Polynomial qs = Polynomial.of(shifted);
            if (qs.coefficient(0).signum() > 0) {
                start = null;
            } else {
                List<Gaps.Gap> gaps = Gaps.of(qs, Rational.ZERO, Rational.of(4));
                if (gaps.size() == 1) {
                    return new Proof("bound", statement, Proof.PROVED, null, null);
                }
                Rational[] root = gaps.get(1).rootBelow();
                Rational lo = root[0];
                for (Rational w = root[1].divide(Rational.of(4)); lo.signum() == 0; w = w.divide(Rational.of(16))) {
                    root = Gaps.refine(gaps.get(1).reduced(), root, w);
                    lo = root[0];
                }
                start = Interval.of(lo.divide(Rational.of(2)), 10).lo();
            }
        }
        if (start == null) { // the bound fails near 0: find a point
            BigDecimal x = maxStep(symbol);
            for (int i = 0; i < 80; i++, x = x.divide(BigDecimal.valueOf(2))) {
                if (c.exceeds(x)) {
                    return new Proof("bound", statement, Proof.FAILS, shortest(x, c::exceeds), null);
                }
            }
            return new Proof("bound", statement, Proof.UNDECIDED, null, "the bound fails near 0");
        }
        BigDecimal maxStep = maxStep(symbol);
        Covering.Result r = c.cover(start, PI_HI, Covering.round(start.divide(BigDecimal.valueOf(4))).max(
                BigDecimal.ONE.movePointLeft(30)), maxStep, BigDecimal.ONE.movePointLeft(20));
        return switch (r.outcome()) {
            case PROVED -> new Proof("bound", statement, Proof.PROVED, null, null);
            case FAILS -> new Proof("bound", statement, Proof.FAILS, shortest(r.violated(), c::exceeds), null);
            case UNDECIDED -> new Proof("bound", statement, Proof.UNDECIDED, null,
                    "proved on [0, " + Decimals.text(r.reached().round(new MathContext(6, RoundingMode.FLOOR)))
                            + "]; |H| touches the bound near there");
        };
    }

    /** {@code |H|} rises to one peak and then falls (either part may be empty). */
    static Proof monotone(Symbol symbol) {
        String statement = "|H(ω)| is unimodal on [0, π]";
        Polynomial a = symbol.magnitudeSquared().derivative(); // d|H|^2/dω = -A'(cos θ) sin θ / q
        List<Gaps.Gap> gaps = Gaps.of(a, lowerC(symbol), Rational.ONE);
        // directions in ω order (c descending): +1 where |H| increases
        List<Integer> dirs = new ArrayList<>();
        List<Gaps.Gap> stretch = new ArrayList<>();
        for (int i = gaps.size() - 1; i >= 0; i--) {
            int d = -gaps.get(i).sign();
            if (d == 0) {
                continue;
            }
            if (dirs.isEmpty() || dirs.get(dirs.size() - 1) != d) {
                dirs.add(d);
                stretch.add(gaps.get(i));
            }
        }
        if (dirs.isEmpty()) {
            return new Proof("monotone", statement, Proof.PROVED, null, "constant");
        }
        if (dirs.size() == 1) {
            return new Proof("monotone", statement, Proof.PROVED, null, dirs.get(0) > 0 ? "non-decreasing"
                    : "non-increasing");
        }
        if (dirs.size() == 2 && dirs.get(0) > 0) {
            // the peak: the root at the upper end (in c) of the falling stretch
            Gaps.Gap falling = stretch.get(1);
            Gaps.Gap rising = null;
            for (Gaps.Gap g : gaps) {
                if (g.from().equals(falling.to()) || (g.rootBelow() != null && falling.to().equals(g.rootBelow()[0]))) {
                    rising = g;
                }
            }
            String peak = rising == null ? null : omega(symbol, Gaps.refine(rising.reduced(), rising.rootBelow(),
                    Rational.of(BigInteger.ONE, BigInteger.TEN.pow(25))));
            return new Proof("monotone", statement, Proof.PROVED, null,
                    peak == null ? "rises, then falls" : "peak at ω = " + peak);
        }
        // falls and then rises again: a point of the second rising stretch
        int k = dirs.get(0) > 0 ? 2 : 1;
        Gaps.Gap g = stretch.get(k);
        String at = witness(symbol, g, x -> {
            Interval[] cs = Interval.cosSin(symbol.half() ? x.divide(BigDecimal.valueOf(2)) : x, 40);
            return Interval.horner(a, cs[0], 40).sign() < 0;
        });
        return new Proof("monotone", statement, Proof.FAILS, at, "|H| falls and then rises again");
    }

    /** @return the digits of {@code ω = q arccos(c)} for {@code c} in {@code [lo, hi]}, guaranteed */
    private static String omega(Symbol symbol, Rational[] c) {
        BigDecimal lo = acos(symbol, c[1], true);
        BigDecimal hi = acos(symbol, c[0], false);
        return lo == null || hi == null ? null : Decimals.of(new Interval(lo, hi), SAMPLE_DIGITS);
    }

    /**
     * @return a lower ({@code lower}) or upper bound of {@code q arccos(c)} in {@code [0, π]}, by
     *     bisection on enclosures of {@code cos(ω/q)}, which decreases there
     */
    private static BigDecimal acos(Symbol symbol, Rational c, boolean lower) {
        Interval target = Interval.of(c, 50);
        double q = symbol.half() ? 2 : 1;
        double guess = q * Math.acos(Math.max(-1, Math.min(1, c.toDouble())));
        for (double margin = 1e-15; margin < 1; margin *= 1000) {
            BigDecimal x = new BigDecimal(lower ? guess - margin : guess + margin);
            if (x.signum() <= 0) {
                return lower ? BigDecimal.ZERO : x;
            }
            if (x.compareTo(PI_HI) >= 0) {
                return lower ? x : PI_HI;
            }
            Interval cos = Interval.cosSin(symbol.half() ? x.divide(BigDecimal.valueOf(2)) : x, 30)[0];
            // cos(ω/q) decreases on [0, π]: above c means ω below q arccos(c)
            if (lower ? cos.lo().compareTo(target.hi()) > 0 : cos.hi().compareTo(target.lo()) < 0) {
                return x;
            }
        }
        return lower ? BigDecimal.ZERO : PI_HI;
    }

    /**
     * @return a short exact decimal {@code ω} in {@code (0, π]} inside the stretch of {@code c}
     *     where the property fails, checked rigorously; or {@code arccos} of a rational if none is
     *     found
     */
    private static String witness(Symbol symbol, Gaps.Gap g, java.util.function.Predicate<BigDecimal> fails) {
        double q = symbol.half() ? 2 : 1;
        double[] cs = {g.test().toDouble(), (g.from().toDouble() + g.to().toDouble()) / 2};
        for (double c : cs) {
            double w = q * Math.acos(Math.max(-1, Math.min(1, c)));
            if (w > 0 && w <= Math.PI) {
                String s = shortest(new BigDecimal(w), x -> x.signum() > 0 && x.compareTo(PI_LO) <= 0 && fails.test(x));
                if (s != null) {
                    return s;
                }
            }
        }
        return (symbol.half() ? "2 arccos(" : "arccos(") + g.test() + ")";
    }

    /** @return the shortest rounding of {@code x} (2 to 20 digits) at which the property holds, else {@code x} */
    private static String shortest(BigDecimal x, java.util.function.Predicate<BigDecimal> holds) {
        for (int d = 2; d <= 20; d++) {
            BigDecimal y = x.round(new MathContext(d, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            if (y.signum() > 0 && holds.test(y)) {
                return Decimals.text(y);
            }
        }
        return holds.test(x) ? Decimals.text(x.stripTrailingZeros()) : null;
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    // ---------------------------------------------------------------- samples

    /**
     * @param count the number of samples at {@code ω = jπ/(count-1)}, {@code j = 0..count-1}; 0 for none
     * @return the samples, digits guaranteed
     */
    public static List<Sample> samples(Symbol symbol, int count) {
        require(count == 0 || (count >= 2 && count <= MAX_SAMPLES), "--samples must be 0 or from 2 to "
                + MAX_SAMPLES + ", not " + count);
        List<Sample> out = new ArrayList<>();
        Evaluator ev = new Evaluator(symbol);
        BigDecimal lipschitz = ev.lipschitz();
        BigDecimal lipschitzR = ev.remainderCoefficient(1);
        Integer t = tangency(symbol);
        for (int j = 0; j < count; j++) {
            Rational x = Rational.of(j, count - 1);
            out.add(j == 0 ? atZero(symbol, t) : sample(symbol, ev, x, lipschitz, lipschitzR));
        }
        return out;
    }

    private static Sample atZero(Symbol symbol, Integer t) {
        Rational h0 = symbol.moment(0);
        String mag = Decimals.of(Interval.of(h0.abs(), 40), SAMPLE_DIGITS);
        String phase = h0.signum() > 0 ? "0" : h0.signum() < 0 ? Decimals.of(Interval.PI, SAMPLE_DIGITS) : null;
        String rel = t == null ? "0" : t < 0 ? null
                : Decimals.of(Interval.of(deviation(symbol, symbol.order()).abs().divide(symbol.kappa().abs()), 40),
                        SAMPLE_DIGITS);
        return new Sample(Rational.ZERO, mag, phase, rel);
    }

    private static Sample sample(Symbol symbol, Evaluator ev, Rational x, BigDecimal lipschitz, BigDecimal lipschitzR) {
        int p = 50;
        // ω' = a 60-digit decimal within 1e-58 of xπ; every enclosure is widened by a Lipschitz bound times that
        BigDecimal omega = Interval.PI.multiply(Interval.of(x, 70), 70).lo().round(new MathContext(60));
        BigDecimal dist = BigDecimal.ONE.movePointLeft(57);
        Complex h = ev.symbol(omega, p);
        Interval slack = new Interval(lipschitz.multiply(dist).negate(), lipschitz.multiply(dist));
        h = new Complex(h.re().add(slack, p), h.im().add(slack, p));
        String mag = Decimals.of(h.norm(p).sqrt(p), SAMPLE_DIGITS);
        String phase = phase(h);
        Complex r = ev.taylor(omega, 1, Rational.ZERO)[0];
        Interval rel = r.norm(p).sqrt(p).divide(Interval.of(symbol.kappa().abs(), p), p);
        BigDecimal e = lipschitzR.multiply(dist).divide(Interval.of(symbol.kappa().abs(), 10).lo(), Interval.up(10));
        rel = new Interval(rel.lo().subtract(e).max(BigDecimal.ZERO), rel.hi().add(e));
        return new Sample(x, mag, phase, Decimals.of(rel, SAMPLE_DIGITS));
    }

    /**
     * @return {@code arg H} in {@code (-π, π]}: exact multiples of {@code π/2} where a part's
     *     enclosure is within 1e-30 of 0, else {@code Math.atan2} of the correctly rounded parts,
     *     whose error is below {@code 2^-53} (from the rounding) plus 2 ulps (the method's
     *     contract): the enclosure is widened by 1e-14 before its common digits are printed
     */
    private static String phase(Complex h) {
        BigDecimal tiny = Decimals.ZERO_BELOW;
        boolean reZero = h.re().sign() == 0;
        boolean imZero = h.im().sign() == 0;
        if (reZero && imZero) {
            return null;
        }
        Interval halfPi = Interval.PI.multiply(new BigDecimal("0.5"), 40);
        if (imZero && h.im().abs().hi().compareTo(tiny.multiply(h.re().abs().lo())) < 0) {
            return h.re().sign() > 0 ? "0" : Decimals.of(Interval.PI, SAMPLE_DIGITS);
        }
        if (reZero && h.re().abs().hi().compareTo(tiny.multiply(h.im().abs().lo())) < 0) {
            return Decimals.of(h.im().sign() > 0 ? halfPi : halfPi.negate(), SAMPLE_DIGITS);
        }
        double theta = Math.atan2(h.im().mid().doubleValue(), h.re().mid().doubleValue());
        BigDecimal t = new BigDecimal(theta);
        BigDecimal margin = new BigDecimal("1e-14");
        return Decimals.of(new Interval(t.subtract(margin), t.add(margin)), SAMPLE_DIGITS);
    }

    /**
     * The response as doubles, for plots only (never printed as digits).
     *
     * @param symbol the symbol
     * @param points how many points on {@code [0, π]}, at {@code ω/π = (1 - cos(jπ/(points-1)))/2}
     * @return {@code {ω/π, |H|, relative error}} per point; the relative error is {@code NaN} at 0
     */
    public static double[][] curve(Symbol symbol, int points) {
        Evaluator ev = new Evaluator(symbol);
        double kappa = symbol.kappa().toDouble();
        int m = symbol.order();
        double[][] out = new double[3][points];
        double reach = symbol.reach().toDouble();
        double[] series = new double[40];
        if (tangency(symbol) != null && tangency(symbol) >= 0) {
            for (int n = 0; n < series.length; n++) {
                series[n] = deviation(symbol, n + m).toDouble();
            }
        }
        for (int j = 0; j < points; j++) {
            double x = (1 - Math.cos(Math.PI * j / (points - 1))) / 2; // denser towards 0 and π
            double w = Math.PI * x;
            double[] h = ev.approximate(w);
            double ideal = kappa * Math.pow(w, m);
            // ideal = κ (iω)^m
            double ire = 0;
            double iim = 0;
            switch (m % 4) {
                case 0 -> ire = ideal;
                case 1 -> iim = ideal;
                case 2 -> ire = -ideal;
                default -> iim = -ideal;
            }
            out[0][j] = x;
            out[1][j] = Math.hypot(h[0], h[1]);
            if (j == 0) {
                out[2][j] = Double.NaN;
            } else if (w * reach <= 1) { // the series of R(ω) = Σ_n (iω)^n (M_{n+m} - κ[n=0]): no cancellation
                double re = 0;
                double im = 0;
                double p = 1;
                for (int n = 0; n < series.length; n++, p *= w) {
                    double t = series[n] * p;
                    switch (n % 4) {
                        case 0 -> re += t;
                        case 1 -> im += t;
                        case 2 -> re -= t;
                        default -> im -= t;
                    }
                }
                out[2][j] = Math.hypot(re, im) / Math.abs(kappa);
            } else {
                out[2][j] = Math.hypot(h[0] - ire, h[1] - iim) / Math.abs(ideal);
            }
        }
        return out;
    }
}
