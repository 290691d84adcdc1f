package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.util.Locale;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * The upper end {@code b} of the band {@code [0, b]} of a design, in radians per
 * sample, {@code 0 < b <= π}: an exact rational, or an exact rational times
 * {@code π}.
 *
 * @param factor the rational {@code r}
 * @param timesPi whether {@code b = r π} rather than {@code b = r}
 */
public record Band(Rational factor, boolean timesPi) {

    /** Tam and Webb's band, {@code π/2}. */
    public static final Band HALF_PI = new Band(Rational.of(1, 2), true);

    /** {@code π} as an exact rational upper bound, {@code 355/113 > π}, for the range check of a plain number. */
    private static final Rational PI_ABOVE = Rational.of(355, 113);
    /** {@code 333/106 < π}. */
    private static final Rational PI_BELOW = Rational.of(333, 106);

    /**
     * @param text what the user typed: a number ({@code 1.1}, {@code 3/2}) or a multiple of
     *     {@code pi} ({@code pi/2}, {@code 0.4pi}, {@code 3*pi/4}, {@code 2pi/5})
     * @return the band
     * @throws StencilforgeException if it does not parse or is not in {@code (0, π]}
     */
    public static Band parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Band band;
        int pi = t.indexOf("pi");
        try {
            if (pi < 0) {
                band = new Band(RationalParser.parse(t), false);
            } else {
                String before = t.substring(0, pi);
                String after = t.substring(pi + 2);
                before = before.endsWith("*") ? before.substring(0, before.length() - 1) : before;
                Rational r = before.isEmpty() ? Rational.ONE : RationalParser.parse(before);
                if (!after.isEmpty()) {
                    require(after.startsWith("/") && !after.substring(1).contains("/"), "bad band");
                    r = r.divide(RationalParser.parse(after.substring(1)));
                }
                band = new Band(r, true);
            }
        } catch (StencilforgeException | ArithmeticException e) {
            throw new StencilforgeException("--band " + RationalParser.quote(text) + " is not a band: give a number of"
                    + " radians (1.1) or a multiple of pi (pi/2, 0.4pi, 3*pi/4)");
        }
        boolean positive = band.factor.signum() > 0;
        boolean belowPi = band.timesPi ? band.factor.compareTo(Rational.ONE) <= 0
                : band.factor.compareTo(PI_BELOW) <= 0;
        require(positive && (belowPi || !band.timesPi && band.factor.compareTo(PI_ABOVE) < 0
                && band.checkedBelowPi()), "--band " + RationalParser.quote(text) + " is out of range: the band"
                + " [0, b] needs 0 < b <= pi (the Nyquist frequency), e.g. pi/2");
        return band;
    }

    /** For a plain number between {@code 333/106} and {@code 355/113}: compares it with π in 60 digits. */
    private boolean checkedBelowPi() {
        return value(60).compareTo(ApfloatMath.pi(60)) <= 0;
    }

    /**
     * @param precision decimal digits
     * @return {@code b} to that precision
     */
    Apfloat value(long precision) {
        Apfloat r = new Apfloat(factor.numerator(), precision).divide(new Apfloat(factor.denominator(), precision));
        return timesPi ? r.multiply(ApfloatMath.pi(precision)) : r;
    }

    /**
     * @param precision decimal digits
     * @return {@code b} enclosed in a ball at that working precision
     */
    public org.stencilforge.real.Ball ball(int precision) {
        org.stencilforge.real.Ball r = org.stencilforge.real.Ball.of(factor, precision);
        return timesPi ? r.multiply(org.stencilforge.real.Ball.pi(precision), precision) : r;
    }

    /** @return the band as text: {@code π/2}, {@code 2π/5}, {@code 11/10} */
    @Override
    public String toString() {
        if (!timesPi) {
            return factor.toString();
        }
        String n = factor.numerator().equals(java.math.BigInteger.ONE) ? "" : factor.numerator().toString();
        return n + "π" + (factor.denominator().equals(java.math.BigInteger.ONE) ? "" : "/" + factor.denominator());
    }
}
