package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * Where the eigenvalues of an exact square matrix lie, counted with their
 * algebraic multiplicity, decided exactly: how many have a positive real part,
 * a zero real part, a negative real part. Immutable.
 *
 * <p>How: the characteristic polynomial {@code p} exactly (similarity to upper
 * Hessenberg form over the rationals, then the Hessenberg recurrence), its
 * square-free factors {@code a} (Yun), and for each: the roots shared with
 * {@code a(-λ)}, {@code G = gcd(a(λ), a(-λ)) = λ^e H(λ²)}, are the imaginary
 * axis roots ({@code λ = 0} if {@code e = 1}, {@code ±i√|ν|} for each negative
 * root {@code ν} of {@code H}, counted by a Sturm sequence) and pairs
 * {@code ±μ} (one on each side); the rest, {@code F = a/G}, has no root on the
 * axis and its roots on each side follow from the Cauchy index of
 * {@code Im F(iy) / Re F(iy)} (Routh–Hurwitz), by a generalized Sturm sequence.
 *
 * @param right eigenvalues with {@code Re λ > 0}
 * @param axis eigenvalues with {@code Re λ = 0}
 * @param left eigenvalues with {@code Re λ < 0}
 */
public record Spectrum(int right, int axis, int left) {

    /** @return the counts for {@code -matrix} */
    public Spectrum negate() {
        return new Spectrum(left, axis, right);
    }

    /**
     * @param a a square matrix of exact entries
     * @return where its eigenvalues lie
     */
    public static Spectrum of(Rational[][] a) {
        return ofPolynomial(characteristic(a));
    }

