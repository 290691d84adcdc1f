package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * A polynomial with rational coefficients, lowest degree first, no trailing
 * zeros (the zero polynomial has none). Immutable; just what {@link Spectrum}
 * needs.
 */
record Poly(List<Rational> c) {

    static final Poly ZERO = new Poly(List.of());
    static final Poly ONE = new Poly(List.of(Rational.ONE));
    /** {@code λ}. */
    static final Poly X = new Poly(List.of(Rational.ZERO, Rational.ONE));

    Poly {
        int n = c.size();
        while (n > 0 && c.get(n - 1).isZero()) {
            n--;
        }
        c = List.copyOf(c.subList(0, n));
    }

    static Poly of(Rational... coefficients) {
        return new Poly(Arrays.asList(coefficients));
    }

    int degree() {
        return c.size() - 1;
    }

    boolean isZero() {
        return c.isEmpty();
    }

    Rational coefficient(int k) {
        return k >= 0 && k < c.size() ? c.get(k) : Rational.ZERO;
    }

    Rational lead() {
        return c.get(c.size() - 1);
    }

    Poly add(Poly o) {
        List<Rational> out = new ArrayList<>();
        for (int k = 0; k < Math.max(c.size(), o.c.size()); k++) {
            out.add(coefficient(k).add(o.coefficient(k)));
        }
        return new Poly(out);
    }

    Poly scale(Rational s) {
        return new Poly(c.stream().map(x -> x.multiply(s)).toList());
    }

    Poly subtract(Poly o) {
        return add(o.scale(Rational.ONE.negate()));
    }

    Poly multiply(Poly o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        Rational[] out = new Rational[c.size() + o.c.size() - 1];
        Arrays.fill(out, Rational.ZERO);
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < o.c.size(); j++) {
                out[i + j] = out[i + j].add(c.get(i).multiply(o.c.get(j)));
            }
        }
        return new Poly(Arrays.asList(out));
    }

    /** @return quotient and remainder of the division by {@code d}, not zero */
    Poly[] divide(Poly d) {
        Rational[] r = c.toArray(new Rational[0]);
        int n = degree();
        int dd = d.degree();
        if (n < dd) {
            return new Poly[] {ZERO, this};
        }
        Rational[] q = new Rational[n - dd + 1];
        Arrays.fill(q, Rational.ZERO);
        for (int k = n - dd; k >= 0; k--) {
            Rational f = r[k + dd].divide(d.lead());
            q[k] = f;
            if (!f.isZero()) {
                for (int j = 0; j <= dd; j++) {
                    r[k + j] = r[k + j].subtract(f.multiply(d.c.get(j)));
                }
            }
        }
        return new Poly[] {new Poly(Arrays.asList(q)), new Poly(Arrays.asList(r).subList(0, dd))};
    }

    Poly monic() {
        return isZero() ? this : scale(Rational.ONE.divide(lead()));
    }

    /** @return a monic greatest common divisor (remainders kept primitive, so the numbers stay short) */
    static Poly gcd(Poly a, Poly b) {
        a = a.primitive();
        b = b.primitive();
        while (!b.isZero()) {
            Poly r = a.divide(b)[1];
            a = b;
            b = r.primitive();
        }
        return a.monic();
    }

    /** @return this times a positive rational: integer coefficients without a common factor (signs kept) */
    Poly primitive() {
        if (isZero()) {
            return this;
        }
        java.math.BigInteger den = Rational.commonDenominator(c);
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        for (Rational x : c) {
            g = g.gcd(x.timesMultipleOfDenominator(den));
        }
        return scale(Rational.of(den, g));
    }

    Poly derivative() {
        List<Rational> out = new ArrayList<>();
        for (int k = 1; k < c.size(); k++) {
            out.add(c.get(k).multiply(Rational.of(k)));
        }
        return new Poly(out);
    }

    /** @return {@code p(-λ)} */
    Poly reflect() {
        List<Rational> out = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            out.add(k % 2 == 0 ? c.get(k) : c.get(k).negate());
        }
        return new Poly(out);
    }

    /** @return the sign of {@code p(x)} */
    int signAt(Rational x) {
        Rational v = Rational.ZERO;
        for (int k = c.size() - 1; k >= 0; k--) {
            v = v.multiply(x).add(c.get(k));
        }
        return v.signum();
    }

    /** @return the sign of {@code p} at {@code +∞} ({@code positive}) or {@code -∞} */
    int signAtInfinity(boolean positive) {
        if (isZero()) {
            return 0;
        }
        int s = lead().signum();
        return positive || degree() % 2 == 0 ? s : -s;
    }
}
