package org.stencilforge.analysis;

import java.util.List;
import java.util.Optional;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.Stencil;

/**
 * A stencil with its truncation error and how its weights were chosen: the
 * finished result that renderers and code emitters take. Immutable.
 *
 * @param stencil the offsets and weights
 * @param error the exact truncation error of those weights
 * @param choice the steps that fixed the weights when the points allowed more
 *     than one set of them (multidimensional requests); empty for a 1-D request,
 *     whose weights are unique
 * @param at the evaluation point {@code z} when the stencil was asked for on
 *     absolute 1-D nodes {@code x_j} (its offsets are {@code x_j - z}, {@code h = 1}),
 *     so that outputs can show the nodes as typed; empty otherwise
 * @param spacing one spacing per axis ({@code hx, hy, ...}) when the stencil was
 *     derived on the grid {@code (i hx, j hy, ...)}: then its offsets are the grid
 *     indices, its weights carry the spacings ({@code L f ≈ Σ_j w_j f(x + s_j ∘ h)},
 *     no factor {@code h^(-m)}) and its error terms have one spacing power per axis;
 *     empty for one {@code h} on every axis
 */
public record AnalysedStencil(Stencil stencil, TruncationError error, List<Choice> choice, Optional<Rational> at,
        List<Rational> spacing) {

    /** Copies the lists, so that the result cannot change. */
    public AnalysedStencil {
        choice = List.copyOf(choice);
        spacing = List.copyOf(spacing);
        org.stencilforge.Checks.require(at.isEmpty() || stencil.dimension() == 1,
                "absolute nodes and an evaluation point are for 1-D stencils");
        org.stencilforge.Checks.require(spacing.isEmpty() || spacing.size() == stencil.dimension(),
                "give one spacing per axis");
    }

    /**
     * @param stencil the offsets and weights
     * @param error their truncation error
     * @param choice the steps that fixed the weights
     * @param at the evaluation point of absolute 1-D nodes, if any
     */
    public AnalysedStencil(Stencil stencil, TruncationError error, List<Choice> choice, Optional<Rational> at) {
        this(stencil, error, choice, at, List.of());
    }

    /** @return whether the stencil has a spacing per axis, its weights carrying them */
    public boolean isSpaced() {
        return !spacing.isEmpty();
    }

    /**
     * @param stencil the offsets and weights
     * @param error their truncation error
     * @param choice the steps that fixed the weights
     */
    public AnalysedStencil(Stencil stencil, TruncationError error, List<Choice> choice) {
        this(stencil, error, choice, Optional.empty());
    }

    /** @return the absolute nodes {@code z + s_j}, in the order of the offsets, when the point is known */
    public Optional<List<Rational>> nodes() {
        return at.map(z -> stencil.axis(0).stream().map(s -> s.add(z)).toList());
    }

    /**
     * @param stencil any stencil
     * @param groups how many non-zero powers of {@code h} of the error to list, at least 1
     * @return the stencil with its first error terms, and no choice to report
     */
    public static AnalysedStencil of(Stencil stencil, int groups) {
        return new AnalysedStencil(stencil, TruncationError.of(stencil, groups), List.of());
    }

    /**
     * @return whether this is the answer to a 1-D request: printed as a formula
     *     in {@code f^(m)(x)} rather than as an operator on offset vectors
     */
    public boolean isLine() {
        return stencil.dimension() == 1 && choice.isEmpty();
    }
}
