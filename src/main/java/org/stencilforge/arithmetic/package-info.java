/**
 * Exact arithmetic: {@link org.stencilforge.arithmetic.Rational}, an immutable,
 * always-reduced fraction of {@link java.math.BigInteger}s, and
 * {@link org.stencilforge.arithmetic.RationalParser}, which reads the numbers a
 * user types (integers, {@code p/q}, exact decimals) without ever passing
 * through a double; {@link org.stencilforge.arithmetic.Polynomial}, polynomials
 * over the rationals with Euclid's gcd and Sturm chains for exact root counts.
 *
 * <p>Everything here is immutable and thread-safe. Rationals are the currency of
 * the public API; the derivation's inner loops may work on integers directly
 * (fraction-free) and hand rationals back only at the end.
 */
package org.stencilforge.arithmetic;
