package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.frequency.Bandwidth;
import org.stencilforge.frequency.Responses;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.real.Ball;
import org.stencilforge.real.Digits;
import org.stencilforge.stencil.Stencil;

/**
 * Dispersion-relation-preserving stencils (C. K. W. Tam and J. C. Webb,
 * "Dispersion-relation-preserving finite difference schemes for computational
 * acoustics", J. Comput. Phys. 107 (1993) 262–281): the centred first
 * derivative on {@code N = 2M + 1} points,
 * {@code f'(x) ≈ h^{-1} Σ_{k=1}^{M} a_k (f(x + kh) - f(x - kh))}, whose
 * modified wavenumber {@code k̄(ω) = 2 Σ a_k sin(kω)} is closest to {@code ω}
 * in the integrated squared error {@code E = ∫_0^b (ω - k̄(ω))² dω} among the
 * stencils of formal order {@code p}. (Tam and Webb integrate over
 * {@code [-π/2, π/2]}; the integrand is even, so that is twice {@code E} with
 * {@code b = π/2} and has the same minimiser.)
 *
 * <p>The order conditions {@code 2 Σ k a_k = 1}, {@code Σ k^{2l+1} a_k = 0}
 * ({@code l = 1..p/2-1}) fix {@code a_1..a_{p/2}} as exact rational affine
 * functions of the free coefficients {@code z = a_{p/2+1..M}}. {@code E} is then a
 * quadratic in {@code z} whose coefficients are the closed forms
 * {@code ∫_0^b sin(jω) sin(kω) dω} and {@code ∫_0^b ω sin(kω) dω}, so the
 * optimum solves a small linear system; it is irrational, so the closed forms
 * (in {@code b}, which may hold {@code π}, and {@code sin}, {@code cos} of
 * {@code nb}) and the elimination are evaluated in ball arithmetic
 * ({@link org.stencilforge.real.Ball}), and each coefficient is printed by
 * {@link org.stencilforge.real.Digits} only to digits its ball proves, the
 * working precision doubled until they are. The stencil itself is exact: the
 * free coefficients rounded to {@code D} decimals, the others solved exactly
 * from the order conditions, so the formal order holds exactly.
 */
public final class DispersionRelationPreserving {

    /** The first working precision is this many digits beyond those reported. */
    private static final int START = 30;

    private DispersionRelationPreserving() {
    }

