package org.stencilforge.arithmetic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A polynomial in one variable with exact rational coefficients, lowest degree
 * first, without trailing zeros (the zero polynomial has none). Immutable.
 *
 * <p>Besides the ring operations it has what exact root counting needs:
 * Euclid's gcd, and remainder chains {@code p, q, -rem(p, q), ...} whose sign
 * variations give Sturm counts of real roots on an interval and Cauchy indices
 * (the frequency proofs, the Routh–Hurwitz counts of operator spectra, the
 * solvability of periodic compact schemes). Remainders are kept primitive
 * (scaled by a positive rational to coprime integers), which changes no sign
 * and keeps the numbers short.
 */
public final class Polynomial {

    /** {@code 0}. */
    public static final Polynomial ZERO = new Polynomial(new Rational[0]);
    /** {@code 1}. */
    public static final Polynomial ONE = of(Rational.ONE);
    /** {@code x}. */
    public static final Polynomial X = of(Rational.ZERO, Rational.ONE);

    private final Rational[] c;

    private Polynomial(Rational[] coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        c = Arrays.copyOf(coefficients, n);
    }

    /** @return the polynomial {@code Σ_k coefficients[k] x^k} */
    public static Polynomial of(List<Rational> coefficients) {
        return new Polynomial(coefficients.toArray(new Rational[0]));
    }

    /** @return the polynomial {@code Σ_k coefficients[k] x^k} */
    public static Polynomial of(Rational... coefficients) {
        return new Polynomial(coefficients.clone());
    }

    /** @return {@code a x^degree} */
    public static Polynomial monomial(Rational a, int degree) {
        Rational[] r = new Rational[degree + 1];
        Arrays.fill(r, Rational.ZERO);
        r[degree] = a;
        return new Polynomial(r);
    }

    /** @return the degree, -1 for the zero polynomial */
    public int degree() {
        return c.length - 1;
    }

    /** @return whether this is the zero polynomial */
    public boolean isZero() {
        return c.length == 0;
    }

    /** @return the coefficient of {@code x^k}, 0 past the degree */
    public Rational coefficient(int k) {
        return k >= 0 && k < c.length ? c[k] : Rational.ZERO;
    }

    /** @return the coefficients, lowest degree first, the last one non-zero */
    public List<Rational> coefficients() {
        return List.of(c);
    }

    /** @return the coefficient of the highest power; undefined for zero */
    public Rational lead() {
        return c[c.length - 1];
    }

    /** @return {@code this + o} */
    public Polynomial add(Polynomial o) {
        Rational[] r = new Rational[Math.max(c.length, o.c.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = coefficient(k).add(o.coefficient(k));
        }
        return new Polynomial(r);
    }

    /** @return {@code this - o} */
    public Polynomial subtract(Polynomial o) {
        return add(o.scale(Rational.ONE.negate()));
    }

    /** @return {@code a · this} */
    public Polynomial scale(Rational a) {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = c[k].multiply(a);
        }
        return new Polynomial(r);
    }

    /** @return {@code this · o} */
    public Polynomial multiply(Polynomial o) {
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
        return new Polynomial(r);
    }

    /**
     * @param quotient {@code q}
     * @param remainder {@code r}, of lower degree than the divisor
     */
    public record Division(Polynomial quotient, Polynomial remainder) {
    }

