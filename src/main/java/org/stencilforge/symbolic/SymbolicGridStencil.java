package org.stencilforge.symbolic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;

/**
 * A stencil on a grid with a symbolic spacing per axis,
 * {@code L f(x) ≈ Σ_j w_j f(x + s_j ∘ h)} with {@code h = (hx, hy, ...)}: the
 * offsets are grid indices, the weights expressions in the spacings (they carry
 * the scale, so there is no factor {@code h^(-m)}). Immutable; renderers print
 * it as it is.
 *
 * @param operator {@code L}
 * @param spacing one spacing per axis: a symbol or a positive number
 * @param offsets the grid offsets {@code s_j}, in lexicographic order
 * @param weights the weights, sums of monomials in the spacings with exact coefficients
 * @param error the first error terms (approximation minus exact), by total power
 * @param remainder the total power of the spacings of the next error group, if any
 * @param choice the steps that chose the weights of the operator's terms
 */
public record SymbolicGridStencil(DifferentialOperator operator, List<Expr> spacing, List<List<Rational>> offsets,
        List<Expr> weights, List<Term> error, OptionalInt remainder, List<Choice> choice) {

    /**
     * One error term {@code coefficient · ∂^α f}.
     *
     * @param derivative {@code α}
     * @param coefficient a number times a monomial in the spacings, e.g. {@code hx^2/12}
     * @param power the total power of the spacings, {@code |α| - m}
     */
    public record Term(MultiIndex derivative, Expr coefficient, int power) {
    }

    /** Copies the lists. */
    public SymbolicGridStencil {
        spacing = List.copyOf(spacing);
        offsets = offsets.stream().map(List::copyOf).toList();
        weights = List.copyOf(weights);
        error = List.copyOf(error);
        choice = List.copyOf(choice);
    }

    /** @return the dimension */
    public int dimension() {
        return operator.dimension();
    }

    /** @return the order of accuracy: the total power of the spacings in the leading error, or empty if exact */
    public OptionalInt order() {
        return error.isEmpty() ? OptionalInt.empty() : OptionalInt.of(error.get(0).power());
    }

    /** @return the symbols among the spacings, by axis */
    public List<String> symbols() {
        Set<String> out = new LinkedHashSet<>();
        spacing.forEach(e -> out.addAll(e.symbols()));
        return List.copyOf(out);
    }
}
