package org.stencilforge.frequency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.stencilforge.arithmetic.Rational;

/**
 * Proves {@code f(ω) = |R(ω) + a|^2 - b ≤ 0} on an interval of frequencies, or finds a point
 * where {@code f > 0}, rigorously: the interval is covered by pieces {@code [μ - r, μ + r]} on
 * each of which {@code |R + a| ≤ Σ_{k<K} |g_k| r^k + E_K r^K} (the Taylor coefficients
 * {@code g_k} of {@code R + a} at {@code μ} enclosed, the remainder bounded as in
 * {@link Evaluator}); a piece that this does not prove is halved, and a point is shown to
 * violate the inequality when the lower end of its enclosure of {@code |R + a|^2} is above
 * {@code b}. Pieces grow again after each success, so a cover takes few steps where
 * {@code f} keeps away from 0 and shrinks geometrically only towards a crossing.
 */
final class Covering {

    /** How a cover ended. */
    enum Outcome { PROVED, FAILS, UNDECIDED }

    /**
     * @param outcome what was found
     * @param reached {@code f ≤ 0} is proved on {@code [start, reached]}
     * @param violated a point where {@code f > 0} is proved, for {@link Outcome#FAILS}
     */
    record Result(Outcome outcome, BigDecimal reached, BigDecimal violated) {
    }

    static final int TERMS = 6;
    private static final int P = 30;

    private final Evaluator ev;
    private final Rational shift;
    private final Interval bound;
    private final BigDecimal remainder;
    private int evaluations;

    /**
     * @param ev the symbol
     * @param shift {@code a}
     * @param bound {@code b}
     */
    Covering(Evaluator ev, Rational shift, Rational bound) {
        this.ev = ev;
        this.shift = shift;
        this.bound = Interval.of(bound, 60);
        this.remainder = ev.remainderCoefficient(TERMS);
    }

    int evaluations() {
        return evaluations;
    }

    /**
     * {@code |R + a|^2} on a piece: the real polynomial {@code |P(δ)|^2 = Σ_n c_n δ^n} of the
     * Taylor polynomial {@code P} at {@code μ}, with bounds on {@code |P|}, {@code |P'|} and on the
     * remainder {@code E = R + a - P} and its derivative, for {@code |δ| ≤ r}.
     */
    private final class Piece {
        final Interval[] c;
        final BigDecimal r;
        final BigDecimal pMax;
        final BigDecimal dpMax;
        final BigDecimal e;
        final BigDecimal de;

        Piece(BigDecimal mu, BigDecimal r) {
            this.r = r;
            Complex[] g = ev.taylor(mu, TERMS, shift);
            evaluations++;
            MathContext up = Interval.up(P);
            c = new Interval[2 * TERMS - 1];
            java.util.Arrays.fill(c, Interval.ZERO);
            for (int k = 0; k < TERMS; k++) {
                for (int l = 0; l < TERMS; l++) {
                    Interval re = g[k].re().multiply(g[l].re(), P).add(g[k].im().multiply(g[l].im(), P), P);
                    c[k + l] = c[k + l].add(re, P);
                }
            }
            BigDecimal pm = BigDecimal.ZERO;
            BigDecimal dpm = BigDecimal.ZERO;
            BigDecimal rk = BigDecimal.ONE;
            BigDecimal rk1 = BigDecimal.ZERO; // r^(k-1)
            for (int k = 0; k < TERMS; k++) {
                BigDecimal a = g[k].absUpper(P);
                pm = pm.add(a.multiply(rk, up), up);
                if (k >= 1) {
                    dpm = dpm.add(a.multiply(BigDecimal.valueOf(k)).multiply(rk1, up), up);
                }
                rk1 = rk;
                rk = rk.multiply(r, up);
            }
            pMax = pm;
            dpMax = dpm;
            e = remainder.multiply(rk, up);
            de = remainder.multiply(BigDecimal.valueOf(TERMS)).multiply(rk1, up);
        }

