package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * Estimates of the work a computation will do, made before it starts, so that
 * {@link Limits#checkWork} can refuse a request that would run for minutes or
 * exhaust memory. A unit of work is about a nanosecond of one core of the
 * 2-core development machine: the estimates count big-integer operations by
 * the 64-bit words they touch (a multiplication by a small number is linear,
 * a gcd or a conversion to decimal quadratic in the words) plus a fixed cost
 * per operation. They are meant to be right within a small factor, and to err
 * on the side of too much work.
 *
 * <p>Every estimate saturates at {@link #INFINITE} rather than overflowing.
 */
public final class Work {

    /** The largest estimate; any product past it is reported as this. */
    public static final long INFINITE = Long.MAX_VALUE / 4;

    /** Fixed cost of one big-integer or rational operation (allocation, dispatch). */
    public static final double OPERATION = 50;
    /** Per word of a multiplication by a number of one or two words, or of an addition. */
    static final double LINEAR = 5;
    /** Per word squared of a gcd (rational reduction). */
    static final double GCD = 60;
    /** Per word squared of a full multiplication or a conversion to decimal digits. */
    static final double QUADRATIC = 20;
    /** Per character of output text. */
    static final double CHARACTER = 20;
    /** Decimal digits per bit. */
    public static final double DIGITS_PER_BIT = 0.30103;

    private Work() {
    }

    /** @return {@code x} as a saturated estimate */
    public static long units(double x) {
        return x >= INFINITE || Double.isNaN(x) ? INFINITE : (long) Math.max(0, Math.ceil(x));
    }

    /** @return the words of a number of {@code bits} bits */
    static double words(double bits) {
        return bits / 64 + 1;
    }

    /** @return the cost of multiplying a number of {@code bits} bits by a small one */
    static double linear(double bits) {
        return OPERATION + LINEAR * words(bits);
    }

    /** @return the cost of reducing a fraction of {@code bits} bits */
    public static double gcd(double bits) {
        double w = words(bits);
        return OPERATION + GCD * w * w;
    }

    /** @return the cost of writing a number of {@code bits} bits in decimal */
    public static double decimal(double bits) {
        double w = words(bits);
        return OPERATION + QUADRATIC * w * w + CHARACTER * bits * DIGITS_PER_BIT;
    }

    /**
     * The number of monomials of total degree {@code n} in {@code d} variables,
     * {@code C(n+d-1, d-1)}: the multi-indices {@code α} with {@code |α| = n}.
     *
     * @param d the dimension, at least 1
     * @param n the degree, at least 0
     * @return the count, saturated at {@link #INFINITE}
     */
    public static long monomials(int d, long n) {
        return binomial(n + d - 1, d - 1);
    }

    /**
     * @param d the dimension, at least 1
     * @param n the degree, at least 0
     * @return the number of monomials of degree at most {@code n}, {@code C(n+d, d)}, saturated
     */
    public static long monomialsThrough(int d, long n) {
        return binomial(n + d, d);
    }

    /** {@code C(n, k)} exactly, saturated at {@link #INFINITE}. */
    static long binomial(long n, long k) {
        if (k < 0 || k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        BigInteger c = BigInteger.ONE;
        BigInteger cap = BigInteger.valueOf(INFINITE);
        for (long i = 1; i <= k; i++) {
            c = c.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
            if (c.compareTo(cap) >= 0) {
                return INFINITE;
            }
        }
        return c.longValueExact();
    }

    /**
     * @param values rationals
     * @return the largest bit length of the values written as integers over
     *     their common denominator, plus the bit length of that denominator
     */
    public static int integerBits(List<Rational> values) {
        BigInteger scale = Rational.commonDenominator(values);
        int bits = 0;
        for (Rational v : values) {
            bits = Math.max(bits, v.timesMultipleOfDenominator(scale).bitLength());
        }
        return bits;
    }

    /** @return the bit length of the common denominator of the values' denominators, or {@code cap} if larger */
    public static long commonDenominatorBits(List<Rational> values, long cap) {
        BigInteger l = BigInteger.ONE;
        for (Rational v : values) {
            BigInteger d = v.denominator();
            if (!d.equals(BigInteger.ONE)) {
                l = l.divide(l.gcd(d)).multiply(d);
                if (l.bitLength() > cap) {
                    return cap;
                }
            }
        }
        return l.bitLength();
    }

    /** Per word squared of the reduction of one weight down the product tree of {@code Q_j}. */
    static final double REDUCTION = 20;

    /**
     * The weights of every derivative order {@code 0..maxDerivative} on {@code n}
     * nodes ({@link Fornberg#weights}): the node polynomial's low coefficients,
     * per node one synthetic division, the product tree of {@code Q_j} and one
     * reduction per order, on numbers of {@code q = (n-1)(b+1)} bits.
     *
     * @param n the number of nodes
     * @param maxDerivative the highest derivative {@code M}
     * @param bits {@code b}, the bit length of the offsets over their common denominator
     * @return the estimated work
     */
    public static long fornberg(long n, long maxDerivative, long bits) {
        return nodePolynomial(n, maxDerivative, bits, maxDerivative + 1.0);
    }

    /**
     * The weights of one derivative order {@code m} on {@code n} nodes
     * ({@link Fornberg#weightsOf}, what a stencil needs): as {@link #fornberg}
     * with one reduction per node.
     *
     * @param n the number of nodes
     * @param m the derivative
     * @param bits {@code b}, the bit length of the offsets over their common denominator
     * @return the estimated work
     */
    public static long stencil(long n, long m, long bits) {
        return nodePolynomial(n, m, bits, 1);
    }

    private static long nodePolynomial(long n, long maxDerivative, long bits, double reductions) {
        double q = (n - 1.0) * (bits + 1.0);
        double width = maxDerivative + 2.0;
        double w = words(q);
        double omega = n * width * linear(q / 2) + width * width * QUADRATIC * w * w / 4;
        double divisions = n * width * linear(q);
        double products = n * (n * OPERATION / 2 + QUADRATIC * w * w / 4);
        double reduce = n * reductions * (REDUCTION * w * w + 2 * OPERATION);
        return units(omega + divisions + products + reduce);
    }

    /**
     * The size of the weights of Fornberg's algorithm, before any reduction
     * ({@code q = (n-1)(b+1)} bits each, numerator and denominator).
     *
     * @param n the number of nodes
     * @param maxDerivative the derivative {@code M}
     * @param bits the bit length of the offsets over their common denominator
     * @return an upper bound on the bits of one weight
     */
    public static double weightBits(long n, long maxDerivative, long bits) {
        return 2 * ((n - 1.0) * (bits + 1.0)) + maxDerivative * (Math.log(maxDerivative + 1.0) / Math.log(2) + bits);
    }

    /**
     * @param n the number of consecutive integer offsets
     * @param m the derivative
     * @return the bits of a weight on them, reduced numerator and denominator:
     *     about {@code n log2 n / 2}, far less than {@link #weightBits} for offsets in general position
     */
    public static double uniformWeightBits(long n, long m) {
        double log = Math.log(n + 1.0) / Math.log(2);
        return n * log / 2 + m * log + 64;
    }

    /**
     * The 1-D truncation error of a stencil derived on all its nodes, in closed
     * form ({@code TruncationError.ofInterpolating}): the {@code m + 1} low
     * coefficients of the node polynomial, the complete homogeneous polynomials
     * {@code h_k} for about {@code 2K + m + 4} degrees (symmetric stencils have
     * every other term zero), per degree {@code m + 1} products with the long low
     * coefficients and one reduction by a short divisor, and writing the weights
     * and terms out as {@link #lineAnalysis} does.
     *
     * @param n the number of nodes
     * @param m the derivative
     * @param terms {@code K}, the error terms listed
     * @param offsetBits the bit length of the offsets over their common denominator
     * @param scaleBits the bit length of the weights' common denominator
     * @param weightBits the bit length of the largest weight, numerator and denominator
     * @return the estimated work, output included
     */
    public static long interpolatingAnalysis(long n, long m, long terms, double offsetBits, double scaleBits,
            double weightBits) {
        double degrees = 2.0 * terms + m + 4;
        double q = n * (offsetBits + 1.0);
        double omega = n * (m + 2.0) * linear(q / 2) + (m + 2.0) * (m + 2.0) * QUADRATIC * words(q) * words(q) / 4;
        double hBits = degrees * (offsetBits + Math.log(n + degrees) / Math.log(2));
        double h = n * degrees * linear(hBits) + 2 * degrees * degrees * linear(hBits);
        double divisor = degrees * (offsetBits + Math.log(n + degrees + 1) / Math.log(2)) + q;
        double coefficients = degrees * (m + 1.0) * (linear(q + hBits) + QUADRATIC * words(hBits) * words(q))
                + (terms + 1.0) * (gcd(divisor) + linear(q + hBits) * words(divisor));
        double output = n * (2 * decimal(scaleBits + weightBits) + decimal(weightBits))
                + (terms + 1.0) * decimal(q + hBits + divisor);
        return units(omega + h + coefficients + output);
    }

    /**
     * The 1-D truncation error: the moments {@code Σ v_j a_j^k} for {@code k}
     * up to about {@code n + m + 2K} (a symmetric stencil has every other term
     * zero), each power one multiplication from the last, a reduction per
     * non-zero term, and writing the weights and terms out.
     *
     * @param n the number of nodes
     * @param m the derivative
     * @param terms {@code K}, the error terms listed
     * @param offsetBits the bit length of the offsets over their common denominator
     * @param scaleBits the bit length of the weights' common denominator
     * @param weightBits the bit length of the largest weight, numerator and denominator
     * @return the estimated work, output included
     */
    public static long lineAnalysis(long n, long m, long terms, double offsetBits, double scaleBits,
            double weightBits) {
        double degrees = n + m + 2.0 * terms + 2;
        double last = scaleBits + weightBits + degrees * (offsetBits + 1);
        double moments = degrees * n * (linear(last / 2) + LINEAR * words(last));
        double divisor = scaleBits + degrees * (offsetBits + Math.log(degrees + 1) / Math.log(2));
        double reductions = (terms + 1.0) * gcd(Math.max(last, divisor)) + degrees * OPERATION;
        // the text formula writes every weight over the common denominator, and the table writes it again
        double output = n * (2 * decimal(scaleBits + weightBits) + decimal(weightBits))
                + (terms + 1.0) * decimal(divisor);
        return units(moments + reductions + output);
    }

    /**
     * The truncation error in {@code d} dimensions: every residual of degree up
     * to {@code maxDegree} ({@code C(maxDegree + d, d)} monomials), each a sum
     * over the points and a reduction, and writing them out.
     *
     * @param d the dimension
     * @param n the number of points
     * @param maxDegree the highest degree the analysis reaches
     * @param coordinateBits the bit length of the coordinates over their common denominator
     * @param weightBits the bit length of the weights' common denominator plus the largest weight
     * @return the estimated work
     */
    public static long gridAnalysis(int d, long n, long maxDegree, double coordinateBits, double weightBits) {
        long count = monomialsThrough(d, maxDegree);
        double bits = weightBits + maxDegree * (coordinateBits + 1);
        double perMonomial = n * (2 * OPERATION + LINEAR * words(bits) + d * OPERATION) + gcd(bits)
                + decimal(bits) / 4;
        return units(count * perMonomial + n * decimal(weightBits) * d);
    }

    /**
     * Solving the Taylor conditions on {@code n} points in {@code d} dimensions
     * ({@link MomentSolver}): the conditions of each degree up to about
     * {@code degree} and the further monomials up to {@code reducedDegree} are
     * evaluated at every point and reduced modulo a prime against up to
     * {@code n} others, then the system is solved by p-adic lifting
     * ({@link org.stencilforge.linear.ExactSolver}): the Gram matrix once, one
     * elimination modulo a prime, then per p-adic digit (twice as many as the
     * weights have 31-bit words, numerator and denominator, and up to twice that
     * again past the last doubling checkpoint) a triangular solve and a residual
     * of {@code n^2} word operations, the reconstructions and one exact check.
     *
     * @param d the dimension
     * @param n the number of points
     * @param degree the degree the conditions are expected to reach
     * @param reducedDegree the highest degree of monomials tried when choosing weights
     * @param coordinateBits the bit length of the coordinates over their common denominator
     * @param scatter how far the points are from a grid: the number of grid points their
     *     coordinates span ({@code Π_i} distinct values on axis {@code i}) over {@code n}; 1 for a box
     * @return the estimated work
     */
    public static long momentSolve(int d, long n, long degree, long reducedDegree, double coordinateBits,
            double scatter) {
        long rows = monomialsThrough(d, Math.max(degree + 1, reducedDegree));
        double monomialBits = Math.max(degree + 1, reducedDegree) * (coordinateBits + 1.0);
        double evaluate = rows * n * (d * OPERATION + LINEAR * words(monomialBits) + 2 * LINEAR * words(monomialBits));
        double echelon = 3.0 * rows * n * n;
        double solutionBits = solutionBits(d, n, degree, coordinateBits, scatter);
        double digits = 4 * (solutionBits / 31 + 2);
        double expansionBits = 31 * digits;
        double solve = n * n * (double) n * (1 + words(monomialBits)) + digits * (6.0 * n * n + n * linear(expansionBits));
        double reconstruct = 2 * n * (OPERATION + QUADRATIC * words(expansionBits) * words(expansionBits) / 4)
                + 4 * gcd(expansionBits);
        double check = 2.0 * n * n * linear(solutionBits);
        return units(evaluate + echelon + solve + reconstruct + check);
    }

    /**
     * The expected bits of the weights solved for on points in {@code d}
     * dimensions: Cramer's rule bounds them by {@code n} times the bits of a
     * monomial; symmetric points on a grid stay far below that (the 7×7×7 box
     * has weights of a few dozen bits), points in general position come close.
     *
     * @param d the dimension
     * @param n the number of points
     * @param degree the degree the conditions are expected to reach
     * @param coordinateBits the bit length of the coordinates over their common denominator
     * @param scatter the grid points spanned per point, at least 1
     * @return the expected bits of a weight
     */
    public static double solutionBits(int d, long n, long degree, double coordinateBits, double scatter) {
        double spread = Math.min(n, Math.sqrt(n) * Math.pow(Math.max(1, scatter), 1.0 / d));
        return 32 + spread * (degree + 1.0) * (coordinateBits + 1.0);
    }

    /**
     * @param d the dimension
     * @param n the number of points
     * @return the highest degree {@code q} with {@code C(q + d, d) <= n}: how far
     *     the Taylor conditions typically reach on {@code n} points in general position
     */
    public static long typicalDegree(int d, long n) {
        long q = 0;
        while (monomialsThrough(d, q + 1) <= n) {
            q++;
        }
        return q;
    }

    /** @return {@code a + b}, saturated */
    public static long plus(long a, long b) {
        return a >= INFINITE - b ? INFINITE : a + b;
    }

    /** @return {@code a * b} for non-negative values, saturated */
    public static long times(long a, long b) {
        return units((double) a * (double) b);
    }
}
