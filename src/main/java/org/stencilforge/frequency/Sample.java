package org.stencilforge.frequency;

import org.stencilforge.arithmetic.Rational;

/**
 * The response at one frequency {@code ω = x π}, as guaranteed decimal digits (see
 * {@link Decimals}: every printed digit is right; {@code 0} stands for an enclosure of 0
 * narrower than 1e-30). Immutable.
 *
 * @param x {@code ω / π}, exact
 * @param magnitude {@code |H(ω)|}
 * @param phase {@code arg H(ω)} in radians, in {@code (-π, π]}; {@code null} where {@code H = 0}
 * @param relativeError {@code |H(ω) - κ(iω)^m| / |κ ω^m|}; at {@code ω = 0} its limit
 */
public record Sample(Rational x, String magnitude, String phase, String relativeError) {
}
