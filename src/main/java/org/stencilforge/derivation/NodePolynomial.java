package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * The node polynomial {@code ω(u) = Π_l (u - a_l)} of distinct rational offsets
 * {@code s_l} written as integers {@code a_l = D s_l} over their least common
 * denominator {@code D}, kept only as far as a stencil needs it: its low
 * coefficients {@code ω_0..ω_L} (they give every Lagrange numerator up to degree
 * {@code L - 1}) and, on demand, its high coefficients {@code ω_{N-1}, ω_{N-2}, ...}
 * (they give the complete homogeneous symmetric polynomials of the nodes, which
 * give the truncation error in closed form). Immutable.
 *
 * <p>Both ends are computed as balanced products of the linear factors truncated
 * after the degree needed, so that big factors meet late and nothing past that
 * degree is ever formed.
 */
public final class NodePolynomial {

    private final BigInteger scale;
    private final BigInteger[] a;
    private final BigInteger[] low;

    /**
     * @param offsets distinct offsets (not checked here), at least one
     * @param lowDegree the highest low coefficient kept, {@code L >= 0}
     */
    public NodePolynomial(List<Rational> offsets, int lowDegree) {
        scale = Rational.commonDenominator(offsets);
        a = new BigInteger[offsets.size()];
        for (int j = 0; j < a.length; j++) {
            a[j] = offsets.get(j).timesMultipleOfDenominator(scale);
        }
        BigInteger[] constants = new BigInteger[a.length];
        BigInteger[] ones = new BigInteger[a.length];
        for (int j = 0; j < a.length; j++) {
            constants[j] = a[j].negate();
            ones[j] = BigInteger.ONE;
        }
        low = truncatedProduct(constants, ones, 0, a.length, lowDegree);
    }

    /** @return {@code D}, the common denominator of the offsets */
    public BigInteger scale() {
        return scale;
    }

    /** @return {@code N}, the number of nodes */
    public int size() {
        return a.length;
    }

    /** @return {@code a_j = D s_j} */
    public BigInteger node(int j) {
        return a[j];
    }

    /** @return {@code L}, the highest low coefficient kept */
    public int lowDegree() {
        return low.length - 1;
    }

    /**
     * @param k a degree in {@code 0..L}
     * @return {@code ω_k}, the coefficient of {@code u^k}
     */
    public BigInteger low(int k) {
        return low[k];
    }

    /**
     * The low coefficients of the Lagrange numerator {@code P_j(u) = ω(u) / (u - a_j)},
     * by one synthetic division from the bottom: {@code ω_k = p_{k-1} - a_j p_k}
     * gives {@code p_0 = -ω_0 / a_j} and {@code p_k = (p_{k-1} - ω_k) / a_j}, each
     * division exact; for {@code a_j = 0}, {@code p_k = ω_{k+1}}.
     *
     * @param j a node
     * @param degree the highest coefficient wanted, below {@code L}
     * @return {@code p_0..p_degree}
     */
    public BigInteger[] numerator(int j, int degree) {
        BigInteger[] p = new BigInteger[degree + 1];
        BigInteger aj = a[j];
        if (aj.signum() == 0) {
            for (int k = 0; k <= degree; k++) {
                p[k] = low[k + 1];
            }
            return p;
        }
        BigInteger previous = BigInteger.ZERO;
        for (int k = 0; k <= degree; k++) {
            previous = previous.subtract(low[k]).divide(aj);
            p[k] = previous;
        }
        return p;
    }

    /**
     * @param j a node
     * @return {@code Q_j = ω'(a_j) = Π_{l≠j} (a_j - a_l)}, as a balanced product
     */
    public BigInteger derivativeAt(int j) {
        return differences(j).product();
    }

    /**
     * The weight {@code factor p / Q_j} of node {@code j}, reduced: the gcd of
     * {@code factor p} with {@code Q_j} is taken down the product tree of the
     * differences {@code a_j - a_l} ({@link Tree#gcd}), so no gcd of two long
     * numbers is ever computed; the fraction left is already reduced.
     *
     * @param j a node
     * @param numerators the numerators {@code factor_k p_k}, each to be put over {@code Q_j}
     * @return the reduced weights, in the order of {@code numerators}
     */
    public Rational[] reduced(int j, BigInteger[] numerators) {
        Tree tree = differences(j);
        BigInteger q = tree.product();
        BigInteger sign = BigInteger.valueOf(q.signum());
        BigInteger magnitude = q.abs();
        Rational[] out = new Rational[numerators.length];
        for (int k = 0; k < numerators.length; k++) {
            BigInteger x = numerators[k];
            if (x.signum() == 0) {
                out[k] = Rational.ZERO;
                continue;
            }
            BigInteger g = tree.gcd(x.abs());
            // x / g and |q| / g are coprime (g is their gcd): no second gcd
            out[k] = g.equals(BigInteger.ONE) ? Rational.ofCoprime(x.multiply(sign), magnitude)
                    : Rational.ofCoprime(x.divide(g).multiply(sign), magnitude.divide(g));
        }
        return out;
    }

    private Tree differences(int j) {
        BigInteger[] differences = new BigInteger[a.length - 1];
        for (int l = 0, t = 0; l < a.length; l++) {
            if (l != j) {
                differences[t++] = a[j].subtract(a[l]);
            }
        }
        return Tree.of(differences, 0, differences.length);
    }

    /**
     * A product tree of small integers: leaves of a few factors, each inner node
     * the product of its two children.
     */
    private record Tree(BigInteger value, Tree left, Tree right) {

