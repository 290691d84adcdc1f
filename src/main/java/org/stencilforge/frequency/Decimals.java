package org.stencilforge.frequency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text of a number known only as an enclosure: the most significant digits (up to a
 * maximum) on which every point of the enclosure agrees when rounded half-even, so that every
 * printed digit is guaranteed. An enclosure holding 0 whose ends are below {@link #ZERO_BELOW}
 * prints as {@code 0}.
 */
final class Decimals {

    /** Enclosures of 0 narrower than this print as 0. */
    static final BigDecimal ZERO_BELOW = BigDecimal.ONE.movePointLeft(30);

    private Decimals() {
    }

    /**
     * @param v an enclosure
     * @param maxDigits the most significant digits to print
     * @return the digits common to the whole enclosure, or {@code null} if not even one is
     */
    static String of(Interval v, int maxDigits) {
        if (v.lo().signum() <= 0 && v.hi().signum() >= 0) {
            return v.lo().abs().max(v.hi().abs()).compareTo(ZERO_BELOW) < 0 ? "0" : null;
        }
        for (int d = maxDigits; d >= 1; d--) {
            MathContext mc = new MathContext(d, RoundingMode.HALF_EVEN);
            BigDecimal a = v.lo().round(mc);
            BigDecimal b = v.hi().round(mc);
            if (a.compareTo(b) == 0) {
                // the whole enclosure rounds to a only if no rounding boundary lies inside it
                return text(a);
            }
        }
        return null;
    }

    /** @return plain notation for moderate magnitudes, else {@code d.ddde-n} */
    static String text(BigDecimal x) {
        BigDecimal a = x.abs();
        if (a.signum() == 0) {
            return "0";
        }
        int exponent = a.precision() - a.scale() - 1;
        if (exponent >= -4 && exponent < 7) {
            return x.toPlainString();
        }
        BigDecimal mantissa = x.movePointLeft(exponent);
        return mantissa.toPlainString() + "e" + exponent;
    }
}
