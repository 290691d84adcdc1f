package org.stencilforge.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;

/**
 * Whole operators on tensor grids: the Kronecker structure checked entry by entry against the
 * 1-D matrices, the adjoint against the transpose read entry by entry, every row exact on
 * polynomials up to its reported order (each monomial differentiated by hand in this test),
 * periodic operators on trigonometric polynomials whose samples are rational.
 */
class GridsTest {

    private static final Limits LIMITS = Limits.DEFAULT;
    private static final ClosureRule RULE = new ClosureRule(OptionalInt.empty(), OptionalInt.empty(),
            BoundaryPoints.NEAREST);

    private static GridOperator tensor(DifferentialOperator op, int p, List<Integer> sizes, List<Boolean> periodic) {
        List<AxisStencil> axes = new ArrayList<>();
        for (int a = 0; a < op.dimension(); a++) {
            axes.add(new AxisStencil.Preset(Scheme.CENTRAL, p));
        }
        return Grids.tensor(op, Grids.terms(op, axes, LIMITS), sizes, periodic, LIMITS, Grids.Bounds.DEFAULT);
    }

    private static DifferentiationMatrix line(int m, int p, int n) {
        return Lines.collocated(Stencils.preset(Scheme.CENTRAL, m, p, LIMITS), n, RULE, LIMITS).matrix();
    }

    private static Rational delta(int i, int j) {
        return i == j ? Rational.ONE : Rational.ZERO;
    }

    @Test
    void laplacianIsTheKroneckerSumOfTheClosedOneDimensionalOperators() {
        // by definition, row-major with the last axis fastest: entry ((i0,i1),(j0,j1)) of Dxx ⊗ I + I ⊗ Dyy
        // is Dxx[i0][j0] δ(i1,j1) + δ(i0,j0) Dyy[i1][j1]
        int n0 = 7;
        int n1 = 6;
        GridOperator g = tensor(DifferentialOperator.laplacian(2), 4, List.of(n0, n1), List.of(false, false));
        DifferentiationMatrix dx = line(2, 4, n0);
        DifferentiationMatrix dy = line(2, 4, n1);
        for (int i0 = 0; i0 < n0; i0++) {
            for (int i1 = 0; i1 < n1; i1++) {
                for (int j0 = 0; j0 < n0; j0++) {
                    for (int j1 = 0; j1 < n1; j1++) {
                        Rational expected = dx.entry(i0, j0).multiply(delta(i1, j1))
                                .add(delta(i0, j0).multiply(dy.entry(i1, j1)));
                        assertEquals(expected, g.matrix().entry(i0 * n1 + i1, j0 * n1 + j1));
                    }
                }
            }
        }
    }

    @Test
    void mixedDerivativeIsTheKroneckerProductInThreeDimensions() {
        // f_xz on 5x4x6: entry is Dx[i0][j0] δ(i1,j1) Dz[i2][j2]
        int[] n = {5, 4, 6};
        GridOperator g = tensor(DifferentialOperator.partial(MultiIndex.of(1, 0, 1)), 2, List.of(5, 4, 6),
                List.of(false, false, false));
        DifferentiationMatrix dx = line(1, 2, n[0]);
        DifferentiationMatrix dz = line(1, 2, n[2]);
        int count = 0;
        for (int r = 0; r < 120; r++) {
            for (int c = 0; c < 120; c++) {
                int i0 = r / 24;
                int i1 = r / 6 % 4;
                int i2 = r % 6;
                int j0 = c / 24;
                int j1 = c / 6 % 4;
                int j2 = c % 6;
                Rational expected = dx.entry(i0, j0).multiply(delta(i1, j1)).multiply(dz.entry(i2, j2));
                assertEquals(expected, g.matrix().entry(r, c));
                count += expected.isZero() ? 0 : 1;
            }
        }
        assertEquals(count, g.matrix().nonZeros());
    }

    @Test
    void adjointIsTheExactTranspose() {
        for (GridOperator g : List.of(
                tensor(DifferentialOperator.laplacian(2), 2, List.of(6, 5), List.of(false, true)),
                tensor(DifferentialOperator.partial(MultiIndex.of(1, 1)), 4, List.of(7, 8), List.of(false, false)),
                solvedBox(List.of(6, 7), List.of(false, false)))) {
            GridOperator t = g.transpose();
            assertTrue(t.transposed());
            for (int i = 0; i < g.points(); i++) {
                for (int j = 0; j < g.points(); j++) {
                    assertEquals(g.matrix().entry(j, i), t.matrix().entry(i, j));
                }
            }
            assertEquals(g.matrix(), t.transpose().matrix());
        }
    }

    private static GridOperator solvedBox(List<Integer> sizes, List<Boolean> periodic) {
        DifferentialOperator lap = DifferentialOperator.laplacian(2);
        var interior = MomentSolver.solve(lap, Shapes.BOX.offsets(2, 1, LIMITS), MomentSolver.Rule.AUTO, LIMITS)
                .stencil();
        return Grids.solved(interior, MomentSolver.Rule.AUTO, sizes, periodic, LIMITS, Grids.Bounds.DEFAULT);
    }

