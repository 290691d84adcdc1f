package org.stencilforge.codegen;

import java.util.List;
import org.stencilforge.symbolic.Expr;

/**
 * What generated code for a stencil with symbolic spacings computes, in no
 * language: one sum over array positions, each sample times a coefficient
 * that is an expression in the function's spacing parameters. In 1-D the
 * function takes the array, the index {@code i} and the symbols
 * ({@code apply(f, i, h1, h2)}); in several dimensions a flat array, an index
 * and the strides, then the spacings ({@code apply(f, index, strides, hx, hy)}).
 * Built by {@link Kernels#of(org.stencilforge.symbolic.SymbolicStencil)} and
 * {@link Kernels#of(org.stencilforge.symbolic.SymbolicGridStencil)}; emitters
 * only spell it, the coefficients through {@link ExprSpell}. Immutable.
 *
 * @param dimension {@code d}: 1 for a stencil on symbolic offsets
 * @param parameters the symbols, in order: the function's arguments after the array and index
 * @param terms the non-zero terms
 * @param doc the documentation, plain lines without comment markers
 */
public record SymbolicKernel(int dimension, List<String> parameters, List<Term> terms, List<String> doc) {

    /**
     * @param at the position relative to the index, one per axis
     * @param coefficient the coefficient, an expression in the parameters
     */
    public record Term(List<Integer> at, Expr coefficient) {
        /** Copies the list. */
        public Term {
            at = List.copyOf(at);
        }
    }

    /** Copies the lists. */
    public SymbolicKernel {
        parameters = List.copyOf(parameters);
        terms = List.copyOf(terms);
        doc = List.copyOf(doc);
    }

    /** @return the names of the function's other arguments, which no parameter may take */
    public List<String> fixedArguments() {
        return dimension == 1 ? List.of("f", "i") : List.of("f", "index", "strides");
    }
}