        /** @return an upper bound of {@code |R + a|^2} on the piece */
        BigDecimal upper() {
            MathContext up = Interval.up(P);
            BigDecimal u = c[0].hi();
            BigDecimal rn = BigDecimal.ONE;
            for (int n = 1; n < c.length; n++) {
                rn = rn.multiply(r, up);
                u = u.add(c[n].abs().hi().multiply(rn, up), up);
            }
            return u.add(pMax.multiply(e, up).multiply(BigDecimal.valueOf(2)), up).add(e.multiply(e, up), up);
        }

        /** @return a lower bound of the derivative of {@code |R + a|^2} on the piece */
        BigDecimal slopeLower() {
            MathContext up = Interval.up(P);
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal rn = BigDecimal.ONE;
            for (int n = 2; n < c.length; n++) {
                rn = rn.multiply(r, up);
                s = s.add(c[n].abs().hi().multiply(BigDecimal.valueOf(n)).multiply(rn, up), up);
            }
            BigDecimal rem = e.multiply(dpMax, up).add(pMax.multiply(de, up), up).add(e.multiply(de, up), up)
                    .multiply(BigDecimal.valueOf(2));
            return c[1].lo().subtract(s.add(rem, up), Interval.down(P));
        }
    }

    /** @return whether {@code f ≤ 0} is proved on {@code [μ - r, μ + r]} */
    boolean holds(BigDecimal mu, BigDecimal r) {
        return new Piece(mu, r).upper().compareTo(bound.lo()) <= 0;
    }

    /** @return whether {@code f(x) > 0} is proved */
    boolean exceeds(BigDecimal x) {
        Complex g = ev.taylor(x, 1, shift)[0];
        evaluations++;
        return g.norm(P).lo().compareTo(bound.hi()) > 0;
    }

    /** @return whether {@code f(x) < 0} is proved */
    boolean below(BigDecimal x) {
        Complex g = ev.taylor(x, 1, shift)[0];
        evaluations++;
        return g.norm(P).hi().compareTo(bound.lo()) < 0;
    }

    /** @return whether {@code f} is proved increasing on {@code [μ - r, μ + r]} */
    boolean increasing(BigDecimal mu, BigDecimal r) {
        return new Piece(mu, r).slopeLower().signum() > 0;
    }

    /**
     * Covers {@code [start, end]}.
     *
     * @param step the first half-width of a piece
     * @param maxStep the largest half-width
     * @param minStep below this half-width the cover gives up: undecided
     * @return proved, or where it fails, or where it got stuck
     */
    Result cover(BigDecimal start, BigDecimal end, BigDecimal step, BigDecimal maxStep, BigDecimal minStep) {
        BigDecimal a = start;
        BigDecimal r = step;
        while (a.compareTo(end) < 0) {
            BigDecimal b = a.add(r.multiply(BigDecimal.valueOf(2))).min(end);
            BigDecimal half = b.subtract(a).divide(BigDecimal.valueOf(2));
            BigDecimal mu = a.add(half);
            if (holds(mu, half)) {
                a = b;
                r = round(r.multiply(BigDecimal.valueOf(2)).min(maxStep));
                continue;
            }
            if (exceeds(b)) {
                return new Result(Outcome.FAILS, a, b);
            }
            if (exceeds(mu)) {
                return new Result(Outcome.FAILS, a, mu);
            }
            r = round(half.divide(BigDecimal.valueOf(2)));
            if (r.compareTo(minStep) < 0) {
                return new Result(Outcome.UNDECIDED, a, null);
            }
        }
        return new Result(Outcome.PROVED, end, null);
    }

    /** @return {@code x} rounded down to 6 significant digits (piece widths need not be exact) */
    static BigDecimal round(BigDecimal x) {
        return x.round(new MathContext(6, RoundingMode.FLOOR));
    }
}