        static Tree of(BigInteger[] v, int from, int to) {
            if (to - from <= 8) {
                BigInteger p = BigInteger.ONE;
                for (int i = from; i < to; i++) {
                    p = p.multiply(v[i]);
                }
                return new Tree(p, null, null);
            }
            int mid = (from + to) >>> 1;
            Tree l = of(v, from, mid);
            Tree r = of(v, mid, to);
            return new Tree(l.value.multiply(r.value), l, r);
        }

        /** @return the signed product of the factors */
        BigInteger product() {
            return value;
        }

        /**
         * {@code gcd(x, |P|)} for the product {@code P} of this tree, by
         * {@code gcd(x, L R) = g · gcd(x / g, R)} with {@code g = gcd(x, L)} (since
         * {@code x / g} and {@code L / g} are coprime), working on {@code x}
         * modulo the products: {@code (x mod gR) / g ≡ x / g (mod R)}. Each step is
         * a division of numbers of the size of the subtree, so the cost is that of a
         * few products of {@code P}, not a quadratic gcd on it.
         *
         * @param x a non-negative integer
         */
        BigInteger gcd(BigInteger x) {
            BigInteger p = value.abs();
            BigInteger r = x.compareTo(p) >= 0 ? x.mod(p) : x;
            if (r.signum() == 0) {
                return p;
            }
            if (left == null) {
                return r.gcd(p);
            }
            BigInteger g1 = left.gcd(r);
            BigInteger s = g1.equals(BigInteger.ONE) ? r : r.mod(g1.multiply(right.value.abs())).divide(g1);
            return g1.multiply(right.gcd(s));
        }
    }

    /**
     * The complete homogeneous symmetric polynomials {@code h_k(a_1..a_N)},
     * {@code k = 0..count-1}: the coefficients of {@code 1 / Π_l (1 - a_l x)}, so
     * {@code h_0 = 1} and {@code h_k = -Σ_{i=1..k} ω_{N-i} h_{k-i}} from the high
     * coefficients of {@code ω} (computed here, truncated after {@code count - 1}).
     *
     * @param count how many, at least 1
     * @return {@code h_0..h_{count-1}}
     */
    public BigInteger[] completeHomogeneous(int count) {
        BigInteger[] ones = new BigInteger[a.length];
        BigInteger[] minus = new BigInteger[a.length];
        for (int j = 0; j < a.length; j++) {
            ones[j] = BigInteger.ONE;
            minus[j] = a[j].negate();
        }
        // Π (1 - a_l x): its coefficient of x^i is ω_{N-i}
        BigInteger[] high = truncatedProduct(ones, minus, 0, a.length, count - 1);
        BigInteger[] h = new BigInteger[count];
        h[0] = BigInteger.ONE;
        for (int k = 1; k < count; k++) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 1; i <= k && i < high.length; i++) {
                if (high[i].signum() != 0) {
                    s = s.add(high[i].multiply(h[k - i]));
                }
            }
            h[k] = s.negate();
        }
        return h;
    }

    /**
     * {@code Π_{l in [from, to)} (c_l + d_l x)} truncated after {@code x^degree},
     * balanced; the result has {@code min(degree, to - from) + 1} coefficients
     * (at least 1), padded with zeros to {@code degree + 1} at the top level.
     */
    private static BigInteger[] truncatedProduct(BigInteger[] c, BigInteger[] d, int from, int to, int degree) {
        BigInteger[] p = productOf(c, d, from, to, degree);
        if (p.length < degree + 1) {
            BigInteger[] padded = Arrays.copyOf(p, degree + 1);
            Arrays.fill(padded, p.length, padded.length, BigInteger.ZERO);
            return padded;
        }
        return p;
    }

    private static BigInteger[] productOf(BigInteger[] c, BigInteger[] d, int from, int to, int degree) {
        if (to - from <= 16) {
            BigInteger[] p = new BigInteger[Math.min(degree, to - from) + 1];
            Arrays.fill(p, BigInteger.ZERO);
            p[0] = BigInteger.ONE;
            int length = 1; // coefficients of the product so far, at most degree + 1
            for (int l = from; l < to; l++) {
                int grown = Math.min(length + 1, degree + 1);
                if (grown > length) {
                    p[length] = d[l].equals(BigInteger.ONE) ? p[length - 1] : p[length - 1].multiply(d[l]);
                }
                for (int k = length - 1; k > 0; k--) {
                    p[k] = p[k].multiply(c[l]).add(d[l].equals(BigInteger.ONE) ? p[k - 1] : p[k - 1].multiply(d[l]));
                }
                p[0] = p[0].multiply(c[l]);
                length = grown;
            }
            return p;
        }
        int mid = (from + to) >>> 1;
        BigInteger[] left = productOf(c, d, from, mid, degree);
        BigInteger[] right = productOf(c, d, mid, to, degree);
        BigInteger[] p = new BigInteger[Math.min(degree, left.length + right.length - 2) + 1];
        Arrays.fill(p, BigInteger.ZERO);
        for (int i = 0; i < left.length; i++) {
            if (left[i].signum() == 0) {
                continue;
            }
            for (int k = 0; k < right.length && i + k < p.length; k++) {
                if (right[k].signum() != 0) {
                    p[i + k] = p[i + k].add(left[i].multiply(right[k]));
                }
            }
        }
        return p;
    }

    /** The product of {@code v[from..to)}, balanced so that big factors meet late. */
    public static BigInteger product(BigInteger[] v, int from, int to) {
        if (to - from <= 8) {
            BigInteger p = BigInteger.ONE;
            for (int i = from; i < to; i++) {
                p = p.multiply(v[i]);
            }
            return p;
        }
        int mid = (from + to) >>> 1;
        return product(v, from, mid).multiply(product(v, mid, to));
    }
}