    /**
     * @param length {@code N}, odd, at least 5
     * @param order {@code p}, even, at least 2 and at most {@code N - 3} (one free coefficient at least)
     * @param band the band {@code [0, b]}
     * @param decimals {@code D}: the free coefficients of the exact stencil are rounded to this many decimals
     * @param digits the significant digits of the optimum to report
     * @param errorTerms how many error terms to list
     * @param maxLength the largest length allowed
     * @param maxPrecision the largest working precision, in digits, before giving up
     * @return the design
     */
    public static Design design(int length, int order, Band band, int decimals, int digits, int errorTerms,
            int maxLength, int maxPrecision) {
        require(length % 2 == 1 && length >= 5, "a dispersion-relation-preserving stencil is centred: --length"
                + " must be odd and at least 5, not " + length);
        require(length <= maxLength, "--length " + length + " is past the limit of " + maxLength
                + " points; ask for fewer, or raise the limit with --max-length");
        require(order >= 2 && order % 2 == 0, "--order must be even and at least 2 for a centred first"
                + " derivative, not " + order);
        require(order <= length - 3, "a " + length + "-point stencil of order " + order + " has no coefficient"
                + " left to optimise (order " + (length - 1) + " takes all " + length + " points); use --order "
                + (length - 3) + " or less, or a longer --length");
        require(decimals >= 1 && decimals <= 1000, "--rational takes 1 to 1000 decimals, not " + decimals);
        require(digits >= 1 && digits <= 1000, "--digits takes 1 to 1000 significant digits, not " + digits);
        int m = (length - 1) / 2;
        int fixed = order / 2;
        Affine affine = Affine.of(m, fixed);
        Optimum optimum = optimum(affine, band, decimals, digits, maxPrecision);
        List<Rational> a = affine.at(optimum.roundedFree());
        List<Rational> offsets = new ArrayList<>();
        List<Rational> weights = new ArrayList<>();
        for (int j = -m; j <= m; j++) {
            offsets.add(Rational.of(j));
            weights.add(j == 0 ? Rational.ZERO : j > 0 ? a.get(j - 1) : a.get(-j - 1).negate());
        }
        AnalysedStencil result = AnalysedStencil.of(Stencil.of(1, offsets, weights), errorTerms);
        List<Design.Property> properties = new ArrayList<>();
        properties.add(Design.Property.text("kind", "design", "drp"));
        properties.add(Design.Property.of("formalOrder", "formal order", order));
        properties.add(Design.Property.text("band", "band", "[0, " + band + "]"));
        properties.add(new Design.Property("optimum", "optimum a_1..a_" + m + " (" + digits
                + " significant digits, each correctly rounded, proved by ball arithmetic at a working precision of "
                + optimum.workingDigits() + " digits)",
                String.join(", ", optimum.coefficients()),
                optimum.coefficients().stream().map(s -> "\"" + s + "\"")
                        .collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
        properties.add(Design.Property.of("rational", (fixed + 1 == m ? "free coefficient a_" + m
                : "free coefficients a_" + (fixed + 1) + "..a_" + m) + " rounded to decimals", decimals));
        properties.add(achievedBandwidth(result));
        return new Design(result, properties);
    }

    /**
     * The achieved bandwidth of the exact stencil, from {@link org.stencilforge.frequency.Responses}: the
     * largest {@code ω} with {@code |k̄(ω) - ω| / ω <= 1/1000} on all of {@code (0, ω]}, to the digits its
     * enclosure guarantees. The one place where a design asks the frequency analysis.
     */
    private static Design.Property achievedBandwidth(AnalysedStencil result) {
        Bandwidth b = Responses.bandwidth(result.stencil(), Responses.DEFAULT_TOLERANCE);
        String status = b.status().equals("resolved") ? "" : " (" + b.status() + ")";
        return new Design.Property("bandwidth", "achieved bandwidth (|k̄(ω) - ω|/ω <= "
                + Responses.DEFAULT_TOLERANCE + " on (0, ω])", b.decimal() + status, "\"" + b.decimal() + "\"");
    }

    /**
     * The order conditions solved for {@code a_1..a_K} ({@code K = p/2}): {@code a = α + B z}
     * with {@code z = a_{K+1..M}}, all exact.
     */
    private record Affine(int m, int fixed, Rational[] alpha, Rational[][] b) {

        static Affine of(int m, int fixed) {
            BigInteger[][] v = new BigInteger[fixed][fixed]; // V_lk = k^(2l+1), k = 1..K
            for (int l = 0; l < fixed; l++) {
                for (int k = 1; k <= fixed; k++) {
                    v[l][k - 1] = BigInteger.valueOf(k).pow(2 * l + 1);
                }
            }
            Rational[] d = new Rational[fixed];
            for (int l = 0; l < fixed; l++) {
                d[l] = l == 0 ? Rational.of(1, 2) : Rational.ZERO;
            }
            Rational[] alpha = ExactSolver.solve(v, d);
            int free = m - fixed;
            Rational[][] b = new Rational[fixed][free];
            for (int i = 0; i < free; i++) { // column i: -V^{-1} (k^(2l+1)) for k = K+1+i
                Rational[] c = new Rational[fixed];
                for (int l = 0; l < fixed; l++) {
                    c[l] = Rational.of(BigInteger.valueOf(fixed + 1 + i).pow(2 * l + 1)).negate();
                }
                Rational[] x = ExactSolver.solve(v, c);
                for (int l = 0; l < fixed; l++) {
                    b[l][i] = x[l];
                }
            }
            return new Affine(m, fixed, alpha, b);
        }

        int free() {
            return m - fixed;
        }

        /** @return {@code a_1..a_M} for the free coefficients {@code z}, exactly */
        List<Rational> at(List<Rational> z) {
            List<Rational> a = new ArrayList<>();
            for (int l = 0; l < fixed; l++) {
                Rational s = alpha[l];
                for (int i = 0; i < free(); i++) {
                    s = s.add(b[l][i].multiply(z.get(i)));
                }
                a.add(s);
            }
            a.addAll(z);
            return a;
        }
    }

    /**
     * @param coefficients {@code a_1..a_M} of the optimum, correctly rounded to the digits asked for
     * @param roundedFree the free coefficients of the optimum rounded to {@code D} decimals, exactly
     * @param workingDigits the working precision at which every digit was proved
     */
    record Optimum(List<String> coefficients, List<Rational> roundedFree, int workingDigits) {
    }

    /**
     * Solves in ball arithmetic at a working precision of {@code max(G, D) + 30} digits, doubled (up to
     * {@code maxPrecision}) while a pivot's ball holds 0 or a printed digit or a rounded free coefficient
     * is not settled by its ball.
     */
    static Optimum optimum(Affine affine, Band band, int decimals, int digits, int maxPrecision) {
        int p = Math.max(digits, decimals) + START;
        while (true) {
            Optimum result;
            try {
                result = attempt(affine, band, decimals, digits, p);
            } catch (ArithmeticException e) { // a pivot or a divisor whose ball holds 0
                result = null;
            }
            if (result != null) {
                return result;
            }
            if (p >= maxPrecision) {
                throw new StencilforgeException("the optimum did not settle to " + digits + " proved digits within "
                        + maxPrecision + " digits of working precision (the system is ill-conditioned for this"
                        + " length and band); ask for fewer --digits or --rational decimals, or raise"
                        + " --max-precision");
            }
            p = (int) Math.min(2L * p, maxPrecision);
        }
    }

    /** @return the optimum with every digit proved at precision {@code p}, or {@code null} if one is not */
    private static Optimum attempt(Affine affine, Band band, int decimals, int digits, int p) {
        Ball[] z = solve(affine, band, p);
        List<String> coefficients = new ArrayList<>();
        for (int k = 0; k < affine.m(); k++) {
            Ball s = k < affine.fixed() ? Ball.of(affine.alpha()[k], p) : z[k - affine.fixed()];
            for (int i = 0; k < affine.fixed() && i < z.length; i++) {
                s = s.add(Ball.of(affine.b()[k][i], p).multiply(z[i], p), p);
            }
            String d = Digits.of(s, digits);
            if (d == null) {
                return null;
            }
            coefficients.add(d);
        }
        List<Rational> free = new ArrayList<>();
        for (Ball zi : z) { // both ends of the ball round to the same D decimals, or the rounding is unsettled
            BigDecimal lo = zi.lower().setScale(decimals, RoundingMode.HALF_EVEN);
            BigDecimal hi = zi.upper().setScale(decimals, RoundingMode.HALF_EVEN);
            if (lo.compareTo(hi) != 0) {
                return null;
            }
            free.add(Rational.of(lo.unscaledValue(), BigInteger.TEN.pow(lo.scale())));
        }
        return new Optimum(coefficients, free, p);
    }

    /**
     * The minimiser of {@code E(z)} in ball arithmetic at precision {@code p}:
     * {@code (B̂ᵀ S B̂) z = B̂ᵀ (t/2 - S α̂)} with {@code B̂ = [B; I]}, {@code α̂ = [α; 0]},
     * {@code S_jk = ∫_0^b sin(jω) sin(kω) dω}, {@code t_k = ∫_0^b ω sin(kω) dω}, the closed forms
     * evaluated on balls of {@code b}, {@code sin(nb)} and {@code cos(nb)} ({@link Ball#sin}, {@link Ball#cos}:
     * each directly, since a recurrence would widen the balls geometrically).
     *
     * @throws ArithmeticException when a pivot's ball holds 0 at this precision
     */
    static Ball[] solve(Affine affine, Band band, int p) {
        int m = affine.m();
        int f = affine.free();
        int fixed = affine.fixed();
        Ball bv = band.ball(p);
        Ball[] sin = new Ball[2 * m + 1];
        Ball[] cos = new Ball[2 * m + 1];
        sin[0] = Ball.ZERO;
        cos[0] = Ball.ONE;
        for (int n = 1; n <= 2 * m; n++) {
            Ball nb = bv.multiply(n, p);
            sin[n] = nb.sin(p);
            cos[n] = nb.cos(p);
        }
        Ball[][] s = new Ball[m][m];
        Ball[] t = new Ball[m];
        for (int j = 1; j <= m; j++) {
            // ∫_0^b ω sin(jω) dω = sin(jb)/j² - b cos(jb)/j
            t[j - 1] = sin[j].divide(Ball.of((long) j * j), p).subtract(bv.multiply(cos[j], p).divide(Ball.of(j), p), p);
            for (int k = 1; k <= m; k++) {
                // j = k: b/2 - sin(2jb)/(4j); else sin((j-k)b)/(2(j-k)) - sin((j+k)b)/(2(j+k))
                Ball plus = sin[j + k].divide(Ball.of(2L * (j + k)), p);
                Ball first = j == k ? bv.divide(Ball.of(2), p)
                        : (j > k ? sin[j - k] : sin[k - j].negate()).divide(Ball.of(2L * (j - k)), p);
                s[j - 1][k - 1] = first.subtract(plus, p);
            }
        }
        Ball[] alpha = new Ball[fixed];
        Ball[][] b = new Ball[fixed][f];
        for (int k = 0; k < fixed; k++) {
            alpha[k] = Ball.of(affine.alpha()[k], p);
            for (int i = 0; i < f; i++) {
                b[k][i] = Ball.of(affine.b()[k][i], p);
            }
        }
        Ball[] r = new Ball[m]; // t/2 - S α̂
        for (int j = 0; j < m; j++) {
            Ball v = t[j].divide(Ball.of(2), p);
            for (int k = 0; k < fixed; k++) {
                v = v.subtract(s[j][k].multiply(alpha[k], p), p);
            }
            r[j] = v;
        }
        // S B̂ = S[:, :K] B + S[:, K:], and B̂ᵀ X = Bᵀ X[:K] + X[K:]
        Ball[][] sb = new Ball[m][f];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < f; i++) {
                Ball v = s[j][fixed + i];
                for (int k = 0; k < fixed; k++) {
                    v = v.add(s[j][k].multiply(b[k][i], p), p);
                }
                sb[j][i] = v;
            }
        }
        Ball[][] g = new Ball[f][f + 1]; // [B̂ᵀ S B̂ | B̂ᵀ r]
        for (int i = 0; i < f; i++) {
            for (int l = 0; l <= f; l++) {
                Ball v = l < f ? sb[fixed + i][l] : r[fixed + i];
                for (int k = 0; k < fixed; k++) {
                    v = v.add(b[k][i].multiply(l < f ? sb[k][l] : r[k], p), p);
                }
                g[i][l] = v;
            }
        }
        return eliminate(g, f, p);
    }

