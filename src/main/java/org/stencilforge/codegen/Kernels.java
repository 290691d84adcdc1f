package org.stencilforge.codegen;

import java.util.List;
import java.util.OptionalInt;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.BandRow;
import org.stencilforge.operator.BandedOperator;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.render.Notation;
import org.stencilforge.stencil.Stencil;

/**
 * The one place that reads the model's types: builds the language-neutral
 * kernels from a whole-array operator or a multidimensional stencil. When the
 * model changes, only this class changes.
 */
public final class Kernels {

    /**
     * The most non-zero terms one generated method may unroll: past it a kernel is
     * table-driven. An unrolled {@code applyAdjoint} of the central first derivative of
     * accuracy 30 (1920 terms) still compiles in seconds everywhere; at accuracy 50 (5200
     * terms) gfortran -O2 takes about 50 s and gcc 18 s, and at accuracy 60 (7440) javac
     * fails with "code too large".
     */
    public static final int TABLE_TERMS = 2048;

    /**
     * The most non-zero terms one unrolled sum may have: past it a kernel is table-driven.
     * It keeps one Fortran statement within the 255 continuation lines of Fortran 2008
     * (a term of at most about 90 characters, at least one per line) and one Python
     * expression far from the parser's nesting limits.
     */
    public static final int TABLE_SUM_TERMS = 128;

    private Kernels() {
    }

    /**
     * The one rule for the form of generated code, so that every language agrees: a kernel
     * is table-driven (coefficients in arrays and a loop over them) when a method would
     * unroll more than {@link #TABLE_TERMS} terms or a sum has more than
     * {@link #TABLE_SUM_TERMS}; otherwise every sum is written out term by term.
     *
     * @param methods the rows each generated method unrolls
     * @return whether code is table-driven
     */
    static boolean table(List<Rows> methods) {
        return methods.stream().anyMatch(r -> r.terms() > TABLE_TERMS || r.widest() > TABLE_SUM_TERMS);
    }

    /**
     * @param sum the one sum of a multidimensional stencil
     * @return whether code is table-driven: the sum has more than {@link #TABLE_SUM_TERMS} terms
     */
    static boolean table(Sum sum) {
        return sum.terms().size() > TABLE_SUM_TERMS;
    }

    /**
     * @param op a stencil with closures and its adjoint
     * @return the rows of {@code D} and {@code D^T}, the scale and the documentation
     */
    public static ArrayKernel of(DifferentiationOperator op) {
        AnalysedStencil interior = op.interior();
        int m = interior.stencil().derivative();
        String accuracy = interior.error().order().isPresent()
                ? "order of accuracy " + interior.error().order().getAsInt()
                        + ", leading error (approximation - exact) " + Notation.PLAIN.term(interior.error().terms().get(0), true)
                : "exact";
        return new ArrayKernel(m, op.minLength(), rows(op.operator()), rows(op.adjoint()),
                new ArrayKernel.Doc(Notation.PLAIN.derivative(m), Notation.PLAIN.approximation(interior.stencil()), accuracy,
                        m + op.closureOrder(), op.closureOrder()));
    }

    private static Rows rows(BandedOperator d) {
        return new Rows(d.top().stream().map(Kernels::row).toList(), row(d.interior()),
                d.bottom().stream().map(Kernels::row).toList());
    }

    private static Sum row(BandRow row) {
        return Sum.row(row.first(), row.weights());
    }

    /**
     * @param result a stencil of a multidimensional request (any dimension) and its error
     * @return its points and weights, the scale and the documentation
     * @throws StencilforgeException if an offset is not an integer
     */
    public static PointKernel of(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        List<List<Integer>> offsets = stencil.offsets().stream().map(p -> {
            if (!p.stream().allMatch(Rational::isInteger)) {
                throw new StencilforgeException("generated code needs integer offsets (grid points); " + p
                        + " is not, so give integer offsets or use another format");
            }
            return p.stream().map(c -> c.numerator().intValueExact()).toList();
        }).toList();
        // with a spacing per axis the weights carry the spacings: no factor h^(-m), and h is not used
        String grid = result.isSpaced() ? "the grid of spacings " + Notation.PLAIN.spacing(result.spacing())
                + " (the weights carry them; h is not used)" : "a uniform grid of spacing h";
        return new PointKernel(stencil.dimension(), result.isSpaced() ? 0 : stencil.operator().order(),
                Sum.of(offsets, stencil.weights()),
                new PointKernel.Doc(Notation.PLAIN.operator(stencil.operator()), Notation.order(result.error()),
                        Notation.PLAIN.error(new TruncationError(result.error().leading(), OptionalInt.empty()),
                                false), grid));
    }
}
