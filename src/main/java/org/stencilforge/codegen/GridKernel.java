package org.stencilforge.codegen;

import java.util.List;

/**
 * What generated code for a whole operator on a tensor grid computes, in no language:
 * {@code D = h^(-m) Σ_t c_t L_(t,0) ⊗ L_(t,1) ⊗ ...}, each factor a whole 1-D operator with
 * its closures ({@link LineKernel}, its exact transpose included) or the identity, so that
 * {@code D^T = h^(-m) Σ_t c_t L_(t,0)^T ⊗ L_(t,1)^T ⊗ ...}. Arrays are flat, indexed by
 * strides (row-major: the last axis fastest). Every point whose rows are the interior rows
 * of every factor uses {@link #interior()} (or {@link #adjointInterior()}) written out,
 * which is the sum of the products of the interior bands; the other points evaluate the
 * terms from the 1-D rows. Built by {@link Kernels#grid}. Immutable.
 *
 * @param dimension {@code d}
 * @param order {@code m}
 * @param terms the terms
 * @param lines the distinct 1-D operators the terms use
 * @param minLength per axis, the shortest length every factor holds for
 * @param interior the interior stencil of {@code D}, offsets per axis
 * @param adjointInterior the interior stencil of {@code D^T}
 * @param operatorRange per axis the interior rows of {@code D}
 * @param adjointRange per axis the interior rows of {@code D^T}
 * @param sizes the grid asked for: code has a loop specialised to it (constant sizes and row-major strides),
 *     which compilers vectorise as they do a hand-written loop; other grids take the general loops
 * @param doc the documentation, plain lines
 */
public record GridKernel(int dimension, int order, List<Term> terms, List<LineKernel> lines, List<Integer> minLength,
        Sum interior, Sum adjointInterior, List<Range> operatorRange, List<Range> adjointRange, List<Integer> sizes, List<String> doc) {

    /** Copies the lists. */
    public GridKernel {
        terms = List.copyOf(terms);
        lines = List.copyOf(lines);
        minLength = List.copyOf(minLength);
        operatorRange = List.copyOf(operatorRange);
        adjointRange = List.copyOf(adjointRange);
        sizes = List.copyOf(sizes);
        doc = List.copyOf(doc);
    }

    /** @return the row-major strides of {@link #sizes()}, the last axis fastest */
    public List<Integer> rowMajorStrides() {
        Integer[] s = new Integer[sizes.size()];
        int stride = 1;
        for (int a = sizes.size() - 1; a >= 0; a--) {
            s[a] = stride;
            stride *= sizes.get(a);
        }
        return List.of(s);
    }

    /**
     * One term {@code c L_0 ⊗ L_1 ⊗ ...}.
     *
     * @param coefficient {@code c}, exact
     * @param factors per axis the index into {@link #lines()}, or {@code -1} for the identity
     */
    public record Term(org.stencilforge.arithmetic.Rational coefficient, List<Integer> factors) {

        /** Copies the list. */
        public Term {
            factors = List.copyOf(factors);
        }

        /** @return {@code c} as code writes it, the correctly rounded double */
        public double written() {
            return coefficient.toDouble();
        }
    }

    /**
     * On one axis, the rows {@code i} with {@code below <= i < n - above} are interior rows of every
     * factor on the axis, with every column inside the array.
     *
     * @param below the first interior row
     * @param above how many rows at the end are not interior
     */
    public record Range(int below, int above) {
    }
}
