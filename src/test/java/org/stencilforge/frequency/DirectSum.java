package org.stencilforge.frequency;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * An independent evaluation of a 1-D stencil's response for the tests: the direct sum
 * {@code Σ_j w_j e^{i s_j ω}} in Apfloat at {@link #DIGITS} digits, with no use of
 * {@link Symbol}'s trigonometric polynomial or of the package's interval arithmetic.
 *
 * <p>Apfloat's cosine costs milliseconds at 60 digits, so {@code e^{i s ω}} is the power
 * {@code (e^{iω/2})^{2s}} of one cosine and one sine (offsets are multiples of 1/2), and a grid
 * {@code ω_j = jπ/N} is walked by multiplying by {@code e^{iπ/(2N)}}: each product loses at most
 * a few units in the 60th digit, far below the 1e-40 the tests resolve.
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
        Apfloat half = omega.divide(new Apfloat(2, DIGITS));
        return sum(s, new Apfloat[] {ApfloatMath.cos(half), ApfloatMath.sin(half)});
    }

    /** @return {@code {ω_j, Re H(ω_j), Im H(ω_j)}} at {@code ω_j = jπ/n}, {@code j = 0..n} */
    static List<Apfloat[]> grid(Stencil s, int n) {
        Apfloat pi = ApfloatMath.pi(DIGITS);
        Apfloat step = pi.divide(new Apfloat(2L * n, DIGITS));
        Apfloat[] e = {ApfloatMath.cos(step), ApfloatMath.sin(step)};
        Apfloat[] z = {new Apfloat(1, DIGITS), new Apfloat(0, DIGITS)};
        Terms t = new Terms(s);
        List<Apfloat[]> out = new ArrayList<>();
        Apfloat omegaStep = pi.divide(new Apfloat(n, DIGITS));
        Apfloat w = new Apfloat(0, DIGITS);
        for (int j = 0; j <= n; j++) {
            Apfloat[] h = t.sum(z);
            out.add(new Apfloat[] {w, h[0], h[1]});
            z = times(z, e);
            w = w.add(omegaStep);
        }
        return out;
    }

    /** @return {@code Σ_j w_j z^{2 s_j}} for {@code z = e^{iω/2}} */
    private static Apfloat[] sum(Stencil s, Apfloat[] z) {
        return new Terms(s).sum(z);
    }

    /** The weights in Apfloat and the exponents {@code 2 s_j}, converted once. */
    private static final class Terms {
        final int[] k;
        final Apfloat[] w;
        final int max;

        Terms(Stencil s) {
            k = new int[s.size()];
            w = new Apfloat[s.size()];
            int m = 0;
            for (int j = 0; j < s.size(); j++) {
                k[j] = s.offsets().get(j).get(0).multiply(Rational.of(2)).numerator().intValueExact();
                w[j] = of(s.weights().get(j));
                m = Math.max(m, Math.abs(k[j]));
            }
            max = m;
        }

        Apfloat[] sum(Apfloat[] z) {
            Apfloat[][] pw = new Apfloat[max + 1][];
            pw[0] = new Apfloat[] {new Apfloat(1, DIGITS), new Apfloat(0, DIGITS)};
            for (int i = 1; i <= max; i++) {
                pw[i] = times(pw[i - 1], z);
            }
            Apfloat re = new Apfloat(0, DIGITS);
            Apfloat im = new Apfloat(0, DIGITS);
            for (int j = 0; j < k.length; j++) {
                Apfloat[] p = pw[Math.abs(k[j])];
                re = re.add(w[j].multiply(p[0]));
                im = k[j] < 0 ? im.subtract(w[j].multiply(p[1])) : im.add(w[j].multiply(p[1]));
            }
            return new Apfloat[] {re, im};
        }
    }

    private static Apfloat[] times(Apfloat[] a, Apfloat[] b) {
        return new Apfloat[] {a[0].multiply(b[0]).subtract(a[1].multiply(b[1])),
            a[0].multiply(b[1]).add(a[1].multiply(b[0]))};
    }

    /** @return {@code |H(ω) - (iω)^m| / ω^m} */
    static Apfloat relativeError(Stencil s, Apfloat omega) {
        return relativeError(s, omega, h(s, omega));
    }

    /** @return {@code |H - (iω)^m| / ω^m} for {@code H = {re, im}} at {@code ω} */
    static Apfloat relativeError(Stencil s, Apfloat omega, Apfloat[] h) {
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

    /** @return {@code |H|^2} from {@code {re, im}} */
    static Apfloat norm(Apfloat[] h) {
        return h[0].multiply(h[0]).add(h[1].multiply(h[1]));
    }
}
