package org.stencilforge.codegen;

import java.util.List;

/**
 * What generated code for a multidimensional stencil with integer offsets
 * computes, in no language: one sum over offset vectors, applied wherever every
 * point of the stencil lies in the array, times {@code h^(-m)}. Built by
 * {@link Kernels#of(org.stencilforge.analysis.AnalysedMultiStencil)}; emitters
 * only spell it. Immutable.
 *
 * @param dimension {@code d}, the length of every offset vector
 * @param order {@code m}, the order of the operator: the stencil is {@code h^(-m)} times the sum
 * @param stencil the sum; its positions are the integer offset vectors
 * @param doc the documentation
 */
public record PointKernel(int dimension, int order, Sum stencil, Doc doc) {

    /**
     * The mathematics in plain notation, for comments.
     *
     * @param operator the operator approximated, e.g. {@code Dxx + Dyy}
     * @param accuracy the order of accuracy as a phrase, e.g. {@code 2}
     * @param leadingError the leading error terms (approximation - exact), e.g. {@code 1/12 h^2 Dxxxx f + ...}
     * @param grid the grid, e.g. {@code a uniform grid of spacing h}
     */
    public record Doc(String operator, String accuracy, String leadingError, String grid) {
        /** The documentation of a stencil on a uniform grid of spacing {@code h}. */
        public Doc(String operator, String accuracy, String leadingError) {
            this(operator, accuracy, leadingError, "a uniform grid of spacing h");
        }
    }

    /** @return the documentation as plain lines, without comment markers */
    public List<String> docLines() {
        return List.of(
                "Approximates " + doc.operator() + " on " + doc.grid() + " in " + dimension + " dimensions,",
                "order of accuracy " + doc.accuracy() + " (leading error, approximation - exact:",
                doc.leadingError() + ").");
    }

    /**
     * @param precision the arithmetic of the generated code
     * @return this kernel with every coefficient {@link Sum#in in} that precision
     */
    public PointKernel in(Precision precision) {
        return new PointKernel(dimension, order, stencil.in(precision), doc);
    }

    /**
     * @return whether generated code is table-driven (offsets and coefficients in arrays, one
     *     loop over them) rather than unrolled, by {@link Kernels#table(Sum)}
     */
    public boolean table() {
        return Kernels.table(stencil);
    }

    /**
     * @param axis an axis
     * @return how far the stencil reaches below the centre on it (0 or more)
     */
    public int below(int axis) {
        return stencil.below(axis);
    }

    /**
     * @param axis an axis
     * @return how far the stencil reaches above the centre on it (0 or more)
     */
    public int above(int axis) {
        return stencil.above(axis);
    }

    /**
     * @param axis an axis
     * @return whether some non-zero weight lies off the centre on this axis (so that its stride is used)
     */
    public boolean usesAxis(int axis) {
        return stencil.terms().stream().anyMatch(t -> t.at().get(axis) != 0);
    }
}