    /** L x^a y^b ... by hand: the derivative of a monomial. */
    private static Rational derivative(int[] exps, int[] alpha, int[] at) {
        Rational v = Rational.ONE;
        for (int a = 0; a < exps.length; a++) {
            if (alpha[a] > exps[a]) {
                return Rational.ZERO;
            }
            long falling = 1;
            for (int k = 0; k < alpha[a]; k++) {
                falling *= exps[a] - k;
            }
            v = v.multiply(Rational.of(falling)).multiply(Rational.of(at[a]).pow(exps[a] - alpha[a]));
        }
        return v;
    }

    /** Whether every row of a class is exact on every monomial of degree below m + order, row by row. */
    private static void checkOrdersOnMonomials(GridOperator g) {
        int d = g.sizes().size();
        int m = g.order();
        for (GridOperator.BoundaryClass c : g.classes()) {
            assertTrue(c.order() >= 1 && c.order() < GridOperator.BoundaryClass.EXACT, c.toString());
        }
        int maxDegree = g.classes().stream().mapToInt(GridOperator.BoundaryClass::order).max().orElse(0) + m;
        for (List<Integer> e : exponents(d, maxDegree)) {
            int[] exps = e.stream().mapToInt(Integer::intValue).toArray();
            int degree = e.stream().mapToInt(Integer::intValue).sum();
            List<Rational> f = new ArrayList<>();
            int[] p = new int[d];
            for (int i = 0; i < g.points(); i++) {
                unflatten(i, g.sizes(), p);
                f.add(derivative(exps, new int[d], p));
            }
            List<Rational> df = g.matrix().apply(f);
            for (int i = 0; i < g.points(); i++) {
                unflatten(i, g.sizes(), p);
                Rational exact = Rational.ZERO;
                for (DifferentialOperator.Term t : g.operator().terms()) {
                    exact = exact.add(t.coefficient().multiply(derivative(exps, t.derivative().toArray(), p)));
                }
                GridOperator.BoundaryClass c = classOf(g, p);
                if (degree < m + c.order()) {
                    assertEquals(exact, df.get(i), "row " + i + " class " + c + " monomial " + e);
                }
            }
            // the reported order is sharp: some row of each class fails on some monomial of degree m + order
        }
        for (GridOperator.BoundaryClass c : g.classes()) {
            boolean fails = false;
            for (List<Integer> e : exponents(d, m + c.order())) {
                int[] exps = e.stream().mapToInt(Integer::intValue).toArray();
                if (e.stream().mapToInt(Integer::intValue).sum() != m + c.order()) {
                    continue;
                }
                List<Rational> f = new ArrayList<>();
                int[] p = new int[d];
                for (int i = 0; i < g.points(); i++) {
                    unflatten(i, g.sizes(), p);
                    f.add(derivative(exps, new int[d], p));
                }
                List<Rational> df = g.matrix().apply(f);
                for (int i = 0; i < g.points() && !fails; i++) {
                    unflatten(i, g.sizes(), p);
                    if (!classOf(g, p).equals(c)) {
                        continue;
                    }
                    Rational exact = Rational.ZERO;
                    for (DifferentialOperator.Term t : g.operator().terms()) {
                        exact = exact.add(t.coefficient().multiply(derivative(exps, t.derivative().toArray(), p)));
                    }
                    fails = !exact.equals(df.get(i));
                }
            }
            assertTrue(fails, "order of " + c + " is not sharp");
        }
    }

    private static GridOperator.BoundaryClass classOf(GridOperator g, int[] p) {
        // the positions by the reach of the interior (from the interior class's rows, one row each side)
        for (GridOperator.BoundaryClass c : g.classes()) {
            boolean match = true;
            for (int a = 0; a < p.length && match; a++) {
                String pos = c.position().get(a);
                int n = g.sizes().get(a);
                if (pos.equals("interior")) {
                    final int axis = a;
                    final String fromStart = Integer.toString(p[a]);
                    final String fromEnd = "n-1-" + (n - 1 - p[a]);
                    match = g.classes().stream().noneMatch(o -> o.position().get(axis).equals(fromStart)
                            || o.position().get(axis).equals(fromEnd));
                } else if (pos.startsWith("n-1-")) {
                    match = n - 1 - p[a] == Integer.parseInt(pos.substring(4));
                } else {
                    match = p[a] == Integer.parseInt(pos);
                }
            }
            if (match) {
                return c;
            }
        }
        throw new AssertionError("no class for " + java.util.Arrays.toString(p));
    }

