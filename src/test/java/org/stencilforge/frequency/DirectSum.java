package org.stencilforge.frequency;

import java.math.BigInteger;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * An independent evaluation of a 1-D stencil's response for the tests: the direct sum
 * {@code Σ_j w_j (cos(s_j ω) + i sin(s_j ω))} in Apfloat at {@link #DIGITS} digits, with no use
 * of {@link Symbol}'s trigonometric polynomial or of the package's interval arithmetic.
 */
final class DirectSum {

    static final long DIGITS = 60;

    private DirectSum() {
    }

    static Apfloat of(Rational r) {
        return new Apfloat(new BigInteger(r.numerator().toString()), DIGITS)
                .divide(new Apfloat(new BigInteger(r.denominator().toString()), DIGITS));
    }

    /** @return {@code {Re H(ω), Im H(ω)}} */
    static Apfloat[] h(Stencil s, Apfloat omega) {
        Apfloat re = new Apfloat(0, DIGITS);
        Apfloat im = new Apfloat(0, DIGITS);
        for (int j = 0; j < s.size(); j++) {
            Apfloat x = of(s.offsets().get(j).get(0)).multiply(omega);
            Apfloat w = of(s.weights().get(j));
            re = re.add(w.multiply(ApfloatMath.cos(x)));
            im = im.add(w.multiply(ApfloatMath.sin(x)));
        }
        return new Apfloat[] {re, im};
    }

    /** @return {@code |H(ω) - (iω)^m| / ω^m} */
    static Apfloat relativeError(Stencil s, Apfloat omega) {
        Apfloat[] h = h(s, omega);
        int m = s.derivative();
        Apfloat ideal = ApfloatMath.pow(omega, m);
        Apfloat re = h[0];
        Apfloat im = h[1];
        switch (m % 4) {
            case 0 -> re = re.subtract(ideal);
            case 1 -> im = im.subtract(ideal);
            case 2 -> re = re.add(ideal);
            default -> im = im.add(ideal);
        }
        return ApfloatMath.sqrt(re.multiply(re).add(im.multiply(im))).divide(ideal);
    }

    static Apfloat magnitude(Stencil s, Apfloat omega) {
        Apfloat[] h = h(s, omega);
        return ApfloatMath.sqrt(h[0].multiply(h[0]).add(h[1].multiply(h[1])));
    }
}
