package org.stencilforge.frequency;

import java.math.BigDecimal;
import org.stencilforge.arithmetic.Rational;

/**
 * The resolving bandwidth of a stencil: the largest {@code ω ≤ π} such that the relative error
 * {@code |H(ω) - κ(iω)^m| / |κ ω^m|} stays within the tolerance on all of {@code (0, ω]}.
 * Immutable.
 *
 * @param tolerance the tolerance
 * @param lower a lower bound of the bandwidth, proved
 * @param upper an upper bound, proved (the relative error exceeds the tolerance there, or it is π)
 * @param decimal the digits of the bandwidth that {@code [lower, upper]} guarantees (rounded
 *     half-even), {@code "0"} or the digits of π when the whole band is resolved
 * @param status {@code resolved} (the bound is a crossing), {@code whole-band} (π),
 *     {@code none} (0: the error exceeds the tolerance at once) or {@code undecided}
 *     (the error touches the tolerance without crossing it; the bounds still hold)
 */
public record Bandwidth(Rational tolerance, BigDecimal lower, BigDecimal upper, String decimal, String status) {

    /** @return the bandwidth as a double (its enclosure's midpoint), e.g. for a design's report */
    public double value() {
        return lower.add(upper).divide(BigDecimal.valueOf(2)).doubleValue();
    }

    /** @return the bandwidth in units of π as a double */
    public double overPi() {
        return value() / Math.PI;
    }
}