    /**
     * @param d a non-zero divisor
     * @return {@code q, r} with {@code this = q d + r}, {@code deg r < deg d}
     * @throws ArithmeticException if {@code d} is zero
     */
    public Division divide(Polynomial d) {
        if (d.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        int dn = d.degree();
        if (degree() < dn) {
            return new Division(ZERO, this);
        }
        Rational[] r = c.clone();
        Rational[] q = new Rational[degree() - dn + 1];
        for (int k = degree(); k >= dn; k--) {
            Rational f = r[k].divide(d.lead());
            q[k - dn] = f;
            if (!f.isZero()) {
                for (int j = 0; j <= dn; j++) {
                    r[k - dn + j] = r[k - dn + j].subtract(f.multiply(d.c[j]));
                }
            }
        }
        return new Division(new Polynomial(q), new Polynomial(Arrays.copyOf(r, dn)));
    }

    /**
     * @param n a power, at least 0
     * @param m a non-zero modulus
     * @return {@code x^n mod m}, by repeated squaring (zero when {@code m} is a constant)
     */
    public static Polynomial xPowerMod(int n, Polynomial m) {
        Polynomial result = ONE.divide(m).remainder();
        Polynomial base = X.divide(m).remainder();
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(base).divide(m).remainder();
            }
            base = base.multiply(base).divide(m).remainder();
        }
        return result;
    }

    /** @return {@code d/dx} of this */
    public Polynomial derivative() {
        if (c.length <= 1) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            r[k - 1] = c[k].multiply(Rational.of(k));
        }
        return new Polynomial(r);
    }

    /** @return this divided by its leading coefficient (zero stays zero) */
    public Polynomial monic() {
        return isZero() ? this : scale(Rational.ONE.divide(lead()));
    }

    /** @return this times a positive rational: coprime integer coefficients, the signs kept */
    public Polynomial primitive() {
        if (isZero()) {
            return this;
        }
        BigInteger den = Rational.commonDenominator(Arrays.asList(c));
        BigInteger g = BigInteger.ZERO;
        for (Rational x : c) {
            g = g.gcd(x.timesMultipleOfDenominator(den));
        }
        return scale(Rational.of(den, g));
    }

    /** @return the monic greatest common divisor of {@code a} and {@code b} (zero if both are) */
    public static Polynomial gcd(Polynomial a, Polynomial b) {
        a = a.primitive();
        b = b.primitive();
        while (!b.isZero()) {
            Polynomial r = a.divide(b).remainder();
            a = b;
            b = r.primitive();
        }
        return a.monic();
    }

    /** @return {@code p(-x)} */
    public Polynomial reflect() {
        Rational[] r = new Rational[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = k % 2 == 0 ? c[k] : c[k].negate();
        }
        return new Polynomial(r);
    }

    /** @return {@code p(x)}, by Horner's scheme */
    public Rational at(Rational x) {
        Rational v = Rational.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v.multiply(x).add(c[k]);
        }
        return v;
    }

    /** @return the sign of {@code p} at {@code +∞} ({@code positive}) or at {@code -∞} */
    public int signAtInfinity(boolean positive) {
        if (isZero()) {
            return 0;
        }
        int s = lead().signum();
        return positive || degree() % 2 == 0 ? s : -s;
    }

    /**
     * @param p the first member
     * @param q the second
     * @return the chain {@code p, q, -rem(p, q), ...}, each remainder made primitive, up to the
     *     last non-zero member (a multiple of {@code gcd(p, q)})
     */
    public static List<Polynomial> remainderChain(Polynomial p, Polynomial q) {
        List<Polynomial> chain = new ArrayList<>(List.of(p));
        Polynomial a = p;
        Polynomial b = q;
        while (!b.isZero()) {
            chain.add(b);
            Polynomial r = a.divide(b).remainder().scale(Rational.ONE.negate()).primitive();
            a = b;
            b = r;
        }
        return chain;
    }

    /** @return the Sturm sequence {@code p, p', -rem(p, p'), ...} */
    public List<Polynomial> sturm() {
        return remainderChain(this, derivative());
    }

    /** @return the sign changes along a chain evaluated at {@code x}, zeros skipped */
    public static int variations(List<Polynomial> chain, Rational x) {
        return variations(chain.stream().mapToInt(p -> p.at(x).signum()).toArray());
    }

    /** @return the sign changes along a chain at {@code +∞} ({@code positive}) or at {@code -∞} */
    public static int variationsAtInfinity(List<Polynomial> chain, boolean positive) {
        return variations(chain.stream().mapToInt(p -> p.signAtInfinity(positive)).toArray());
    }

    private static int variations(int[] signs) {
        int count = 0;
        int last = 0;
        for (int s : signs) {
            if (s != 0) {
                if (last != 0 && s != last) {
                    count++;
                }
                last = s;
            }
        }
        return count;
    }

    /**
     * Sturm's theorem.
     *
     * @param sturm the Sturm sequence of {@code p}
     * @param a the left end, not a root of {@code p}
     * @param b the right end, not a root, {@code a < b}
     * @return the number of distinct real roots of {@code p} in {@code (a, b)}
     */
    public static int roots(List<Polynomial> sturm, Rational a, Rational b) {
        return variations(sturm, a) - variations(sturm, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && Arrays.equals(c, p.c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** @return {@code 1 + -2 x^1 + 1 x^2}: the exact coefficients, for messages and debugging */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < c.length; k++) {
            b.append(k == 0 ? "" : " + ").append(c[k]).append(k == 0 ? "" : " x^" + k);
        }
        return b.length() == 0 ? "0" : b.toString();
    }
}