    /** The characteristic polynomial {@code det(λ I - A)}, exactly. */
    static Poly characteristic(Rational[][] matrix) {
        int n = matrix.length;
        Rational[][] h = new Rational[n][];
        for (int i = 0; i < n; i++) {
            h[i] = matrix[i].clone();
        }
        for (int k = 0; k + 2 < n; k++) {
            int pivot = -1;
            for (int r = k + 1; r < n && pivot < 0; r++) {
                if (!h[r][k].isZero()) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            if (pivot != k + 1) { // swap rows and columns pivot and k + 1: a similarity
                Rational[] t = h[pivot];
                h[pivot] = h[k + 1];
                h[k + 1] = t;
                for (Rational[] row : h) {
                    Rational x = row[pivot];
                    row[pivot] = row[k + 1];
                    row[k + 1] = x;
                }
            }
            for (int i = k + 2; i < n; i++) {
                if (h[i][k].isZero()) {
                    continue;
                }
                Rational u = h[i][k].divide(h[k + 1][k]);
                for (int j = 0; j < n; j++) { // row i -= u row k+1
                    if (!h[k + 1][j].isZero()) {
                        h[i][j] = h[i][j].subtract(u.multiply(h[k + 1][j]));
                    }
                }
                for (int r = 0; r < n; r++) { // column k+1 += u column i
                    if (!h[r][i].isZero()) {
                        h[r][k + 1] = h[r][k + 1].add(u.multiply(h[r][i]));
                    }
                }
            }
        }
        List<Poly> p = new ArrayList<>(n + 1);
        p.add(Poly.ONE);
        for (int k = 1; k <= n; k++) {
            Poly next = Poly.X.subtract(Poly.of(h[k - 1][k - 1])).multiply(p.get(k - 1));
            Rational product = Rational.ONE;
            for (int i = k - 2; i >= 0; i--) {
                product = product.multiply(h[i + 1][i]);
                if (product.isZero()) {
                    break;
                }
                if (!h[i][k - 1].isZero()) {
                    next = next.subtract(p.get(i).scale(h[i][k - 1].multiply(product)));
                }
            }
            p.add(next);
        }
        return p.get(n);
    }

    /** The counts for the roots of a nonzero polynomial. */
    static Spectrum ofPolynomial(Poly p) {
        int right = 0;
        int axis = 0;
        int left = 0;
        // Yun's square-free decomposition: p = Π a_i^i
        Poly d = p.derivative();
        Poly g = Poly.gcd(p, d);
        Poly b = p.divide(g)[0];
        Poly c = d.divide(g)[0];
        Poly e = c.subtract(b.derivative());
        for (int i = 1; b.degree() > 0; i++) {
            Poly a = Poly.gcd(b, e);
            b = b.divide(a)[0];
            c = e.divide(a)[0];
            e = c.subtract(b.derivative());
            Spectrum s = squareFree(a);
            right += i * s.right;
            axis += i * s.axis;
            left += i * s.left;
        }
        return new Spectrum(right, axis, left);
    }

    private static Spectrum squareFree(Poly a) {
        if (a.degree() <= 0) {
            return new Spectrum(0, 0, 0);
        }
        Poly g = Poly.gcd(a, a.reflect());
        int axis = 0;
        int pairs = 0;
        if (g.degree() > 0) {
            int e = g.coefficient(0).isZero() ? 1 : 0;
            List<Rational> even = new ArrayList<>();
            for (int k = e; k <= g.degree(); k += 2) {
                even.add(g.coefficient(k));
            }
            Poly h = new Poly(even);
            int negative = sturmCount(h, null, Rational.ZERO);
            axis = e + 2 * negative;
            pairs = h.degree() - negative;
        }
        Poly f = a.divide(g)[0];
        int n = f.degree();
        int right = 0;
        if (n > 0) {
            List<Rational> re = new ArrayList<>();
            List<Rational> im = new ArrayList<>();
            for (int k = 0; k <= n; k++) { // i^k: 1, i, -1, -i
                Rational x = f.coefficient(k);
                re.add(k % 4 == 0 ? x : k % 4 == 2 ? x.negate() : Rational.ZERO);
                im.add(k % 4 == 1 ? x : k % 4 == 3 ? x.negate() : Rational.ZERO);
            }
            Poly r = new Poly(re);
            Poly i = new Poly(im);
            // n even: nL - nR = -Ind(I/R); n odd: nL - nR = Ind(R/I)
            int difference = n % 2 == 0 ? -cauchyIndex(i, r) : cauchyIndex(r, i);
            right = (n - difference) / 2;
        }
        int left = n - right;
        return new Spectrum(right + pairs, axis, left + pairs);
    }

    /** The Cauchy index of {@code q/p} over the real line: {@code V(-∞) - V(+∞)} of the chain {@code p, q, -rem, ...}. */
    private static int cauchyIndex(Poly q, Poly p) {
        List<Poly> chain = chain(p, q);
        return variations(chain, null, false) - variations(chain, null, true);
    }

    /** Distinct real roots of a square-free {@code h} in {@code (-∞, to)}, {@code h(to) != 0}. */
    private static int sturmCount(Poly h, Rational from, Rational to) {
        if (h.degree() <= 0) {
            return 0;
        }
        List<Poly> chain = chain(h, h.derivative());
        return variations(chain, from, false) - variations(chain, to, true);
    }

    private static List<Poly> chain(Poly p, Poly q) {
        List<Poly> chain = new ArrayList<>(List.of(p));
        Poly a = p;
        Poly b = q;
        while (!b.isZero()) {
            chain.add(b);
            Poly r = a.divide(b)[1].scale(Rational.ONE.negate());
            a = b;
            b = r;
        }
        return chain;
    }

    /** Sign variations of the chain at {@code x}, or at {@code ±∞} when {@code x} is null. */
    private static int variations(List<Poly> chain, Rational x, boolean plusInfinity) {
        int count = 0;
        int last = 0;
        for (Poly p : chain) {
            int s = x == null ? p.signAtInfinity(plusInfinity) : p.signAt(x);
            if (s != 0) {
                if (last != 0 && s != last) {
                    count++;
                }
                last = s;
            }
        }
        return count;
    }
}
