package org.stencilforge.verify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.stencilforge.arithmetic.Rational;

/** Small exact helpers: the simplest fraction in an interval, and decimal approximations for reports. */
public final class Fractions {

    private Fractions() {
    }

    /**
     * The simplest rational in {@code [lo, hi]} (least denominator, then least
     * numerator in magnitude), by continued fractions.
     *
     * @param lo the lower end
     * @param hi the upper end, at least {@code lo}
     * @return the simplest rational between them
     */
    public static Rational simplest(Rational lo, Rational hi) {
        if (lo.signum() <= 0 && hi.signum() >= 0) {
            return Rational.ZERO;
        }
        if (hi.signum() < 0) {
            return simplest(hi.negate(), lo.negate()).negate();
        }
        // 0 < lo <= hi: iterate x = f + 1/x' keeping the continued fraction of the common prefix
        java.util.List<BigInteger> terms = new java.util.ArrayList<>();
        Rational l = lo;
        Rational h = hi;
        Rational last;
        while (true) {
            BigInteger f = floor(l);
            if (Rational.of(f).equals(l)) {
                last = Rational.of(f);
                break;
            }
            if (Rational.of(f.add(BigInteger.ONE)).compareTo(h) <= 0) {
                last = Rational.of(f.add(BigInteger.ONE));
                break;
            }
            terms.add(f);
            Rational nl = Rational.ONE.divide(h.subtract(Rational.of(f)));
            Rational nh = Rational.ONE.divide(l.subtract(Rational.of(f)));
            l = nl;
            h = nh;
        }
        Rational x = last;
        for (int i = terms.size() - 1; i >= 0; i--) {
            x = Rational.of(terms.get(i)).add(Rational.ONE.divide(x));
        }
        return x;
    }

    private static BigInteger floor(Rational x) {
        BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * @param x an exact number
     * @param digits significant digits
     * @return {@code x} in scientific notation rounded to {@code digits} digits,
     *     e.g. {@code 1.39e-17}, or {@code 0}; for reports only
     */
    public static String sci(Rational x, int digits) {
        if (x.isZero()) {
            return "0";
        }
        BigDecimal q = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()),
                new MathContext(digits, RoundingMode.HALF_EVEN));
        String s = q.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros().toString();
        if (!s.contains("E")) {
            BigDecimal b = q.stripTrailingZeros();
            if (b.abs().compareTo(new BigDecimal("1e-4")) >= 0 && b.abs().compareTo(new BigDecimal("1e6")) < 0) {
                return b.toPlainString();
            }
            int exp = b.precision() - b.scale() - 1;
            return b.movePointLeft(exp).toPlainString() + "e" + exp;
        }
        return s.replace("E+", "e").replace("E", "e");
    }
}