    private static List<List<Integer>> exponents(int d, int maxDegree) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int a = 0; a < d; a++) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> e : out) {
                int used = e.stream().mapToInt(Integer::intValue).sum();
                for (int k = 0; k + used <= maxDegree; k++) {
                    List<Integer> x = new ArrayList<>(e);
                    x.add(k);
                    next.add(x);
                }
            }
            out = next;
        }
        return out;
    }

    private static void unflatten(int row, List<Integer> sizes, int[] p) {
        for (int a = sizes.size() - 1; a >= 0; a--) {
            p[a] = row % sizes.get(a);
            row /= sizes.get(a);
        }
    }

    @Test
    void everyClassIsExactOnPolynomialsBelowItsReportedOrderAndNotAtIt() {
        GridOperator lap4 = tensor(DifferentialOperator.laplacian(2), 4, List.of(9, 8), List.of(false, false));
        // closures of a central stencil keep the interior's order (Lines): every class order 4
        assertTrue(lap4.classes().stream().allMatch(c -> c.order() == 4), lap4.classes().toString());
        checkOrdersOnMonomials(lap4);
        GridOperator fxy = tensor(DifferentialOperator.partial(MultiIndex.of(1, 1)), 2, List.of(6, 7),
                List.of(false, false));
        checkOrdersOnMonomials(fxy);
        GridOperator lap3 = tensor(DifferentialOperator.laplacian(3), 2, List.of(5, 4, 6),
                List.of(false, false, false));
        assertEquals(27, lap3.classes().size());
        checkOrdersOnMonomials(lap3);
        GridOperator box = solvedBox(List.of(6, 7), List.of(false, false));
        checkOrdersOnMonomials(box);
        // the 9-point box Laplacian of rule auto has order 2 inside (Patra & Karttunen 2006)
        assertEquals(2, box.classes().get(0).order());
        assertEquals(List.of("interior", "interior"), box.classes().get(0).position());
    }

    @Test
    void periodicLaplacianIsExactOnRationalTrigonometricSamples() {
        // on 6 points per axis, cos(2πk/6) and sin(2πk/6)·(2/√3) take the rational values below; the
        // 3-point second difference of cos(θ i) is (2 cos θ - 2) cos(θ i) = -cos(θ i) for θ = π/3 (hand),
        // and -3 cos(2θ i)... for θ = 2π/3 (2 cos θ - 2 = -3). So D (cos(π i/3) cos(2π j/3)) = -4 times it.
        Rational half = Rational.of(1, 2);
        Rational[] c1 = {Rational.ONE, half, half.negate(), Rational.ONE.negate(), half.negate(), half};
        Rational[] c2 = {Rational.ONE, half.negate(), half.negate(), Rational.ONE, half.negate(), half.negate()};
        GridOperator g = tensor(DifferentialOperator.laplacian(2), 2, List.of(6, 6), List.of(true, true));
        List<Rational> f = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                f.add(c1[i].multiply(c2[j]));
            }
        }
        List<Rational> df = g.matrix().apply(f);
        for (int k = 0; k < 36; k++) {
            assertEquals(f.get(k).multiply(Rational.of(-4)), df.get(k));
        }
        // the fourth-order stencil's symbol (-2 cos 2θ + 32 cos θ - 30) / 12 is -9/4... at θ = π/3: (1 + 16 - 30)/12
        // = -13/12 per axis on a mixed periodic / closed grid the periodic axis alone: x periodic only
        GridOperator mixed = tensor(DifferentialOperator.partial(MultiIndex.of(2, 0)), 4, List.of(6, 5),
                List.of(true, false));
        List<Rational> u = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 5; j++) {
                u.add(c1[i].multiply(Rational.of(j * j + 1)));
            }
        }
        List<Rational> du = mixed.matrix().apply(u);
        for (int k = 0; k < 30; k++) {
            assertEquals(u.get(k).multiply(Rational.of(-13, 12)), du.get(k));
        }
    }

    @Test
    void badGridsAreRefusedWithTheirFix() {
        DifferentialOperator lap = DifferentialOperator.laplacian(2);
        var e = assertThrows(StencilforgeException.class,
                () -> tensor(lap, 2, List.of(3, 10), List.of(false, false)));
        assertTrue(e.getMessage().contains("axis 1") && e.getMessage().contains("give at least 4"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> tensor(lap, 2, List.of(10), List.of(false)));
        assertTrue(e.getMessage().contains("one size per axis"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> Grids.tensor(lap, Grids.terms(lap,
                List.of(new AxisStencil.Preset(Scheme.CENTRAL, 2), new AxisStencil.Preset(Scheme.CENTRAL, 2)), LIMITS),
                List.of(100, 100), List.of(false, false), LIMITS, new Grids.Bounds(9999, 1L << 25)));
        assertTrue(e.getMessage().contains("--max-grid-points"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> Grids.tensor(lap, Grids.terms(lap,
                List.of(new AxisStencil.Preset(Scheme.CENTRAL, 2), new AxisStencil.Preset(Scheme.CENTRAL, 2)), LIMITS),
                List.of(100, 100), List.of(false, false), LIMITS, new Grids.Bounds(1L << 21, 1000)));
        assertTrue(e.getMessage().contains("--max-nonzeros"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> solvedBox(List.of(2, 9), List.of(false, false)));
        assertTrue(e.getMessage().contains("axis 1") && e.getMessage().contains("at least 3"), e.getMessage());
    }
}
