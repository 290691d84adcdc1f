/**
 * Real numbers to guaranteed digits: real expressions ({@code sqrt(2)},
 * {@code cos(3*pi/8)}, {@code 2^(1/3)}, {@code exp(-1)}), named node sets
 * (Chebyshev and Legendre, Gauss and Lobatto), and the weights and
 * differentiation matrices on them, every printed digit right.
 *
 * <p><b>Method: ball arithmetic, then print only what is proved.</b> Every real
 * number is a {@link org.stencilforge.real.Ball}, a decimal midpoint with a
 * radius that bounds the distance to the exact value. {@code + - *} are done
 * exactly on {@link java.math.BigDecimal}s, rounded half-even to the working
 * precision, and one unit in the last place is added to the radius; division
 * adds one unit in the last place of the correctly rounded quotient, square root
 * bounds its rounding from the exact residual; radii are rounded
 * up. The weights are the Lagrange-basis formula of
 * {@link org.stencilforge.derivation.Fornberg} evaluated in balls
 * ({@link org.stencilforge.real.RealFornberg}). A number is printed to {@code D}
 * significant digits only when both ends of its ball round (half to even) to the
 * same {@code D}-digit decimal, so the printed decimal is the correctly rounded
 * exact value ({@link org.stencilforge.real.Digits}); a ball that holds 0 and is
 * narrower than {@code 10^-(D+20)} prints as {@code 0}. If anything is
 * unsettled, the working precision (first {@code D + 30}) is doubled and the
 * whole computation repeated, up to a limit
 * ({@link org.stencilforge.real.RealStencils}); past it, the request is refused.
 *
 * <p><b>The one trusted ingredient.</b> {@code exp}, {@code log} and {@code π}
 * are computed by Apfloat ({@code org.apfloat.ApfloatMath}) with 10 guard digits
 * over the working precision {@code p}, and their error is taken to be at most
 * {@code 10^-(p+5) max(1, |x|, |f(x)|)}: five digits of margin over Apfloat's own
 * accuracy. Everything else is checked here: the ball rules, {@code sin} and
 * {@code cos} by their Taylor series with the Lagrange remainder bound (after
 * reduction by multiples of {@code π/2}), Legendre roots by sign changes in
 * {@link org.stencilforge.real.LegendreRoots}. (Apfloat's {@code sin} was also
 * three quarters of the run time on Chebyshev points.)
 *
 * <p>Exact rationals never come here: they stay on
 * {@link org.stencilforge.arithmetic.Rational} (Apfloat's {@code Aprational} is
 * two orders of magnitude slower; see DESIGN.md), and their decimal expansions
 * are rounded exactly by {@link org.stencilforge.real.Digits#of(org.stencilforge.arithmetic.Rational, int)}.
 * Everything here is immutable or thread-safe, and deterministic: the same
 * input gives the same digits.
 */
package org.stencilforge.real;
