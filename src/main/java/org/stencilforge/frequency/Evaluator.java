package org.stencilforge.frequency;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.stencilforge.arithmetic.Rational;

/**
 * Rigorous evaluation of a symbol in interval arithmetic: {@code H(ω)} and the Taylor
 * coefficients, at a decimal point {@code μ > 0}, of the normalised error
 * {@code R(ω) = (H(ω) - κ(iω)^m) / (iω)^m}, with a bound on their remainder.
 *
 * <p>{@code R} is entire when the moments below {@code m} vanish:
 * {@code R(ω) = Σ_j w_j s_j^m φ_m(i s_j ω) - κ} with {@code φ_m(z) = Σ_k z^k/(k+m)!}, and
 * {@code φ_m(z) = ∫_0^1 e^{(1-t)z} t^{m-1}/(m-1)! dt} gives {@code |φ_m^{(K)}(iy)| ≤ K!/(K+m)!}
 * for real {@code y}. So {@code |R^{(K)}| ≤ K! E_K} everywhere on the real line, with
 * {@code E_K = Σ_j |w_j| |s_j|^{m+K} / (K+m)!}: the Taylor polynomial of degree
 * {@code K - 1} at {@code μ} is within {@code E_K r^K} of {@code R} on {@code [μ - r, μ + r]}.
 */
final class Evaluator {

    final Symbol symbol;
    final int m;
    private final int scale; // 1 or 2: θ = ω / scale
    private final int[] k;   // scale * s_j
    private final Rational[] s;
    private final Rational[] w;
    private final int weightDigits;
    /** Enclosures at {@link #CACHED} digits: w_j, s_j / i for i < 16, κ. */
    private static final int CACHED = 64;
    private final Interval[] wI;
    private final Interval[][] sOver;
    private final Interval kappaI;

    Evaluator(Symbol symbol) {
        this.symbol = symbol;
        this.m = symbol.order();
        this.scale = symbol.half() ? 2 : 1;
        int n = symbol.offsets().size();
        k = new int[n];
        s = symbol.offsets().toArray(new Rational[0]);
        w = symbol.weights().toArray(new Rational[0]);
        Rational sum = Rational.ZERO;
        for (int j = 0; j < n; j++) {
            k[j] = s[j].multiply(Rational.of(scale)).numerator().intValueExact();
            sum = sum.add(w[j].abs());
        }
        weightDigits = Math.max(0, sum.numerator().toString().length() - sum.denominator().toString().length() + 1);
        wI = new Interval[n];
        sOver = new Interval[n][16];
        for (int j = 0; j < n; j++) {
            wI[j] = Interval.of(w[j], CACHED);
            for (int i = 1; i < 16; i++) {
                sOver[j][i] = Interval.of(s[j].divide(Rational.of(i)), CACHED);
            }
        }
        kappaI = Interval.of(symbol.kappa(), CACHED);
    }

    /** @return the working precision for a point: more digits as {@code μ} nears 0, where {@code R} cancels */
    int precision(BigDecimal mu, int terms) {
        int exponent = mu.signum() == 0 ? 0 : mu.precision() - mu.scale() - 1;
        return 30 + weightDigits + (m + terms) * Math.max(0, -exponent) + 2 * symbol.degree() / 10;
    }

    /** @return {@code E_K} as an upper bound */
    BigDecimal remainderCoefficient(int K) {
        Rational e = Rational.ZERO;
        for (int j = 0; j < s.length; j++) {
            e = e.add(w[j].abs().multiply(s[j].abs().pow(m + K)));
        }
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= K + m; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return Interval.of(e.divide(Rational.of(f)), 30).hi();
    }

    /** @return {@code e^{i k θ}} for {@code k = 0..degree} at {@code θ = μ / scale} */
    private Complex[] powers(BigDecimal mu, int p) {
        BigDecimal theta = scale == 1 ? mu : mu.divide(BigDecimal.valueOf(2));
        Interval[] cs = Interval.cosSin(theta, p);
        Complex e = new Complex(cs[0], cs[1]);
        Complex[] pw = new Complex[symbol.degree() + 1];
        pw[0] = Complex.ONE;
        for (int i = 1; i < pw.length; i++) {
            pw[i] = pw[i - 1].multiply(e, p);
        }
        return pw;
    }

