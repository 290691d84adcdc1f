package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import java.math.BigInteger;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.linear.Modulus;

/**
 * Where the eigenvalues of an exact square matrix lie, counted with their
 * algebraic multiplicity, decided exactly: how many have a positive real part,
 * a zero real part, a negative real part. Immutable.
 *
 * <p>How: the characteristic polynomial {@code p} exactly (of the integer
 * matrix {@code L A}, same signs, by Hessenberg reduction modulo primes and
 * the Chinese remainder theorem under a Hadamard bound), its
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
        return ofPolynomial(integerCharacteristic(a, commonDenominator(a)));
    }

    /**
     * @param a a square matrix of exact entries
     * @return the coefficients {@code c_0 .. c_n} of {@code det(λ I - A)}, exactly (lowest first)
     */
    static List<Rational> characteristicCoefficients(Rational[][] a) {
        return characteristic(a).coefficients();
    }

    /** The characteristic polynomial {@code det(λ I - A)}, exactly. */
    static Polynomial characteristic(Rational[][] a) {
        BigInteger l = commonDenominator(a);
        Polynomial b = integerCharacteristic(a, l);
        int n = a.length;
        Rational[] c = new Rational[n + 1];
        for (int k = 0; k <= n; k++) { // det(λ I - B/L) = L^(-n) det(L λ I - B): c_k(A) = c_k(B) / L^(n-k)
            c[k] = b.coefficient(k).divide(Rational.of(l.pow(n - k)));
        }
        return Polynomial.of(c);
    }

    private static BigInteger commonDenominator(Rational[][] a) {
        List<Rational> all = new ArrayList<>();
        for (Rational[] row : a) {
            all.addAll(java.util.Arrays.asList(row));
        }
        return Rational.commonDenominator(all);
    }

    /**
     * The characteristic polynomial of the integer matrix {@code B = L A}: modulo primes below {@code 2^31}
     * (similarity to upper Hessenberg form, then the Hessenberg recurrence), joined by the Chinese remainder
     * theorem in the symmetric range, with enough primes for the bound {@code |c_k| <= Π_i (1 + ||b_i||)} (each
     * coefficient is a sum of principal minors, each bounded by Hadamard's inequality).
     */
    static Polynomial integerCharacteristic(Rational[][] a, BigInteger l) {
        int n = a.length;
        BigInteger[][] b = new BigInteger[n][n];
        long bits = 2;
        for (int i = 0; i < n; i++) {
            BigInteger norm2 = BigInteger.ZERO;
            for (int j = 0; j < n; j++) {
                b[i][j] = a[i][j].timesMultipleOfDenominator(l);
                norm2 = norm2.add(b[i][j].multiply(b[i][j]));
            }
            bits += norm2.bitLength() / 2 + 2;
        }
        BigInteger modulus = BigInteger.ONE;
        BigInteger[] c = new BigInteger[n + 1];
        java.util.Arrays.fill(c, BigInteger.ZERO);
        for (int k = 0; modulus.bitLength() <= bits + 1; k++) {
            Modulus m = Modulus.prime(k);
            long[] residues = modular(b, m);
            BigInteger p = BigInteger.valueOf(m.p());
            BigInteger inverse = modulus.mod(p).modInverse(p);
            for (int t = 0; t <= n; t++) { // x = c + M ((r - c) M^-1 mod p)
                BigInteger r = BigInteger.valueOf(residues[t]);
                BigInteger step = r.subtract(c[t]).multiply(inverse).mod(p);
                c[t] = c[t].add(modulus.multiply(step));
            }
            modulus = modulus.multiply(p);
        }
        BigInteger half = modulus.shiftRight(1);
        List<Rational> out = new ArrayList<>();
        for (BigInteger x : c) {
            out.add(Rational.of(x.compareTo(half) > 0 ? x.subtract(modulus) : x));
        }
        return Polynomial.of(out);
    }

    /** The characteristic polynomial modulo one prime, lowest degree first. */
    private static long[] modular(BigInteger[][] b, Modulus m) {
        int n = b.length;
        long p = m.p();
        long[][] h = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = m.of(b[i][j]);
            }
        }
        for (int k = 0; k + 2 < n; k++) {
            int pivot = -1;
            for (int r = k + 1; r < n && pivot < 0; r++) {
                if (h[r][k] != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            if (pivot != k + 1) { // swap rows and columns pivot and k + 1: a similarity
                long[] t = h[pivot];
                h[pivot] = h[k + 1];
                h[k + 1] = t;
                for (long[] row : h) {
                    long x = row[pivot];
                    row[pivot] = row[k + 1];
                    row[k + 1] = x;
                }
            }
            long inv = m.inverse(h[k + 1][k]);
            for (int i = k + 2; i < n; i++) {
                if (h[i][k] == 0) {
                    continue;
                }
                long u = m.multiply(h[i][k], inv);
                for (int j = 0; j < n; j++) { // row i -= u row k+1
                    if (h[k + 1][j] != 0) {
                        h[i][j] = m.subtract(h[i][j], m.multiply(u, h[k + 1][j]));
                    }
                }
                for (int r = 0; r < n; r++) { // column k+1 += u column i
                    if (h[r][i] != 0) {
                        h[r][k + 1] = (h[r][k + 1] + m.multiply(u, h[r][i])) % p;
                    }
                }
            }
        }
        long[][] poly = new long[n + 1][];
        poly[0] = new long[] {1};
        for (int k = 1; k <= n; k++) {
            long[] prev = poly[k - 1];
            long[] next = new long[k + 1];
            long diagonal = h[k - 1][k - 1];
            for (int t = 0; t < prev.length; t++) { // (λ - h) prev
                next[t + 1] = (next[t + 1] + prev[t]) % p;
                next[t] = m.subtract(next[t], m.multiply(diagonal, prev[t]));
            }
            long product = 1;
            for (int i = k - 2; i >= 0; i--) {
                product = m.multiply(product, h[i + 1][i]);
                if (product == 0) {
                    break;
                }
                long f = m.multiply(h[i][k - 1], product);
                if (f != 0) {
                    for (int t = 0; t < poly[i].length; t++) {
                        next[t] = m.subtract(next[t], m.multiply(f, poly[i][t]));
                    }
                }
            }
            poly[k] = next;
        }
        return poly[n];
    }

    /**
     * @param p a nonzero polynomial, exact
     * @return where its roots lie, counted with multiplicity
     */
    static Spectrum ofPolynomial(Polynomial p) {
        int right = 0;
        int axis = 0;
        int left = 0;
        // Yun's square-free decomposition: p = Π a_i^i
        Polynomial d = p.derivative();
        Polynomial g = Polynomial.gcd(p, d);
        Polynomial b = p.divide(g).quotient();
        Polynomial c = d.divide(g).quotient();
        Polynomial e = c.subtract(b.derivative());
        for (int i = 1; b.degree() > 0; i++) {
            Polynomial a = Polynomial.gcd(b, e);
            b = b.divide(a).quotient();
            c = e.divide(a).quotient();
            e = c.subtract(b.derivative());
            Spectrum s = squareFree(a);
            right += i * s.right;
            axis += i * s.axis;
            left += i * s.left;
        }
        return new Spectrum(right, axis, left);
    }

    private static Spectrum squareFree(Polynomial a) {
        if (a.degree() <= 0) {
            return new Spectrum(0, 0, 0);
        }
        Polynomial g = Polynomial.gcd(a, a.reflect());
        int axis = 0;
        int pairs = 0;
        if (g.degree() > 0) {
            int e = g.coefficient(0).isZero() ? 1 : 0;
            List<Rational> even = new ArrayList<>();
            for (int k = e; k <= g.degree(); k += 2) {
                even.add(g.coefficient(k));
            }
            Polynomial h = Polynomial.of(even);
            int negative = rootsBelow(h, Rational.ZERO);
            axis = e + 2 * negative;
            pairs = h.degree() - negative;
        }
        Polynomial f = a.divide(g).quotient();
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
            Polynomial r = Polynomial.of(re);
            Polynomial i = Polynomial.of(im);
            // n even: nL - nR = -Ind(I/R); n odd: nL - nR = Ind(R/I)
            int difference = n % 2 == 0 ? -cauchyIndex(i, r) : cauchyIndex(r, i);
            right = (n - difference) / 2;
        }
        int left = n - right;
        return new Spectrum(right + pairs, axis, left + pairs);
    }

    /** The Cauchy index of {@code q/p} over the real line: {@code V(-∞) - V(+∞)} of the chain {@code p, q, -rem, ...}. */
    private static int cauchyIndex(Polynomial q, Polynomial p) {
        List<Polynomial> chain = Polynomial.remainderChain(p, q);
        return Polynomial.variationsAtInfinity(chain, false) - Polynomial.variationsAtInfinity(chain, true);
    }

    /** Distinct real roots of a square-free {@code h} in {@code (-∞, to)}, {@code h(to) != 0}. */
    private static int rootsBelow(Polynomial h, Rational to) {
        if (h.degree() <= 0) {
            return 0;
        }
        List<Polynomial> chain = h.sturm();
        return Polynomial.variationsAtInfinity(chain, false) - Polynomial.variations(chain, to);
    }
}
