package org.stencilforge.frequency;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;

/**
 * The sign of a polynomial between its real roots on a closed interval {@code [a, b]}, decided
 * exactly: the polynomial is divided by the factors of roots at the ends, the roots inside are
 * counted by Sturm's theorem and isolated by bisection at rational points, and the sign of each
 * root-free stretch is the sign at a rational point of it.
 */
final class Gaps {

    /**
     * A stretch of {@code (a, b)} without roots, ascending, with its sign ({@code 0}: the
     * polynomial vanishes identically).
     *
     * @param from where it starts (a root or {@code a})
     * @param to where it ends (a root or {@code b})
     * @param test a rational point strictly inside where the sign was taken
     * @param sign the sign on the whole open stretch
     * @param rootBelow an isolating interval {@code [lo, hi]} of the root at {@code from}, or {@code null} at {@code a}
     * @param reduced the polynomial without its roots at the ends, whose sign changes at the roots inside
     */
    record Gap(Rational from, Rational to, Rational test, int sign, Rational[] rootBelow, Polynomial reduced) {
    }

    private Gaps() {
    }

    /**
     * @param p the polynomial
     * @param a the lower end
     * @param b the upper end, above {@code a}
     * @return the stretches of {@code (a, b)} between distinct roots, ascending, with their signs
     */
    static List<Gap> of(Polynomial p, Rational a, Rational b) {
        if (p.isZero()) {
            return List.of(new Gap(a, b, mid(a, b), 0, null, p));
        }
        int[] mult = new int[1];
        Polynomial q = deflate(p, a, mult);
        q = deflate(q, b, mult);
        int factor = mult[0] % 2 == 1 ? -1 : 1; // (x - b)^k is negative to the left of b for odd k
        List<Polynomial> sturm = q.sturm();
        List<Rational[]> roots = new ArrayList<>();
        isolate(q, sturm, a, b, roots);
        List<Gap> gaps = new ArrayList<>();
        Rational from = a;
        Rational[] below = null;
        for (Rational[] r : roots) {
            Rational t = below == null ? r[0] : below[1];
            gaps.add(new Gap(from, r[0], t, factor * q.at(t).signum(), below, q));
            below = r;
            from = r[1];
        }
        Rational t = below == null ? mid(a, b) : below[1];
        gaps.add(new Gap(from, b, t, factor * q.at(t).signum(), below, q));
        return gaps;
    }

    /** Isolating intervals {@code [lo, hi]} (ends not roots) of the distinct roots in {@code (lo, hi)}, ascending. */
    /** @return {@code p} divided by {@code (x - a)} as often as {@code a} is a root, the count in {@code multiplicity[0]} */
    private static Polynomial deflate(Polynomial p, Rational a, int[] multiplicity) {
        Polynomial factor = Polynomial.of(a.negate(), Rational.ONE);
        multiplicity[0] = 0;
        while (!p.isZero() && p.at(a).isZero()) {
            p = p.divide(factor).quotient();
            multiplicity[0]++;
        }
        return p;
    }

    private static void isolate(Polynomial q, List<Polynomial> sturm, Rational lo, Rational hi, List<Rational[]> out) {
        int n = Polynomial.roots(sturm, lo, hi);
        if (n == 0) {
            return;
        }
        if (n == 1) {
            out.add(new Rational[] {lo, hi});
            return;
        }
        Rational m = split(q, lo, hi);
        isolate(q, sturm, lo, m, out);
        isolate(q, sturm, m, hi, out);
    }

    /** @return a point strictly between, not a root */
    static Rational split(Polynomial q, Rational lo, Rational hi) {
        Rational w = hi.subtract(lo);
        for (int d = 2; ; d++) { // at most deg q of these points are roots
            Rational m = lo.add(w.multiply(Rational.of(d / 2 + (d % 2 == 0 ? 0 : 1), d + 1)));
            if (!q.at(m).isZero()) {
                return m;
            }
        }
    }

    /**
     * Narrows an isolating interval of a simple sign change of {@code q} to width at most {@code width}.
     *
     * @return {@code {lo, hi}}
     */
    static Rational[] refine(Polynomial p, Rational[] root, Rational width) {
        Rational lo = root[0];
        Rational hi = root[1];
        int slo = p.at(lo).signum();
        while (hi.subtract(lo).compareTo(width) > 0) {
            Rational m = mid(lo, hi);
            int s = p.at(m).signum();
            if (s == 0) {
                return new Rational[] {m, m};
            }
            if (s == slo) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return new Rational[] {lo, hi};
    }

    static Rational mid(Rational a, Rational b) {
        return a.add(b).divide(Rational.of(2));
    }
}
