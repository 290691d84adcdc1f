package org.stencilforge.codegen;

import java.math.BigInteger;
import java.util.Locale;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * The IEEE 754 binary format generated code computes in: its arrays, scalars and
 * literals. Every coefficient is the exact weight rounded once, to nearest with ties
 * to even, straight to the format's significand ({@link #round}); a single-precision
 * literal is never the double of the weight rounded again to a float, which can land
 * on the wrong side of a tie (double rounding).
 */
public enum Precision {
    /** binary32: Java and C {@code float}, Fortran {@code real(real32)}, NumPy {@code float32}. */
    SINGLE(24, -149, 127),
    /** binary64: Java and C {@code double}, Fortran {@code real(real64)}, NumPy {@code float64}. */
    DOUBLE(53, -1074, 1023);

    private final int bits;
    private final int minExponent;
    private final int maxExponent;

    Precision(int bits, int minExponent, int maxExponent) {
        this.bits = bits;
        this.minExponent = minExponent;
        this.maxExponent = maxExponent;
    }

    /** @return {@code single} or {@code double}: the {@code --precision} label */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the bits of the significand, the hidden one included: 24 or 53 */
    public int bits() {
        return bits;
    }

    /**
     * @return half the smallest subnormal, {@code 2^(minExponent - 1)}, exactly: every real number of
     *     smaller magnitude rounds to zero (and the half itself ties to the even zero)
     */
    public java.math.BigDecimal zeroBound() {
        return new java.math.BigDecimal(BigInteger.ONE).divide(new java.math.BigDecimal(BigInteger.TWO.pow(1 - minExponent)));
    }

    /** @return {@code 2^bits}: every integer of at most this magnitude is exactly a value of the format */
    public BigInteger exactIntegers() {
        return BigInteger.TWO.pow(bits);
    }

    /**
     * The exact rational rounded to nearest, ties to even, in this format: {@code m 2^e}
     * with {@code m < 2^bits} and {@code e} at least the subnormal exponent, computed on
     * integers from {@code q} itself.
     *
     * @param q an exact rational
     * @return its correctly rounded value in this format, as a double (exactly, for single)
     * @throws StencilforgeException if it is past the largest finite value of the format
     */
    public double round(Rational q) {
        if (q.isZero()) {
            return 0.0;
        }
        BigInteger p = q.numerator().abs();
        BigInteger d = q.denominator();
        // e with 2^(bits-1) <= p/d / 2^e < 2^bits, or the subnormal exponent
        int e = p.bitLength() - d.bitLength() - bits;
        if (scaledFloor(p, d, e).bitLength() > bits) {
            e++;
        }
        e = Math.max(e, minExponent);
        BigInteger num = e >= 0 ? p : p.shiftLeft(-e);
        BigInteger den = e >= 0 ? d.shiftLeft(e) : d;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger m = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(den);
        if (half > 0 || half == 0 && m.testBit(0)) {
            m = m.add(BigInteger.ONE);
        }
        if (m.bitLength() + e - 1 > maxExponent) {
            throw new StencilforgeException("the weight " + q + " is past the largest finite " + label()
                    + " precision number; use --precision double, or a smaller derivative or spacing");
        }
        double magnitude = Math.scalb(m.doubleValue(), e); // m < 2^53 and m 2^e a double: exact
        return q.signum() < 0 ? -magnitude : magnitude;
    }

    /** @return {@code floor(p / (d 2^e))} */
    private static BigInteger scaledFloor(BigInteger p, BigInteger d, int e) {
        return e >= 0 ? p.divide(d.shiftLeft(e)) : p.shiftLeft(-e).divide(d);
    }

    /**
     * @param value a value of this format (a float widened exactly, for single)
     * @return whether it is one
     */
    boolean holds(double value) {
        return this == DOUBLE || (double) (float) value == value || !Double.isFinite(value);
    }
}