    /**
     * Gaussian elimination on an augmented {@code f × (f+1)} matrix of balls, the pivot in each column the
     * row whose ball is farthest from 0 (largest {@code |mid| - rad}).
     *
     * @throws ArithmeticException when the pivot's ball holds 0
     */
    private static Ball[] eliminate(Ball[][] g, int f, int p) {
        for (int c = 0; c < f; c++) {
            int pivot = c;
            for (int r = c + 1; r < f; r++) {
                if (least(g[r][c]).compareTo(least(g[pivot][c])) > 0) {
                    pivot = r;
                }
            }
            Ball[] tmp = g[c];
            g[c] = g[pivot];
            g[pivot] = tmp;
            if (g[c][c].containsZero()) {
                throw new ArithmeticException("a pivot's ball holds 0");
            }
            for (int r = c + 1; r < f; r++) {
                Ball factor = g[r][c].divide(g[c][c], p);
                for (int l = c; l <= f; l++) {
                    g[r][l] = g[r][l].subtract(factor.multiply(g[c][l], p), p);
                }
            }
        }
        Ball[] z = new Ball[f];
        for (int r = f - 1; r >= 0; r--) {
            Ball v = g[r][f];
            for (int l = r + 1; l < f; l++) {
                v = v.subtract(g[r][l].multiply(z[l], p), p);
            }
            z[r] = v.divide(g[r][r], p);
        }
        return z;
    }

    /** @return {@code |mid| - rad}: positive when the ball excludes 0, the larger the farther */
    private static BigDecimal least(Ball x) {
        return x.mid().abs().subtract(x.rad());
    }
}
