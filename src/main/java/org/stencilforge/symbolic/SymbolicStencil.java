package org.stencilforge.symbolic;

import java.util.List;
import java.util.OptionalInt;

/**
 * A 1-D stencil on symbolic offsets, {@code f^(m)(x) ≈ Σ_j w_j f(x + s_j)},
 * with its truncation error. Immutable; everything in it was computed by
 * the library (renderers print it as it is).
 *
 * @param derivative {@code m}
 * @param symbols the symbols, in order of first appearance in the offsets
 * @param offsets the offsets {@code s_j}, in the order given (not simplified)
 * @param weights the weights {@code w_j}, one per offset: cancelled rational
 *     functions with factored numerator and denominator
 * @param error the first non-zero error terms, by derivative order; empty if the stencil is exact
 * @param next the derivative order of the next non-zero error term, if any
 * @param leadingVanishes the relations under which the leading error coefficient
 *     vanishes, so that the next term leads (one per factor of its numerator that
 *     contains a symbol); empty if it never vanishes
 * @param degeneracies the pairs of offsets that coincide for some values of the
 *     symbols, with the relation that makes them coincide
 */
public record SymbolicStencil(int derivative, List<String> symbols, List<Expr> offsets, List<Expr> weights,
        List<SymbolicErrorTerm> error, OptionalInt next, List<Relation> leadingVanishes,
        List<Degeneracy> degeneracies) {

    /** Copies the lists. */
    public SymbolicStencil {
        symbols = List.copyOf(symbols);
        offsets = List.copyOf(offsets);
        weights = List.copyOf(weights);
        error = List.copyOf(error);
        leadingVanishes = List.copyOf(leadingVanishes);
        degeneracies = List.copyOf(degeneracies);
    }

    /**
     * The order of accuracy: with symbolic offsets the spacings are the
     * symbols, so it is the total degree of the leading error coefficient in
     * them (2 for {@code h1*h2/6}, 1 for {@code (h2 - h1)/3}).
     *
     * @return the order, or empty when the stencil has no truncation error
     */
    public OptionalInt order() {
        return error.isEmpty() ? OptionalInt.empty() : OptionalInt.of(error.get(0).degree());
    }

    /** @return the number of points */
    public int size() {
        return offsets.size();
    }
}
