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
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.LineOperator;
import org.stencilforge.operator.Lines;
import java.util.function.IntFunction;
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

    /**
     * @param d a whole 1-D operator on inputs of length {@code n}
     * @param t its exact transpose, described on inputs of length {@code n + d.extra()}
     * @param kind what the operator is, in words
     * @param interior its interior stencil
     * @return the rows of both, the shortest input and the documentation
     */
    public static LineKernel of(LineOperator d, LineOperator t, String kind, Stencil interior) {
        int m = d.derivative();
        String extra = d.extra() == 0 ? "n values" : Spell.index("n", d.extra()) + " values";
        return new LineKernel(m, Math.max(d.minLength(), t.minLength() - d.extra()), d.extra(), d.periodic(),
                rows(d), rows(t), List.of(
                        "Derivative " + m + " on a uniform grid of spacing h: the whole operator D (" + kind + ").",
                        "",
                        "Interior: " + Notation.PLAIN.derivative(m) + " is approximated by",
                        Notation.PLAIN.approximation(interior) + ".",
                        d.periodic() ? "Periodic: sample indices wrap around modulo n."
                                : "Rows near the ends use the closures of the exact matrix (see the exact row weights).",
                        "D maps n samples to " + extra + "; D^T maps them back."));
    }

    /**
     * Generated code's view of a whole 1-D operator with closures, staggered or a convolution:
     * {@code D} and its exact transpose, each read off the exact matrices for every input length
     * ({@link LineOperator#of(IntFunction, int)}).
     *
     * @param family the exact {@code D} for every grid size (of its input, or cells of a staggered grid)
     * @param n a grid the operator is asked on, where the search for the interior band starts
     * @param kind what the operator is, in words
     * @param interior its interior stencil
     * @return the kernel
     */
    public static LineKernel of(IntFunction<DifferentiationMatrix> family, int n, String kind, Stencil interior) {
        int shift = family.apply(n).columns() - n; // e.g. N cells give N + 1 faces: index the family by its input length
        IntFunction<DifferentiationMatrix> byInput = k -> family.apply(k - shift);
        LineOperator d = LineOperator.of(byInput, n + shift);
        int extra = d.extra();
        return of(d, LineOperator.of(k -> byInput.apply(k - extra).transpose(), n + shift + extra), kind, interior);
    }

    /**
     * @param interior a stencil with integer offsets
     * @return generated code's view of its periodic (circulant) operator and the transpose
     */
    public static LineKernel periodic(Stencil interior) {
        LineOperator d = LineOperator.periodic(interior.derivative(), Lines.band(interior));
        return of(d, d.periodicTranspose(), "periodic", interior);
    }

    private static Rows rows(LineOperator d) {
        return new Rows(d.top().stream().map(Kernels::row).toList(), row(d.interior()),
                d.bottom().stream().map(Kernels::row).toList());
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
    /**
     * A stencil on symbolic 1-D offsets as a function of the array, an index
     * and the symbols: the sample of offset {@code s_j} (in the order given) is
     * {@code f[i + j - z]}, where {@code z} is the position of the offset
     * {@code 0} (so that {@code f[i]} is at {@code x}), or 0 when no offset is
     * {@code 0} ({@code f[i]} is then the first node).
     *
     * @param s the stencil
     * @return its kernel
     */
    public static SymbolicKernel of(org.stencilforge.symbolic.SymbolicStencil s) {
        int z = 0;
        for (int j = 0; j < s.size(); j++) {
            if (s.offsets().get(j) instanceof org.stencilforge.symbolic.Expr.Num n && n.value().isZero()) {
                z = j;
            }
        }
        List<SymbolicKernel.Term> terms = new java.util.ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            org.stencilforge.symbolic.Expr w = s.weights().get(j);
            if (!(w instanceof org.stencilforge.symbolic.Expr.Num n && n.value().isZero())) {
                terms.add(new SymbolicKernel.Term(List.of(j - z), w));
            }
        }
        List<String> doc = new java.util.ArrayList<>();
        doc.add("Approximates " + Notation.PLAIN.derivative(s.derivative()) + " from samples f[i + k] at x + s_k, with");
        List<String> at = new java.util.ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            at.add("s_" + (j - z) + " = " + s.offsets().get(j).text());
        }
        doc.add(String.join(", ", at) + ";");
        doc.add(s.order().isPresent() ? "order of accuracy " + s.order().getAsInt() + " in the spacings (leading error,"
                + " approximation - exact: " + s.error().get(0).coefficient().text() + " "
                + Notation.PLAIN.derivative(s.error().get(0).derivative()) + ")." : "exact.");
        return new SymbolicKernel(1, s.symbols(), terms, doc);
    }

    /**
     * @param s a stencil on a grid with symbolic spacings
     * @return its kernel: the grid offsets, the weights as coefficients, the spacings' symbols as parameters
     */
    public static SymbolicKernel of(org.stencilforge.symbolic.SymbolicGridStencil s) {
        List<SymbolicKernel.Term> terms = new java.util.ArrayList<>();
        for (int j = 0; j < s.offsets().size(); j++) {
            org.stencilforge.symbolic.Expr w = s.weights().get(j);
            if (!(w instanceof org.stencilforge.symbolic.Expr.Num n && n.value().isZero())) {
                terms.add(new SymbolicKernel.Term(s.offsets().get(j).stream()
                        .map(c -> c.numerator().intValueExact()).toList(), w));
            }
        }
        List<String> axes = new java.util.ArrayList<>();
        for (int a = 0; a < s.dimension(); a++) {
            axes.add(Notation.spacingName(a, s.dimension()) + " = " + s.spacing().get(a).text());
        }
        String error = s.error().isEmpty() ? "exact." : "order of accuracy " + s.order().getAsInt()
                + " in the spacings (leading error, approximation - exact: " + s.error().stream()
                        .filter(t -> t.power() == s.error().get(0).power())
                        .map(t -> t.coefficient().text() + " " + Notation.PLAIN.partial(t.derivative()))
                        .reduce((a, b) -> a + " + " + b).orElse("") + ").";
        return new SymbolicKernel(s.dimension(), s.symbols(), terms, List.of(
                "Approximates " + Notation.PLAIN.operator(s.operator()) + " at f[index] of a flat array whose axis k"
                        + " has stride strides[k],",
                "on the grid of spacings " + String.join(", ", axes) + " in " + s.dimension() + " dimensions;",
                error));
    }

    /**
     * Generated code's view of a tensor-product operator on a grid ({@link
     * org.stencilforge.operator.Grids#tensor}): its regions and those of its transpose, read off the
     * exact matrices ({@link org.stencilforge.operator.GridRegions#of}).
     *
     * @param operator the operator {@code L}
     * @param terms its tensor-product terms
     * @param periodic per axis whether it wraps around
     * @param sizes the grid asked for (the loop specialised to it)
     * @param limits the size bounds of the 1-D operators
     * @param maxTerms the most stencil terms the code's tables may hold ({@link
     *     org.stencilforge.operator.GridRegions#of})
     * @return the kernel
     */
    public static GridKernel grid(org.stencilforge.stencil.DifferentialOperator operator,
            List<org.stencilforge.operator.Grids.Term> terms, List<Boolean> periodic, List<Integer> sizes,
            org.stencilforge.derivation.Limits limits, long maxTerms) {
        int d = operator.dimension();
        int[] least = new int[d];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (org.stencilforge.operator.Grids.Term t : terms) {
            for (int a = 0; a < d; a++) {
                if (t.factors().get(a).isEmpty()) {
                    continue;
                }
                Stencil s = t.factors().get(a).get();
                boolean wrap = periodic.get(a);
                int n = sizes.get(a);
                least[a] = Math.max(least[a], seen.computeIfAbsent(s + "|" + wrap, key -> (wrap ? periodic(s)
                        : of(m -> Lines.collocated(s, m, new org.stencilforge.operator.ClosureRule(OptionalInt.empty(),
                                OptionalInt.empty(), org.stencilforge.operator.BoundaryPoints.NEAREST),
                                org.stencilforge.operator.Grids.lineLimits(limits, Math.max(m, n))).matrix(), n,
                                "collocated", s)).minLength()));
            }
        }
        List<String> doc = List.of(
                "The whole operator D of " + Notation.PLAIN.operator(operator) + " on a tensor grid of spacing h in "
                        + d + " dimensions,",
                "with closures: D = h^(-" + operator.order() + ") times the sum over the terms of c L_x (x) L_y"
                        + (d > 2 ? " (x) L_z" : "") + ", each factor the closed",
                "1-D operator of its axis (the identity where the term does not differentiate it)"
                        + (periodic.contains(true) ? "; periodic axes wrap around" : "") + ".");
        return grid(operator.dimension(), operator.order(), n -> org.stencilforge.operator.Grids.tensor(operator, terms,
                n, periodic, limits, org.stencilforge.operator.Grids.Bounds.DEFAULT), periodic, least, sizes, doc, maxTerms);
    }

    /**
     * Generated code's view of an operator whose rows near the boundary are the interior stencil
     * solved again on shifted points ({@link org.stencilforge.operator.Grids#solved}).
     *
     * @param interior the interior stencil, integer offsets
     * @param rule how the Taylor conditions choose among weights
     * @param periodic per axis whether it wraps around
     * @param sizes the grid asked for (the loop specialised to it)
     * @param limits the size bounds of the solves
     * @param maxTerms the most stencil terms the code's tables may hold
     * @return the kernel
     */
    public static GridKernel grid(Stencil interior, org.stencilforge.derivation.MomentSolver.Rule rule,
            List<Boolean> periodic, List<Integer> sizes, org.stencilforge.derivation.Limits limits, long maxTerms) {
        int d = interior.dimension();
        int[] least = new int[d];
        for (int a = 0; a < d; a++) {
            List<Rational> x = interior.axis(a);
            least[a] = x.get(x.size() - 1).subtract(x.get(0)).numerator().intValueExact() + 1;
        }
        var operator = interior.operator();
        List<String> doc = List.of(
                "The whole operator D of " + Notation.PLAIN.operator(operator) + " on a tensor grid of spacing h in "
                        + d + " dimensions:",
                "the interior stencil where all its points lie in the grid, elsewhere the stencil solved again on its"
                        + " points",
                "shifted inside the grid" + (periodic.contains(true) ? " (periodic axes wrap around)" : "")
                        + "; D = h^(-" + operator.order() + ") times the weights.");
        return grid(d, operator.order(), n -> org.stencilforge.operator.Grids.solved(interior, rule, n, periodic,
                limits, org.stencilforge.operator.Grids.Bounds.DEFAULT), periodic, least, sizes, doc, maxTerms);
    }

    private static GridKernel grid(int d, int order,
            java.util.function.Function<List<Integer>, org.stencilforge.operator.GridOperator> build,
            List<Boolean> periodic, int[] least, List<Integer> sizes, List<String> doc, long maxTerms) {
        var pair = org.stencilforge.operator.GridRegions.of(build, periodic,
                java.util.Arrays.stream(least).boxed().toList(), maxTerms);
        List<String> all = new java.util.ArrayList<>(doc);
        all.add("Arrays are flat; point (i_0, ..., i_(d-1)) is at sum_a i_a strides[a] (row-major: the last axis"
                + " fastest).");
        return new GridKernel(d, order, pair.minLength(), part(pair.operator()), part(pair.adjoint()), sizes, all);
    }

    private static GridKernel.Part part(org.stencilforge.operator.GridRegions g) {
        List<GridKernel.Region> regions = new java.util.ArrayList<>();
        for (var r : g.regions()) {
            List<List<Integer>> at = new java.util.ArrayList<>();
            List<Rational> w = new java.util.ArrayList<>();
            List<List<Integer>> wraps = new java.util.ArrayList<>();
            for (var e : r.entries()) {
                at.add(e.offset());
                w.add(e.weight());
                wraps.add(e.wrap());
            }
            regions.add(new GridKernel.Region(r.classes(), Sum.of(at, w), wraps));
        }
        return new GridKernel.Part(g.below(), g.above(), regions);
    }
}
