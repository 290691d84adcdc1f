package org.stencilforge.frequency;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stencilforge.arithmetic.Rational;

/**
 * A closed real interval {@code [lo, hi]} of decimals with outward rounding: every operation
 * rounds its lower end down and its upper end up ({@link RoundingMode#FLOOR},
 * {@link RoundingMode#CEILING}) to a given number of significant digits, so the true value
 * of every computation is inside its result. This is what makes the digits printed by
 * {@link Responses} guaranteed. Immutable.
 *
 * @param lo the lower end
 * @param hi the upper end, at least {@code lo}
 */
record Interval(BigDecimal lo, BigDecimal hi) {

    /** The first 101 digits of π (OEIS A000796). */
    private static final String PI_DIGITS = "3.14159265358979323846264338327950288419716939937510"
            + "58209749445923078164062862089986280348253421170679";
    /** π, known to 100 decimals: [PI_DIGITS, PI_DIGITS + 10^-100]. */
    static final Interval PI = new Interval(new BigDecimal(PI_DIGITS),
            new BigDecimal(PI_DIGITS).add(BigDecimal.ONE.movePointLeft(100)));

    static final Interval ZERO = point(BigDecimal.ZERO);
    static final Interval ONE = point(BigDecimal.ONE);

    Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval " + lo + " > " + hi);
        }
    }

    /** @return {@code poly(x)} enclosed, by Horner's scheme at {@code digits} significant digits */
    static Interval horner(org.stencilforge.arithmetic.Polynomial poly, Interval x, int digits) {
        Interval v = ZERO;
        for (int k = poly.degree(); k >= 0; k--) {
            v = v.multiply(x, digits).add(of(poly.coefficient(k), digits), digits);
        }
        return v;
    }

    static Interval point(BigDecimal x) {
        return new Interval(x, x);
    }

    /** @return the rational enclosed to {@code digits} significant digits */
    static Interval of(Rational r, int digits) {
        BigDecimal n = new BigDecimal(r.numerator());
        BigDecimal d = new BigDecimal(r.denominator());
        if (r.denominator().equals(BigInteger.ONE)) {
            return point(n);
        }
        return new Interval(n.divide(d, down(digits)), n.divide(d, up(digits)));
    }

    static MathContext down(int digits) {
        return new MathContext(digits, RoundingMode.FLOOR);
    }

    static MathContext up(int digits) {
        return new MathContext(digits, RoundingMode.CEILING);
    }

    Interval add(Interval o, int digits) {
        return new Interval(lo.add(o.lo, down(digits)), hi.add(o.hi, up(digits)));
    }

    Interval subtract(Interval o, int digits) {
        return new Interval(lo.subtract(o.hi, down(digits)), hi.subtract(o.lo, up(digits)));
    }

    Interval negate() {
        return new Interval(hi.negate(), lo.negate());
    }

    Interval multiply(Interval o, int digits) {
        MathContext d = down(digits);
        MathContext u = up(digits);
        if (lo.signum() >= 0 && o.lo.signum() >= 0) {
            return new Interval(lo.multiply(o.lo, d), hi.multiply(o.hi, u));
        }
        // a point (one object at both ends, as point() makes it) repeats its products: reuse them
        BigDecimal p0 = lo.multiply(o.lo);
        BigDecimal p1 = o.lo == o.hi ? p0 : lo.multiply(o.hi);
        BigDecimal p2 = lo == hi ? p0 : hi.multiply(o.lo);
        BigDecimal p3 = lo == hi ? p1 : o.lo == o.hi ? p2 : hi.multiply(o.hi);
        BigDecimal[] p = {p0, p1, p2, p3};
        BigDecimal min = p[0];
        BigDecimal max = p[0];
        for (BigDecimal x : p) {
            min = x.compareTo(min) < 0 ? x : min;
            max = x.compareTo(max) > 0 ? x : max;
        }
        return new Interval(min.round(d), max.round(u));
    }

    /** @return this times an exact decimal */
    Interval multiply(BigDecimal c, int digits) {
        return multiply(point(c), digits);
    }

    /** @return this divided by an interval that does not contain 0 */
    Interval divide(Interval o, int digits) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
            throw new ArithmeticException("division by an interval holding 0");
        }
        MathContext d = down(digits);
        MathContext u = up(digits);
        BigDecimal[] lows = {lo.divide(o.lo, d), lo.divide(o.hi, d), hi.divide(o.lo, d), hi.divide(o.hi, d)};
        BigDecimal[] highs = {lo.divide(o.lo, u), lo.divide(o.hi, u), hi.divide(o.lo, u), hi.divide(o.hi, u)};
        BigDecimal min = lows[0];
        BigDecimal max = highs[0];
        for (int i = 1; i < 4; i++) {
            min = lows[i].compareTo(min) < 0 ? lows[i] : min;
            max = highs[i].compareTo(max) > 0 ? highs[i] : max;
        }
        return new Interval(min, max);
    }

    /** @return the square, which is never negative */
    Interval square(int digits) {
        BigDecimal a = lo.abs();
        BigDecimal b = hi.abs();
        BigDecimal big = a.max(b);
        BigDecimal small = lo.signum() <= 0 && hi.signum() >= 0 ? BigDecimal.ZERO : a.min(b);
        return new Interval(small.multiply(small, down(digits)), big.multiply(big, up(digits)));
    }

    /** @return {@code [0, max |x|]} or {@code [min |x|, max |x|]} */
    Interval abs() {
        if (lo.signum() >= 0) {
            return this;
        }
        if (hi.signum() <= 0) {
            return negate();
        }
        return new Interval(BigDecimal.ZERO, lo.negate().max(hi));
    }

    /** @return the square root of the non-negative part, outward */
    Interval sqrt(int digits) {
        BigDecimal l = lo.signum() <= 0 ? BigDecimal.ZERO : lo.sqrt(down(digits + 2));
        BigDecimal h = hi.signum() <= 0 ? BigDecimal.ZERO : hi.sqrt(up(digits + 2));
        // BigDecimal.sqrt rounds in the mode asked for; widen by one unit of the last place to be safe
        BigDecimal ulpL = l.signum() == 0 ? BigDecimal.ZERO : l.ulp();
        BigDecimal ulpH = h.signum() == 0 ? BigDecimal.ZERO : h.ulp();
        return new Interval(l.subtract(ulpL).max(BigDecimal.ZERO), h.add(ulpH));
    }

    Interval union(Interval o) {
        return new Interval(lo.min(o.lo), hi.max(o.hi));
    }

    /** @return +1 or -1 if every point has that sign, 0 if the interval holds 0 */
    int sign() {
        return lo.signum() > 0 ? 1 : hi.signum() < 0 ? -1 : 0;
    }

    boolean contains(BigDecimal x) {
        return lo.compareTo(x) <= 0 && x.compareTo(hi) <= 0;
    }

    BigDecimal width() {
        return hi.subtract(lo);
    }

    BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2));
    }

    /**
     * Cosine and sine of a point {@code x} with {@code |x| ≤ 8}, by their Taylor series with the
     * remainder bounded by the first omitted term (the series alternate, and their terms
     * decrease once {@code 2k > |x|}).
     *
     * @return {@code {cos x, sin x}}
     */
    static Interval[] cosSin(BigDecimal x, int digits) {
        // several stencils of one request are analysed at the same points (the samples): remember
        List<Object> key = List.of(x, digits);
        Interval[] known = COS_SIN.get(key);
        if (known != null) {
            return known.clone();
        }
        Interval[] cs = computeCosSin(x, digits);
        if (COS_SIN.size() < 4096) {
            COS_SIN.put(key, cs.clone());
        }
        return cs;
    }

    /** {@link #cosSin} already computed, by argument (exactly, scale included) and digits. */
    private static final Map<List<Object>, Interval[]> COS_SIN = new ConcurrentHashMap<>();

    private static Interval[] computeCosSin(BigDecimal x, int digits) {
        // halve x until |x| ≤ 1/8 (exactly: x / 2^k = x 5^k 10^-k), sum the short series, and double
        // back with cos 2a = 2 cos^2 a - 1, sin 2a = 2 sin a cos a, each doubling widening the
        // enclosure about fourfold: a digit more per two doublings
        int k = 0;
        while (x.abs().compareTo(EIGHTH.multiply(BigDecimal.valueOf(1L << k))) > 0 && k < 20) {
            k++;
        }
        if (k == 0) {
            return cosSinSeries(x, digits);
        }
        int p = digits + 3 + k;
        BigDecimal y = x.multiply(BigDecimal.valueOf(5).pow(k)).movePointLeft(k);
        Interval[] cs = cosSinSeries(y, p);
        Interval two = point(BigDecimal.valueOf(2));
        for (int i = 0; i < k; i++) {
            Interval c = two.multiply(cs[0].square(p), p).subtract(ONE, p);
            Interval sn = two.multiply(cs[1].multiply(cs[0], p), p);
            cs = new Interval[] {c.intersectUnit(), sn.intersectUnit()};
        }
        return cs;
    }

    private static final BigDecimal EIGHTH = new BigDecimal("0.125");

    /** @return this intersected with {@code [-1, 1]}, where every cosine and sine lies */
    private Interval intersectUnit() {
        BigDecimal one = BigDecimal.ONE;
        return new Interval(lo.max(one.negate()).min(one), hi.min(one).max(one.negate()));
    }

    /** {@link #cosSin} by the series alone. */
    private static Interval[] cosSinSeries(BigDecimal x, int digits) {
        int p = digits + 5;
        Interval[] inverse = inverseFactorials(p);
        Interval xi = point(x); // exact
        Interval power = ONE; // x^n
        Interval cos = ZERO;
        Interval sin = ZERO;
        BigDecimal ax = x.abs();
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(digits + 3);
        for (int n = 0; n + 2 < inverse.length; n += 2) {
            Interval c = power.multiply(inverse[n], p);
            power = power.multiply(xi, p);
            Interval s = power.multiply(inverse[n + 1], p);
            power = power.multiply(xi, p);
            boolean minus = (n / 2) % 2 == 1;
            cos = minus ? cos.subtract(c, p) : cos.add(c, p);
            sin = minus ? sin.subtract(s, p) : sin.add(s, p);
            // the next terms: x^(n+2)/(n+2)! and x^(n+3)/(n+3)!, the latter smaller as |x| < n + 3
            Interval next = power.multiply(inverse[n + 2], p).abs();
            if (n + 2 > ax.doubleValue() + 1 && next.hi.compareTo(tiny) < 0) {
                Interval r = new Interval(next.hi.negate(), next.hi);
                return new Interval[] {cos.add(r, p), sin.add(r, p)};
            }
        }
        throw new IllegalArgumentException("argument too large for the cosine series: " + x);
    }

    /**
     * Enclosures of {@code 1/n!}, {@code n < min(400, d + 20)}, at the precision {@code d}: the digits
     * asked for rounded up to a multiple of 50, so that every enclosure (and so every decision and
     * every printed digit) depends on the arguments alone, not on which calls came first.
     */
    private static final Map<Integer, Interval[]> INVERSE_FACTORIALS = new ConcurrentHashMap<>();

    private static Interval[] inverseFactorials(int digits) {
        int d = (digits + 49) / 50 * 50;
        return INVERSE_FACTORIALS.computeIfAbsent(d, Interval::inverseFactorialsAt);
    }

    private static Interval[] inverseFactorialsAt(int d) {
        // 1/n! < 10^-(d+3) already for n = d + 20 (n! > 10^(n-3) from n = 8 on), which ends every
        // series of cosSinSeries (|x| <= 1/8 there) at this precision: no more are needed
        Interval[] f = new Interval[Math.min(400, d + 20)];
        BigInteger n = BigInteger.ONE;
        for (int i = 0; i < f.length; i++) {
            n = i == 0 ? BigInteger.ONE : n.multiply(BigInteger.valueOf(i));
            BigDecimal nd = new BigDecimal(n);
            f[i] = new Interval(BigDecimal.ONE.divide(nd, down(d)), BigDecimal.ONE.divide(nd, up(d)));
        }
        return f;
    }

    /** @return {@code 10^-e} */
    static BigDecimal tenTo(int e) {
        return BigDecimal.ONE.movePointLeft(e);
    }

    @Override
    public String toString() {
        return "[" + lo.round(new MathContext(20)) + ", " + hi.round(new MathContext(20)) + "]";
    }
}
