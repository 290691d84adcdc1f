package org.stencilforge.frequency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * A polynomial with exact rational coefficients, lowest degree first, with the exact tools the
 * proofs need: Sturm sequences, counts of distinct real roots on an interval, and the sign of
 * the polynomial between its roots. Immutable.
 */
final class Poly {

    static final Poly ZERO = new Poly(List.of());
    static final Poly ONE = new Poly(List.of(Rational.ONE));

    private final Rational[] c;

    Poly(List<Rational> coefficients) {
        int n = coefficients.size();
        while (n > 0 && coefficients.get(n - 1).isZero()) {
            n--;
        }
        c = coefficients.subList(0, n).toArray(new Rational[0]);
    }

    private Poly(Rational[] c) {
        this(Arrays.asList(c));
    }

    static Poly monomial(Rational a, int degree) {
        Rational[] c = new Rational[degree + 1];
        Arrays.fill(c, Rational.ZERO);
        c[degree] = a;
        return new Poly(c);
    }

    /** @return the degree, -1 for the zero polynomial */
    int degree() {
        return c.length - 1;
    }

    boolean isZero() {
        return c.length == 0;
    }

    Rational coefficient(int k) {
        return k < c.length ? c[k] : Rational.ZERO;
    }

    Rational lead() {
        return c[c.length - 1];
    }

    Poly add(Poly o) {
        Rational[] r = new Rational[Math.max(c.length, o.c.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = coefficient(k).add(o.coefficient(k));
        }
        return new Poly(r);
    }

    Poly scale(Rational a) {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = c[k].multiply(a);
        }
        return new Poly(r);
    }

    Poly subtract(Poly o) {
        return add(o.scale(Rational.ONE.negate()));
    }

    Poly multiply(Poly o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length + o.c.length - 1];
        Arrays.fill(r, Rational.ZERO);
        for (int i = 0; i < c.length; i++) {
            if (!c[i].isZero()) {
                for (int j = 0; j < o.c.length; j++) {
                    r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
                }
            }
        }
        return new Poly(r);
    }

    Poly derivative() {
        if (c.length <= 1) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            r[k - 1] = c[k].multiply(Rational.of(k));
        }
        return new Poly(r);
    }

    Rational at(Rational x) {
        Rational v = Rational.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v.multiply(x).add(c[k]);
        }
        return v;
    }

    /** @return the value on an interval of {@code x}, enclosed (Horner's scheme) */
    Interval at(Interval x, int p) {
        Interval v = Interval.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v.multiply(x, p).add(Interval.of(c[k], p), p);
        }
        return v;
    }

    /** @return {@code {quotient, remainder}} of the division by a non-zero polynomial */
    Poly[] divide(Poly d) {
        Rational[] r = c.clone();
        int dn = d.degree();
        if (degree() < dn) {
            return new Poly[] {ZERO, this};
        }
        Rational[] q = new Rational[degree() - dn + 1];
        Arrays.fill(q, Rational.ZERO);
        for (int k = degree(); k >= dn; k--) {
            Rational f = r[k].divide(d.lead());
            q[k - dn] = f;
            if (!f.isZero()) {
                for (int j = 0; j <= dn; j++) {
                    r[k - dn + j] = r[k - dn + j].subtract(f.multiply(d.c[j]));
                }
            }
        }
        return new Poly[] {new Poly(q), new Poly(Arrays.copyOf(r, dn))};
    }

    /** @return the canonical Sturm sequence {@code p, p', -rem(p, p'), ...} */
    List<Poly> sturm() {
        List<Poly> s = new ArrayList<>();
        s.add(this);
        Poly a = this;
        Poly b = derivative();
        while (!b.isZero()) {
            s.add(b);
            Poly r = a.divide(b)[1].scale(Rational.ONE.negate());
            a = b;
            b = primitive(r);
        }
        return s;
    }

    /** @return a positive rational multiple with small coefficients (keeps Sturm sequences short) */
    private static Poly primitive(Poly p) {
        if (p.isZero()) {
            return p;
        }
        java.math.BigInteger den = Rational.commonDenominator(Arrays.asList(p.c));
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        for (Rational x : p.c) {
            g = g.gcd(x.timesMultipleOfDenominator(den));
        }
        return p.scale(Rational.of(den, g));
    }

    /** @return the sign variations of the Sturm sequence at {@code x}, zeros skipped */
    static int variations(List<Poly> sturm, Rational x) {
        int v = 0;
        int last = 0;
        for (Poly p : sturm) {
            int s = p.at(x).signum();
            if (s != 0) {
                if (last != 0 && s != last) {
                    v++;
                }
                last = s;
            }
        }
        return v;
    }

    /**
     * @return the number of distinct real roots in the open interval {@code (a, b)}, where
     *     neither end is a root (Sturm's theorem)
     */
    static int roots(List<Poly> sturm, Rational a, Rational b) {
        return variations(sturm, a) - variations(sturm, b);
    }

    /** @return this divided by {@code (x - a)} as often as {@code a} is a root, with the count */
    Poly deflate(Rational a, int[] multiplicity) {
        Poly p = this;
        Poly factor = new Poly(List.of(a.negate(), Rational.ONE));
        multiplicity[0] = 0;
        while (!p.isZero() && p.at(a).isZero()) {
            p = p.divide(factor)[0];
            multiplicity[0]++;
        }
        return p;
    }

    /** Decimal coefficients, for debugging. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < c.length; k++) {
            b.append(k == 0 ? "" : " + ").append(c[k]).append(k == 0 ? "" : " x^" + k);
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /** @return the coefficient as a decimal interval */
    Interval coefficientInterval(int k, int p) {
        return Interval.of(coefficient(k), p);
    }

    static BigDecimal toDecimal(Rational r, int digits) {
        return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), Interval.down(digits));
    }
}
