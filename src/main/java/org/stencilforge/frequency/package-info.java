/**
 * Frequency response of stencils on uniform grids, decided rigorously.
 *
 * <p>{@link org.stencilforge.frequency.Symbol} is the exact symbol
 * {@code H(ω) = Σ_j w_j e^{i s_j ω}} ({@code h = 1}) of a stencil (of a stencil in several
 * dimensions along a direction) as a trigonometric polynomial with rational coefficients, in
 * {@code ω} or, for half-integer offsets, in {@code ω/2}. {@link org.stencilforge.frequency.Responses}
 * derives from it the tangency order at 0, the order of the zero at π, the resolving
 * {@link org.stencilforge.frequency.Bandwidth}, {@link org.stencilforge.frequency.Proof}s and
 * {@link org.stencilforge.frequency.Sample}s.
 *
 * <p>What is promised: properties that are polynomial in {@code cos ω} (signs, monotonicity of
 * the magnitude) are decided exactly by Sturm sequences over the rationals. Properties that
 * involve {@code ω} itself (the bandwidth, {@code |H(ω)| ≤ |κ| ω^m}) are decided by covers of
 * {@code [0, π]} with Taylor models in outward-rounded interval arithmetic, whose remainders are
 * bounded by an integral form valid on the whole real line; near {@code ω = 0}, where the bound
 * is tangent, by an exact polynomial majorant. When a cover cannot decide, the answer is
 * "undecided", never a guess. Every decimal printed is one that the enclosure guarantees
 * (rounded half-even). No double takes part in a decision; doubles serve only plots
 * ({@link org.stencilforge.frequency.Responses#curve}) and the last rounding of a phase, whose
 * error is bounded.
 *
 * <p>Results are immutable records, the same input gives the same output, and every class is
 * safe to use from several threads.
 */
package org.stencilforge.frequency;
