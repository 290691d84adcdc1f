/**
 * Summation-by-parts (SBP) operators, derived and certified exactly.
 *
 * <p>A diagonal-norm SBP first-derivative operator on {@code N} uniform points is
 * {@code D = H^(-1) Q} with {@code H = h diag(w)} positive and
 * {@code Q + Q^T = B = diag(-1, 0, ..., 0, 1)}, so that
 * {@code u^T H D v + (D u)^T H v = u_(N-1) v_(N-1) - u_0 v_0}: the discrete form of
 * integration by parts. {@link SummationByParts#derive} solves the accuracy conditions of the
 * boundary block (the weights {@code w_0 .. w_(r-1)} and the skew part of {@code Q}'s
 * {@code r×r} corner, linear in them) by exact rational Gauss–Jordan elimination; unknowns the
 * conditions leave free are named ({@code q45}: the entry {@code Q[4][5]}, 0-based) and set by a
 * documented rule (Mattsson and Nordström's published choice, or {@code --free}). With a block
 * (restricted-full) norm the block of {@code H} joins the unknowns and the closures reach order
 * {@code 2p - 1}; the second derivatives {@code D2 = H^(-1) (-M + B S)} solve for {@code M}'s corner.
 * {@link Certification#certify} then proves from the finished matrices alone what a user relies
 * on: the norm positive definite (exact {@code LDL^T}), {@code H D + D^T H = B} entry by entry, and
 * the exact order of every row. {@code ChoiceRules} holds the {@code --choose} rules beyond the
 * published choice (the spectral-radius search, and why the others are refused).
 *
 * <p>Everything is exact ({@link org.stencilforge.arithmetic.Rational}); results are immutable
 * records, deterministic for the same input. {@link org.stencilforge.render.SbpDocuments}
 * writes them as text, Markdown, LaTeX, CSV and JSON.
 */
package org.stencilforge.sbp;
