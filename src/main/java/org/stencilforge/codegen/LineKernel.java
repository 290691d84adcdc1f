package org.stencilforge.codegen;

import java.util.List;

/**
 * What generated code for any whole 1-D operator computes, in no language: the rows of
 * {@code D} (on inputs of length {@code n}, {@code n + extra} rows) and of its exact
 * transpose (on inputs of length {@code n + extra}, {@code n} rows), each in the form of
 * {@link Rows} with bottom columns relative to that operator's own input length, whether
 * columns wrap around (periodic), the scale {@code h^(-m)}, and the comment text. Emitters
 * spell it table-driven, with {@code apply_all}, {@code apply_adjoint}, {@code apply_normal}
 * ({@code D^T D f}) and {@code gradient} ({@code D^T (D f - y)}). Built by
 * {@link Kernels#of(org.stencilforge.operator.LineOperator, org.stencilforge.operator.LineOperator, String,
 * org.stencilforge.stencil.Stencil)}. Immutable.
 *
 * @param derivative {@code m}
 * @param minLength the shortest {@code n} both {@code D} and {@code D^T} hold for
 * @param extra rows of {@code D} minus its columns
 * @param periodic whether column indices are taken modulo the input length
 * @param operator the rows of {@code D}
 * @param adjoint the rows of {@code D^T}
 * @param doc the documentation, plain lines
 */
public record LineKernel(int derivative, int minLength, int extra, boolean periodic, Rows operator, Rows adjoint,
        List<String> doc) {

    /**
     * @param precision the arithmetic of the generated code
     * @return this kernel with every coefficient {@link Sum#in in} that precision
     */
    public LineKernel in(Precision precision) {
        return new LineKernel(derivative, minLength, extra, periodic, operator.in(precision), adjoint.in(precision), doc);
    }

    /** Copies the lines. */
    public LineKernel {
        doc = List.copyOf(doc);
    }
}
