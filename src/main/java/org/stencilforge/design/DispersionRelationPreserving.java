package org.stencilforge.design;

import static org.stencilforge.Checks.require;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.frequency.Bandwidth;
import org.stencilforge.frequency.Responses;
import org.stencilforge.linear.ExactSolver;
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
 * optimum solves a small linear system; it is irrational, and is solved in
 * Apfloat at two precisions. Only digits on which both agree are reported
 * (the precision is raised until they do). The stencil itself is exact: the
 * free coefficients rounded to {@code D} decimals, the others solved exactly
 * from the order conditions, so the formal order holds exactly.
 */
public final class DispersionRelationPreserving {

    /** Extra digits of working precision beyond those reported. */
    private static final int GUARD = 25;

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
                + " significant digits, agreeing at " + optimum.precisions() + ")",
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

        /** @return {@code α̂}, {@code a} at {@code z = 0}, in precision {@code p} */
        Apfloat[] alphaHat(long p) {
            Apfloat[] r = new Apfloat[m];
            for (int k = 0; k < m; k++) {
                r[k] = k < fixed ? decimal(alpha[k], p) : new Apfloat(0, p);
            }
            return r;
        }

        /** @return {@code B̂ = [B; I]}, {@code M × F}, in precision {@code p} */
        Apfloat[][] bHat(long p) {
            Apfloat[][] r = new Apfloat[m][free()];
            for (int k = 0; k < m; k++) {
                for (int i = 0; i < free(); i++) {
                    r[k][i] = k < fixed ? decimal(b[k][i], p) : new Apfloat(k - fixed == i ? 1 : 0, p);
                }
            }
            return r;
        }
    }

    /**
     * @param coefficients {@code a_1..a_M} of the optimum, rounded to the digits asked for
     * @param roundedFree the free coefficients of the optimum rounded to {@code D} decimals, exactly
     * @param precisions the two working precisions that agreed, as text
     */
    record Optimum(List<String> coefficients, List<Rational> roundedFree, String precisions) {
    }

    /** Solves at two precisions, raising them until the rounded results agree. */
    static Optimum optimum(Affine affine, Band band, int decimals, int digits, int maxPrecision) {
        long p = Math.max(digits, decimals) + GUARD;
        Apfloat[] previous = solve(affine, band, p);
        while (true) {
            long q = 2 * p;
            if (q > maxPrecision) {
                throw new StencilforgeException("the optimum did not settle to " + digits + " digits within "
                        + maxPrecision + " digits of working precision (the system is ill-conditioned for this"
                        + " length and band); ask for fewer --digits or --rational decimals, or raise"
                        + " --max-precision");
            }
            Apfloat[] next = solve(affine, band, q);
            if (previous != null && next != null) {
                Optimum a = round(affine, previous, decimals, digits, p + " and " + q + " digits");
                Optimum b = round(affine, next, decimals, digits, p + " and " + q + " digits");
                if (a.equals(b)) {
                    return a;
                }
            }
            p = q;
            previous = next;
        }
    }

    private static Optimum round(Affine affine, Apfloat[] z, int decimals, int digits, String precisions) {
        long p = z[0].precision();
        Apfloat[] a = affine.alphaHat(p);
        Apfloat[][] b = affine.bHat(p);
        List<String> coefficients = new ArrayList<>();
        for (int k = 0; k < affine.m(); k++) {
            Apfloat s = a[k];
            for (int i = 0; i < z.length; i++) {
                s = s.add(b[k][i].multiply(z[i]));
            }
            coefficients.add(plain(s).round(new MathContext(digits, RoundingMode.HALF_EVEN)).toPlainString());
        }
        List<Rational> free = new ArrayList<>();
        for (Apfloat zi : z) {
            BigDecimal r = plain(zi).setScale(decimals, RoundingMode.HALF_EVEN);
            free.add(Rational.of(r.unscaledValue(), BigInteger.TEN.pow(r.scale())));
        }
        return new Optimum(coefficients, free, precisions);
    }

    /** @return the decimal value of an Apfloat, exactly as its digits read */
    private static BigDecimal plain(Apfloat x) {
        return new BigDecimal(x.toString(true));
    }

    /**
     * The minimiser of {@code E(z)} in precision {@code p}: {@code (B̂ᵀ S B̂) z = B̂ᵀ (t/2 - S α̂)} with
     * {@code S_jk = ∫_0^b sin(jω) sin(kω) dω}, {@code t_k = ∫_0^b ω sin(kω) dω}; {@code null} when the
     * system is singular to the working precision.
     */
    static Apfloat[] solve(Affine affine, Band band, long p) {
        int m = affine.m();
        int f = affine.free();
        Apfloat bv = band.value(p);
        Apfloat two = new Apfloat(2, p);
        Apfloat[] sin = new Apfloat[2 * m + 1]; // sin(n b), cos(n b) by the Chebyshev recurrence
        Apfloat[] cos = new Apfloat[2 * m + 1];
        Apfloat[] sc = sinCos(bv, p);
        sin[0] = new Apfloat(0, p);
        cos[0] = new Apfloat(1, p);
        sin[1] = sc[0];
        cos[1] = sc[1];
        Apfloat twoCos = two.multiply(cos[1]);
        for (int n = 2; n <= 2 * m; n++) {
            sin[n] = twoCos.multiply(sin[n - 1]).subtract(sin[n - 2]);
            cos[n] = twoCos.multiply(cos[n - 1]).subtract(cos[n - 2]);
        }
        Apfloat[][] s = new Apfloat[m][m];
        Apfloat[] t = new Apfloat[m];
        for (int j = 1; j <= m; j++) {
            Apfloat jj = new Apfloat(j, p);
            // ∫_0^b ω sin(jω) dω = sin(jb)/j² - b cos(jb)/j
            t[j - 1] = sin[j].divide(jj.multiply(jj)).subtract(bv.multiply(cos[j]).divide(jj));
            for (int k = 1; k <= m; k++) {
                Apfloat plus = sin[j + k].divide(two.multiply(new Apfloat(j + k, p)));
                // j = k: b/2 - sin(2jb)/(4j); else sin((j-k)b)/(2(j-k)) - sin((j+k)b)/(2(j+k))
                Apfloat first = j == k ? bv.divide(two)
                        : signedSin(sin, j - k).divide(two.multiply(new Apfloat(j - k, p)));
                s[j - 1][k - 1] = first.subtract(plus);
            }
        }
        Apfloat[] alpha = affine.alphaHat(p);
        Apfloat[][] b = affine.bHat(p);
        Apfloat[] r = new Apfloat[m]; // t/2 - S α̂
        for (int j = 0; j < m; j++) {
            Apfloat v = t[j].divide(two);
            for (int k = 0; k < affine.fixed(); k++) { // α̂ is zero past K
                v = v.subtract(s[j][k].multiply(alpha[k]));
            }
            r[j] = v;
        }
        // B̂ = [B; I] with B of K = p/2 rows: S B̂ = S[:, :K] B + S[:, K:], and B̂ᵀ X = Bᵀ X[:K] + X[K:]
        int fixed = affine.fixed();
        Apfloat[][] sb = new Apfloat[m][f]; // S B̂
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < f; i++) {
                Apfloat v = s[j][fixed + i];
                for (int k = 0; k < fixed; k++) {
                    v = v.add(s[j][k].multiply(b[k][i]));
                }
                sb[j][i] = v;
            }
        }
        Apfloat[][] g = new Apfloat[f][f + 1]; // [B̂ᵀ S B̂ | B̂ᵀ r]
        for (int i = 0; i < f; i++) {
            for (int l = 0; l <= f; l++) {
                Apfloat v = l < f ? sb[fixed + i][l] : r[fixed + i];
                for (int k = 0; k < fixed; k++) {
                    v = v.add(b[k][i].multiply(l < f ? sb[k][l] : r[k]));
                }
                g[i][l] = v;
            }
        }
        return eliminate(g, f);
    }

    /**
     * {@code sin x} and {@code cos x} for {@code 0 < x <= π} by their Taylor series, summed until a
     * term is below {@code 10^-p} (ApfloatMath's general functions go through the complex logarithm
     * and are a hundred times slower here).
     */
    static Apfloat[] sinCos(Apfloat x, long p) {
        Apfloat eps = ApfloatMath.scale(new Apfloat(1, p), -p);
        Apfloat x2 = x.multiply(x);
        Apfloat sin = new Apfloat(0, p);
        Apfloat cos = new Apfloat(0, p);
        Apfloat term = new Apfloat(1, p); // x^n / n!
        for (int n = 0; n < 100_000; n += 2) {
            cos = n % 4 == 0 ? cos.add(term) : cos.subtract(term);
            Apfloat odd = term.multiply(x).divide(new Apfloat(n + 1, p));
            sin = n % 4 == 0 ? sin.add(odd) : sin.subtract(odd);
            term = odd.multiply(x).divide(new Apfloat(n + 2, p));
            if (n > 4 && term.compareTo(eps) < 0) {
                break;
            }
        }
        return new Apfloat[] {sin, cos};
    }

    /** @return {@code sin(n b)} for any integer {@code n}, from the table of {@code n >= 0} */
    private static Apfloat signedSin(Apfloat[] sin, int n) {
        return n >= 0 ? sin[n] : sin[-n].negate();
    }

    /**
     * Gaussian elimination with partial pivoting on an augmented {@code f × (f+1)} matrix.
     *
     * @return the solution, or {@code null} when a pivot cancels to zero at this precision
     */
    private static Apfloat[] eliminate(Apfloat[][] g, int f) {
        for (int c = 0; c < f; c++) {
            int pivot = c;
            for (int r = c + 1; r < f; r++) {
                if (ApfloatMath.abs(g[r][c]).compareTo(ApfloatMath.abs(g[pivot][c])) > 0) {
                    pivot = r;
                }
            }
            Apfloat[] tmp = g[c];
            g[c] = g[pivot];
            g[pivot] = tmp;
            if (g[c][c].signum() == 0) {
                return null; // cancelled to nothing at this precision: try a higher one
            }
            for (int r = c + 1; r < f; r++) {
                Apfloat factor = g[r][c].divide(g[c][c]);
                for (int l = c; l <= f; l++) {
                    g[r][l] = g[r][l].subtract(factor.multiply(g[c][l]));
                }
            }
        }
        Apfloat[] z = new Apfloat[f];
        for (int r = f - 1; r >= 0; r--) {
            Apfloat v = g[r][f];
            for (int l = r + 1; l < f; l++) {
                v = v.subtract(g[r][l].multiply(z[l]));
            }
            z[r] = v.divide(g[r][r]);
        }
        return z;
    }

    private static Apfloat decimal(Rational r, long p) {
        return new Apfloat(r.numerator(), p).divide(new Apfloat(r.denominator(), p));
    }
}
