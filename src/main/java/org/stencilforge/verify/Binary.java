package org.stencilforge.verify;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * IEEE 754 binary formats, exactly: the nearest {@code double} or {@code float}
 * to a rational (ties to even, subnormals included) as the exact rational it is,
 * and the distance between two such values in representable steps (units in the
 * last place). All on {@code BigInteger}s; no floating-point arithmetic decides
 * a value.
 */
public enum Binary {
    /** IEEE binary64: 53 bits of precision, smallest step 2^-1074, largest finite value below 2^1024. */
    DOUBLE(53, -1074, 1024),
    /** IEEE binary32: 24 bits of precision, smallest step 2^-149, largest finite value below 2^128. */
    FLOAT(24, -149, 128);

    private final int precision;
    private final int minExponent;
    private final int maxExponent;

    Binary(int precision, int minExponent, int maxExponent) {
        this.precision = precision;
        this.minExponent = minExponent;
        this.maxExponent = maxExponent;
    }

    /** @return the bits of precision, 53 or 24 */
    public int precision() {
        return precision;
    }

    /**
     * The value of this format nearest to {@code x}, ties to even, as an exact rational.
     *
     * @param x any rational
     * @param what how to name the number in a message
     * @return the exact binary value
     * @throws StencilforgeException if it rounds past the largest finite value
     */
    public Rational round(Rational x, String what) {
        if (x.isZero()) {
            return Rational.ZERO;
        }
        BigInteger p = x.numerator().abs();
        BigInteger q = x.denominator();
        int e = p.bitLength() - q.bitLength() - precision;
        BigInteger[] qr = quotient(p, q, e);
        if (qr[0].bitLength() > precision) {
            qr = quotient(p, q, ++e);
        }
        if (e < minExponent) {
            e = minExponent;
            qr = quotient(p, q, e);
        }
        BigInteger mantissa = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(qr[2]);
        if (half > 0 || (half == 0 && mantissa.testBit(0))) {
            mantissa = mantissa.add(BigInteger.ONE);
        }
        if ((long) mantissa.bitLength() + e > maxExponent) {
            throw new StencilforgeException(what + " is past the largest finite " + label()
                    + " (about " + (this == DOUBLE ? "1.8e308" : "3.4e38") + "); a program cannot have printed it");
        }
        Rational magnitude = e >= 0 ? Rational.of(mantissa.shiftLeft(e))
                : Rational.of(mantissa, BigInteger.ONE.shiftLeft(-e));
        return x.signum() < 0 ? magnitude.negate() : magnitude;
    }

    /** @return {quotient, remainder, divisor} of {@code p / (q 2^e)} */
    private static BigInteger[] quotient(BigInteger p, BigInteger q, int e) {
        BigInteger num = e >= 0 ? p : p.shiftLeft(-e);
        BigInteger den = e >= 0 ? q.shiftLeft(e) : q;
        BigInteger[] r = num.divideAndRemainder(den);
        return new BigInteger[] {r[0], r[1], den};
    }

    /** @return whether {@code x} is a value of this format */
    public boolean represents(Rational x) {
        try {
            return round(x, "x").equals(x);
        } catch (StencilforgeException e) {
            return false;
        }
    }

    /**
     * The number of representable steps between two values of this format (0 if
     * equal; {@code +0} and {@code -0} are the same value here).
     *
     * @param a a value of this format
     * @param b a value of this format
     * @return the steps, saturated at {@link Long#MAX_VALUE}
     */
    public long steps(Rational a, Rational b) {
        long ka = key(a);
        long kb = key(b);
        long d = ka - kb;
        if (((ka ^ kb) & (ka ^ d)) < 0) { // overflow
            return Long.MAX_VALUE;
        }
        return Math.abs(d);
    }

    /** A key that orders the values of the format like the values, one step apart. */
    private long key(Rational v) {
        if (this == DOUBLE) {
            long bits = Double.doubleToLongBits(exact(v));
            return bits < 0 ? Long.MIN_VALUE - bits : bits;
        }
        int bits = Float.floatToIntBits((float) exact(v));
        return bits < 0 ? Integer.MIN_VALUE - (long) bits : bits;
    }

    /** The double of a value of this format; exact, because every float is a double. */
    private static double exact(Rational v) {
        return v.toDouble();
    }

    /**
     * @param d a finite double
     * @return its exact value
     */
    public static Rational ofDouble(double d) {
        BigDecimal b = new BigDecimal(d);
        return b.scale() <= 0 ? Rational.of(b.toBigIntegerExact())
                : Rational.of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    /** @return {@code double} or {@code float} */
    public String label() {
        return this == DOUBLE ? "double" : "float";
    }
}
