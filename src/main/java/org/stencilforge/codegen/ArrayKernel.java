package org.stencilforge.codegen;

import java.util.List;

/**
 * What generated code for a one-dimensional whole-array operator computes, in
 * no language: the rows of {@code D} and of its exact transpose {@code D^T},
 * the scale {@code h^(-m)}, the shortest array, and the text of the comments.
 * Built by {@link Kernels#of(org.stencilforge.operator.DifferentiationOperator)};
 * emitters only spell it. Immutable.
 *
 * @param derivative {@code m}: the operator is {@code h^(-m)} times the rows
 * @param minLength the shortest array both {@code D} and {@code D^T} hold for
 * @param operator the rows of {@code D}
 * @param adjoint the rows of {@code D^T}
 * @param doc the documentation
 */
public record ArrayKernel(int derivative, int minLength, Rows operator, Rows adjoint, Doc doc) {

    /**
     * The mathematics of the operator in plain notation, for comments.
     *
     * @param symbol the derivative approximated, e.g. {@code f''(x)}
     * @param approximation the interior formula, e.g. {@code (f(x-h) - 2 f(x) + f(x+h)) / h^2}
     * @param accuracy {@code order of accuracy 2, leading error (approximation - exact) 1/12 h^2 f^(4)(x)},
     *     or {@code exact}
     * @param closurePoints how many points each closure row uses
     * @param closureOrder the order of accuracy the closures keep at least
     */
    public record Doc(String symbol, String approximation, String accuracy, int closurePoints, int closureOrder) {
    }

    /**
     * @param precision the arithmetic of the generated code
     * @return this kernel with every coefficient {@link Sum#in in} that precision
     */
    public ArrayKernel in(Precision precision) {
        return new ArrayKernel(derivative, minLength, operator.in(precision), adjoint.in(precision), doc);
    }

    /**
     * @return whether generated code is table-driven (the coefficients of every row in arrays,
     *     one loop applies a row) rather than unrolled, by {@link Kernels#table(List)}
     */
    public boolean table() {
        return Kernels.table(List.of(operator, adjoint));
    }

    /**
     * The documentation as plain lines, for languages whose comments are plain text.
     *
     * @return the lines, without comment markers
     */
    public List<String> docLines() {
        return List.of(
                "Derivative " + derivative + " on a uniform grid of spacing h.",
                "",
                "Interior: " + doc.symbol() + " is approximated by",
                doc.approximation() + ",",
                doc.accuracy() + ".",
                "Rows whose stencil would leave the array use the " + doc.closurePoints() + " nearest points instead",
                "(one-sided at the ends), order of accuracy at least " + doc.closureOrder() + ".");
    }
}
