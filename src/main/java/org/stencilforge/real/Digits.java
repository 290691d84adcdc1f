package org.stencilforge.real;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.stencilforge.arithmetic.Rational;

/**
 * Decimal expansions of {@code D} significant digits, correctly rounded (half to
 * even): of exact rationals by integer arithmetic, and of balls only when both
 * ends of the ball round to the same {@code D} digits, so that every printed
 * digit is right. Stateless.
 *
 * <p>Spelling: plain ({@code -0.0012345}, {@code 1.000}) for decimal exponents
 * {@code -7 < e < D}, else scientific ({@code 1.2345e-9}, {@code 6.02e23}); always
 * exactly {@code D} significant digits, trailing zeros kept; zero is {@code 0}.
 */
public final class Digits {

    /** The fewest digits a user may ask for. */
    public static final int MIN = 1;
    /** The most digits a user may ask for. */
    public static final int MAX = 1000;

    private Digits() {
    }

    /** A ball that holds 0 and is narrower than {@code 10^-(D+20)} is printed as {@code 0}. */
    public static int zeroDigits(int digits) {
        return digits + 20;
    }

    /**
     * @param value a ball
     * @param digits {@code D}
     * @return the correctly rounded expansion, or {@code null} when the ball does not settle it
     */
    public static String of(Ball value, int digits) {
        if (value.containsZero()) {
            return value.rad().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-zeroDigits(digits))) < 0
                    && value.mid().abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-zeroDigits(digits))) < 0 ? "0" : null;
        }
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal lo = value.lower().round(mc);
        BigDecimal hi = value.upper().round(mc);
        return lo.compareTo(hi) == 0 ? spell(lo, digits) : null;
    }

    /**
     * @param value an exact rational
     * @param digits {@code D}
     * @return its correctly rounded expansion to {@code D} significant digits
     */
    public static String of(Rational value, int digits) {
        if (value.isZero()) {
            return "0";
        }
        BigInteger p = value.numerator().abs();
        BigInteger q = value.denominator();
        // e with 10^e <= p/q < 10^(e+1)
        int e = p.toString().length() - q.toString().length();
        if (compareScaled(p, q, e) < 0) {
            e--;
        }
        // N = round(p/q * 10^(D-1-e)), an integer of D digits (or 10^D after rounding up)
        int shift = digits - 1 - e;
        BigInteger num = shift >= 0 ? p.multiply(BigInteger.TEN.pow(shift)) : p;
        BigInteger den = shift >= 0 ? q : q.multiply(BigInteger.TEN.pow(-shift));
        BigInteger[] qr = num.divideAndRemainder(den);
        int half = qr[1].shiftLeft(1).compareTo(den);
        BigInteger n = qr[0];
        if (half > 0 || half == 0 && n.testBit(0)) {
            n = n.add(BigInteger.ONE);
        }
        BigDecimal rounded = new BigDecimal(n, shift).round(new MathContext(digits, RoundingMode.UNNECESSARY));
        return spell(value.signum() < 0 ? rounded.negate() : rounded, digits);
    }

    /** @return the sign of {@code p/q - 10^e} */
    private static int compareScaled(BigInteger p, BigInteger q, int e) {
        return e >= 0 ? p.compareTo(q.multiply(BigInteger.TEN.pow(e))) : p.multiply(BigInteger.TEN.pow(-e)).compareTo(q);
    }

    /** @return a decimal of at most {@code D} significant digits spelt with exactly {@code D} */
    static String spell(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            return "0";
        }
        int exponent = x.precision() - x.scale() - 1;
        BigDecimal full = x.setScale(digits - 1 - exponent, RoundingMode.UNNECESSARY);
        if (exponent > -7 && exponent < digits) {
            return full.toPlainString();
        }
        String unscaled = full.unscaledValue().abs().toString();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (x.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
