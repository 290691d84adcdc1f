package org.stencilforge.verify;

import java.math.BigInteger;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * How far given weights may be from the exact ones ({@code --tolerance}):
 * {@code Kulp} (at most {@code K} representable steps from the correctly rounded
 * exact weight, for {@code double}/{@code float} weights) or a relative bound
 * {@code r} ({@code |given - exact| <= r |exact|}; for an exact weight of zero,
 * {@code r} times the largest exact weight in magnitude). {@code 0} asks for the
 * exact weights.
 *
 * @param ulps {@code K}, or {@code -1} for a relative tolerance
 * @param relative {@code r} for a relative tolerance, else {@code null}
 * @param text as typed, for reports
 */
public record Tolerance(long ulps, Rational relative, String text) {

    /** The exact weights, nothing else. */
    public static final Tolerance EXACT = new Tolerance(-1, Rational.ZERO, "0");
    /** One unit in the last place: the default for double and float weights. */
    public static final Tolerance ONE_ULP = new Tolerance(1, null, "1ulp");

    /** @return whether this is a bound in units in the last place */
    public boolean isUlp() {
        return ulps >= 0;
    }

    /**
     * @param text {@code 2ulp}, {@code 1e-8}, {@code 0}
     * @return the tolerance
     * @throws StencilforgeException if it is neither
     */
    public static Tolerance parse(String text) {
        String t = text.strip();
        if (t.endsWith("ulp") || t.endsWith("ulps")) {
            String k = t.substring(0, t.indexOf("ulp")).strip();
            if (!k.matches("\\d{1,15}")) {
                throw new StencilforgeException("--tolerance: " + RationalParser.quote(text)
                        + " is not a whole number of ulps; write e.g. 2ulp, or a relative bound such as 1e-8");
            }
            return new Tolerance(Long.parseLong(k), null, Long.parseLong(k) + "ulp");
        }
        Rational r;
        try {
            r = RationalParser.parse(t);
        } catch (StencilforgeException e) {
            throw new StencilforgeException("--tolerance: " + e.getMessage() + "; or write e.g. 2ulp");
        }
        if (r.signum() < 0 || r.compareTo(Rational.ONE) >= 0) {
            throw new StencilforgeException("--tolerance must be a relative bound in [0, 1) such as 1e-8, or"
                    + " a number of ulps such as 2ulp, not " + RationalParser.quote(text));
        }
        return new Tolerance(-1, r, t);
    }

    /**
     * The relative size {@code δ} by which a moment {@code Σ w_j s_j^n / n!} of
     * weights within this tolerance may differ from that of the exact weights,
     * as a fraction of {@code Σ |w_j| |s_j|^n / n!}: twice the relative bound,
     * where {@code K} ulps count as {@code (K + 1) 2^(1-p)} relative.
     *
     * @param binary the format of ulps, or {@code null}
     * @return {@code δ}, exact
     */
    public Rational momentSlack(Binary binary) {
        Rational r;
        if (isUlp()) {
            if (binary == null) {
                throw new StencilforgeException("--tolerance " + text + " counts units in the last place of"
                        + " double or float weights; add --weights-are double, or give a relative bound such as 1e-8");
            }
            r = Rational.of(BigInteger.valueOf(ulps + 1), BigInteger.ONE.shiftLeft(binary.precision() - 1));
        } else {
            r = relative;
        }
        return r.add(r);
    }
}
