package org.stencilforge.arithmetic;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator}, immutable and always
 * reduced: the denominator is positive and shares no factor with the numerator,
 * so equal values have equal representations and {@link #equals} is value
 * equality.
 */
public final class Rational implements Comparable<Rational> {

    /** The rational 0. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** The rational 1. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * @param value an integer
     * @return the rational {@code value / 1}
     */
    public static Rational of(long value) {
        return of(BigInteger.valueOf(value));
    }

    /**
     * @param value an integer
     * @return the rational {@code value / 1}
     */
    public static Rational of(BigInteger value) {
        return value.signum() == 0 ? ZERO : new Rational(value, BigInteger.ONE);
    }

    /**
     * @param numerator any integer
     * @param denominator a non-zero integer
     * @return the reduced rational {@code numerator / denominator}
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * @param numerator any integer
     * @param denominator a non-zero integer
     * @return the reduced rational {@code numerator / denominator}
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE)) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        return new Rational(numerator, denominator);
    }

    /**
     * The rational {@code numerator / denominator} from parts the caller has
     * already reduced, without the gcd that {@link #of(BigInteger, BigInteger)}
     * would compute again: for derivations that reduce their own fractions more
     * cheaply (e.g. down a product tree of the denominator).
     *
     * <p><b>Precondition, not checked here</b> (it costs a gcd, the very work
     * this factory saves): {@code denominator > 0} and
     * {@code gcd(numerator, denominator) = 1}, and {@code denominator = 1} if
     * {@code numerator = 0}. A violation gives a number whose {@link #equals}
     * is no longer value equality; the tests of every caller assert the
     * precondition on their results ({@link #isCanonical}).
     *
     * @param numerator any integer, coprime to {@code denominator}
     * @param denominator a positive integer, coprime to {@code numerator}
     * @return the rational {@code numerator / denominator}
     */
    public static Rational ofCoprime(BigInteger numerator, BigInteger denominator) {
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Rational(numerator, denominator);
    }

    /**
     * @return whether this number is in lowest terms with a positive
     *     denominator, as every rational made by {@link #of} is: for tests of
     *     callers of {@link #ofCoprime}
     */
    public boolean isCanonical() {
        return denominator.signum() > 0 && numerator.gcd(denominator).equals(BigInteger.ONE)
                && (numerator.signum() != 0 || denominator.equals(BigInteger.ONE));
    }

    /** @return the numerator; its sign is the sign of this number */
    public BigInteger numerator() {
        return numerator;
    }

    /** @return the denominator, always positive */
    public BigInteger denominator() {
        return denominator;
    }

    /** @return -1, 0 or 1 as this number is negative, zero or positive */
    public int signum() {
        return numerator.signum();
    }

    /** @return whether this number is zero */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** @return whether the denominator is 1 */
    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /**
     * @param other the addend
     * @return {@code this + other}
     */
    public Rational add(Rational other) {
        if (isInteger() && other.isInteger()) {
            return of(numerator.add(other.numerator));
        }
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        if (isInteger() || other.isInteger()) { // p/q + n = (p + n q)/q, still reduced
            Rational f = isInteger() ? other : this;
            BigInteger n = isInteger() ? numerator : other.numerator;
            return ofCoprime(f.numerator.add(n.multiply(f.denominator)), f.denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * @param other the subtrahend
     * @return {@code this - other}
     */
    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    /**
     * @param other the factor
     * @return {@code this * other}
     */
    public Rational multiply(Rational other) {
        return product(numerator, denominator, other.numerator, other.denominator);
    }

    /**
     * {@code (a/b)(c/d)} for reduced {@code a/b} and {@code c/d} with
     * {@code b, d > 0}, by cross-cancellation (Knuth, TAOCP 2, 4.5.1): with
     * {@code g = gcd(a, d)} and {@code h = gcd(c, b)}, {@code (a/g)(c/h)} and
     * {@code (b/h)(d/g)} are coprime, so two gcds of the factors replace one of
     * the products.
     */
    private static Rational product(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
        if (a.signum() == 0 || c.signum() == 0) {
            return ZERO;
        }
        BigInteger g = d.equals(BigInteger.ONE) ? BigInteger.ONE : a.gcd(d);
        BigInteger h = b.equals(BigInteger.ONE) ? BigInteger.ONE : c.gcd(b);
        if (!g.equals(BigInteger.ONE)) {
            a = a.divide(g);
            d = d.divide(g);
        }
        if (!h.equals(BigInteger.ONE)) {
            c = c.divide(h);
            b = b.divide(h);
        }
        return ofCoprime(a.multiply(c), b.multiply(d));
    }

    /**
     * @param other a non-zero divisor
     * @return {@code this / other}
     * @throws ArithmeticException if {@code other} is zero
     */
    public Rational divide(Rational other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        return other.numerator.signum() > 0 ? product(numerator, denominator, other.denominator, other.numerator)
                : product(numerator.negate(), denominator, other.denominator, other.numerator.negate());
    }

    /** @return {@code -this} */
    public Rational negate() {
        return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
    }

    /** @return {@code |this|} */
    public Rational abs() {
        return numerator.signum() < 0 ? negate() : this;
    }

    /**
     * @param exponent a non-negative power
     * @return {@code this^exponent}
     */
    public Rational pow(int exponent) {
        return new Rational(numerator.pow(exponent), denominator.pow(exponent));
    }

    /**
     * @param values any rationals
     * @return the least common multiple of their denominators (1 for none)
     */
    public static BigInteger commonDenominator(Iterable<Rational> values) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational v : values) {
            lcm = lcm.divide(lcm.gcd(v.denominator)).multiply(v.denominator);
        }
        return lcm;
    }

    /**
     * @param multiple a multiple of this number's denominator, such as a
     *     {@link #commonDenominator}
     * @return the integer {@code this * multiple}
     */
    public BigInteger timesMultipleOfDenominator(BigInteger multiple) {
        return numerator.multiply(multiple.divide(denominator));
    }

    /**
     * The double nearest to this number, ties to even, as {@code (double) p/q}
     * would be if the division were exact: for output only (double literals,
     * CSV columns), never for a derivation.
     *
     * @return the correctly rounded double; infinite past {@link Double#MAX_VALUE}
     */
    public double toDouble() {
        if (isZero()) {
            return 0.0;
        }
        BigInteger p = numerator.abs();
        // scale so that the quotient has 53 or 54 bits, then exactly 53 (fewer if subnormal)
        int e = p.bitLength() - denominator.bitLength() - 53;
        BigInteger[] qr = scaledQuotient(p, e);
        if (qr[0].bitLength() > 53) {
            qr = scaledQuotient(p, ++e);
        }
        if (e < -1074) { // subnormal: the last bit of precision is 2^-1074
            e = -1074;
            qr = scaledQuotient(p, e);
        }
        BigInteger mantissa = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(qr[2]); // 2 remainder vs divisor
        if (half > 0 || (half == 0 && mantissa.testBit(0))) {
            mantissa = mantissa.add(BigInteger.ONE);
        }
        double magnitude = e > 971 ? Double.POSITIVE_INFINITY : Math.scalb(mantissa.doubleValue(), e);
        return numerator.signum() < 0 ? -magnitude : magnitude;
    }

    /** @return {quotient, remainder, divisor} of {@code p / (denominator 2^e)} */
    private BigInteger[] scaledQuotient(BigInteger p, int e) {
        BigInteger num = e >= 0 ? p : p.shiftLeft(-e);
        BigInteger den = e >= 0 ? denominator.shiftLeft(e) : denominator;
        BigInteger[] qr = num.divideAndRemainder(den);
        return new BigInteger[] {qr[0], qr[1], den};
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** @return {@code "p/q"}, or {@code "p"} for an integer */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
