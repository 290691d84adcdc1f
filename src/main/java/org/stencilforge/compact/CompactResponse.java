package org.stencilforge.compact;

import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.frequency.Symbol;
import org.stencilforge.stencil.Stencil;

/**
 * The exact frequency response of a compact scheme on a uniform grid ({@code h = 1}): applied to
 * {@code f = e^{iωx}} the scheme gives {@code f^(m) ≈ H_B(ω) / H_A(ω) f} with the symbols
 * {@code H_B(ω) = Σ_j a_j e^{ijω}} of the explicit side and {@code H_A(ω) = Σ_k α_k e^{ikω}} of the
 * implicit one, so its modified wavenumber is the ratio of trigonometric polynomials
 * {@code k'(ω) = H_B(ω) / (i^m H_A(ω))}, which approximates {@code ω^m}; {@code k'(ω) - ω^m = O(ω^(p+m))}
 * for a scheme of order {@code p} (the residual of {@code e^{iωx}} is {@code Σ_n C_n (iω)^n}). At
 * {@code ω = π/2} and {@code ω = π} every {@code e^{ijω}} is {@code ±1} or {@code ±i}, so there the
 * response is an exact (Gaussian) rational. Immutable.
 *
 * @param numerator {@code H_B}, by {@link Symbol#of(Stencil)} (ideal {@code (iω)^m})
 * @param denominator {@code H_A}, the symbol of the left weights as a stencil of derivative 0
 * @param order {@code p}, the scheme's order; {@code -1} for an exact scheme
 * @param halfPi {@code k'(π/2)}, or null where {@code H_A(π/2) = 0}
 * @param pi {@code k'(π)}, or null where {@code H_A(π) = 0}
 */
public record CompactResponse(Symbol numerator, Symbol denominator, int order, Value halfPi, Value pi) {

    /**
     * An exact complex number {@code re + i im}.
     *
     * @param re its real part
     * @param im its imaginary part
     */
    public record Value(Rational re, Rational im) {

        /** @return whether the imaginary part is zero */
        public boolean real() {
            return im.isZero();
        }
    }

    /**
     * @param scheme a compact scheme
     * @return its response
     */
    public static CompactResponse of(CompactScheme scheme) {
        int m = scheme.derivative();
        Symbol b = Symbol.of(Stencil.of(m, ints(scheme.rightOffsets()), scheme.rightWeights()));
        Symbol a = Symbol.of(Stencil.of(0, ints(scheme.leftOffsets()), scheme.leftWeights()));
        return new CompactResponse(b, a, scheme.order().orElse(-1), at(scheme, m, 1), at(scheme, m, 2));
    }

    private static List<Rational> ints(List<Integer> offsets) {
        return offsets.stream().map(k -> Rational.of(k)).toList();
    }

    /** {@code k'(qπ/2)} for {@code q = 1, 2}: {@code e^{ijqπ/2} = i^(jq)}. */
    private static Value at(CompactScheme s, int m, int q) {
        Value nb = sum(s.rightOffsets(), s.rightWeights(), q, 0);
        Value na = sum(s.leftOffsets(), s.leftWeights(), q, m); // i^m H_A
        Rational d = na.re().multiply(na.re()).add(na.im().multiply(na.im()));
        if (d.isZero()) {
            return null;
        }
        // (x + iy) / (u + iv) = ((xu + yv) + i(yu - xv)) / (u^2 + v^2)
        return new Value(nb.re().multiply(na.re()).add(nb.im().multiply(na.im())).divide(d),
                nb.im().multiply(na.re()).subtract(nb.re().multiply(na.im())).divide(d));
    }

    /** {@code i^shift Σ w_j i^(jq)}. */
    private static Value sum(List<Integer> offsets, List<Rational> weights, int q, int shift) {
        Rational[] parts = {Rational.ZERO, Rational.ZERO, Rational.ZERO, Rational.ZERO}; // coefficients of i^0..i^3
        for (int t = 0; t < offsets.size(); t++) {
            int e = Math.floorMod(offsets.get(t) * q + shift, 4);
            parts[e] = parts[e].add(weights.get(t));
        }
        return new Value(parts[0].subtract(parts[2]), parts[1].subtract(parts[3]));
    }
}