    private static Complex power(Complex[] pw, int kk) {
        return kk >= 0 ? pw[kk] : pw[-kk].conjugate();
    }

    /** @return {@code H(μ)} enclosed */
    Complex symbol(BigDecimal mu, int p) {
        Complex[] pw = powers(mu, p);
        Complex h = Complex.ZERO;
        for (int j = 0; j < s.length; j++) {
            h = h.add(power(pw, k[j]).scale(p <= CACHED ? wI[j] : Interval.of(w[j], p), p), p);
        }
        return h;
    }

    /**
     * @param mu a point {@code > 0}
     * @param terms how many Taylor coefficients
     * @param shift a constant added to {@code R}
     * @return the Taylor coefficients of {@code R + shift} at {@code μ}, enclosed
     */
    Complex[] taylor(BigDecimal mu, int terms, Rational shift) {
        int p = precision(mu, terms);
        Complex[] pw = powers(mu, p);
        Complex[] d = new Complex[terms];
        java.util.Arrays.fill(d, Complex.ZERO);
        for (int j = 0; j < s.length; j++) {
            Complex t = power(pw, k[j]).scale(p <= CACHED ? wI[j] : Interval.of(w[j], p), p);
            for (int i = 0; i < terms; i++) {
                if (i > 0) {
                    t = t.timesIPower(1).scale(i < 16 && p <= CACHED ? sOver[j][i] : Interval.of(s[j].divide(Rational.of(i)), p), p);
                }
                d[i] = d[i].add(t, p);
            }
        }
        // powers of μ and the binomials of (iω)^m = i^m Σ_l C(m,l) μ^(m-l) δ^l
        Interval[] muPow = new Interval[m + 1];
        muPow[0] = Interval.ONE;
        for (int i = 1; i <= m; i++) {
            muPow[i] = muPow[i - 1].multiply(mu, p);
        }
        Interval kappa = p <= CACHED ? kappaI : Interval.of(symbol.kappa(), p);
        Complex[] rho = new Complex[terms];
        for (int i = 0; i < terms; i++) {
            Complex di = d[i].timesIPower(-m);
            if (i <= m) {
                Interval ideal = kappa.multiply(muPow[m - i], p).multiply(Interval.point(new BigDecimal(binomial(m, i))), p);
                di = di.subtract(new Complex(ideal, Interval.ZERO), p);
            }
            for (int l = 1; l <= Math.min(i, m); l++) {
                Interval c = muPow[m - l].multiply(Interval.point(new BigDecimal(binomial(m, l))), p);
                di = di.subtract(rho[i - l].scale(c, p), p);
            }
            rho[i] = new Complex(di.re().divide(muPow[m], p), di.im().divide(muPow[m], p));
        }
        if (!shift.isZero()) {
            rho[0] = rho[0].add(new Complex(Interval.of(shift, p), Interval.ZERO), p);
        }
        return rho;
    }

    static BigInteger binomial(int n, int r) {
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < r; i++) {
            b = b.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return b;
    }

    /** @return {@code Σ_j |w_j| |s_j|}: a Lipschitz constant of {@code H} */
    BigDecimal lipschitz() {
        Rational l = Rational.ZERO;
        for (int j = 0; j < s.length; j++) {
            l = l.add(w[j].abs().multiply(s[j].abs()));
        }
        return Interval.of(l, 20).hi();
    }

    /** @return a double approximation of {@code H(ω)}, for plots only */
    double[] approximate(double omega) {
        double re = 0;
        double im = 0;
        for (int j = 0; j < s.length; j++) {
            double x = s[j].toDouble() * omega;
            double wj = w[j].toDouble();
            re += wj * Math.cos(x);
            im += wj * Math.sin(x);
        }
        return new double[] {re, im};
    }
}
