package org.stencilforge.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.symbolic.Expr;
import org.stencilforge.symbolic.SymbolicGridStencil;

/**
 * The Laplacian on a box with a spacing per axis: the anisotropic Mehrstellen
 * stencil (Collatz, "The Numerical Treatment of Differential Equations", 1960,
 * the "Mehrstellenverfahren"; the 9-point stencil for Poisson's equation with
 * {@code Δx ≠ Δy} asked for in seed 001).
 *
 * <p>By hand, with {@code a = hx}, {@code b = hy}, {@code A = 1/a²}, {@code B = 1/b²},
 * Taylor at {@code (x, y)} to degree 5 (odd degrees cancel by symmetry):
 * <pre>
 * S_x = f(x+a,y) + f(x-a,y)             = 2f + a² fxx + a⁴/12 fxxxx + O(h⁶)
 * S_y = f(x,y+b) + f(x,y-b)             = 2f + b² fyy + b⁴/12 fyyyy + O(h⁶)
 * S_c = Σ± f(x±a, y±b) = 4 Σ_{i,j even} a^i b^j/(i! j!) ∂x^i ∂y^j f
 *     = 4f + 2a² fxx + 2b² fyy + a⁴/6 fxxxx + a²b² fxxyy + b⁴/6 fyyyy + O(h⁶)
 * </pre>
 * With corner weight {@code c = (A+B)/12}, x-neighbours {@code p = (5A-B)/6},
 * y-neighbours {@code q = (5B-A)/6}, centre {@code z = -5/3 (A+B)}, the sum
 * {@code c S_c + p S_x + q S_y + z f} has the coefficients
 * <pre>
 * f      : 4c + 2p + 2q + z = (A+B)/3 + (5A-B)/3 + (5B-A)/3 - 5(A+B)/3 = 0
 * fxx    : 2a² c + a² p     = a² ((A+B)/6 + (5A-B)/6) = a² A = 1      (fyy likewise 1)
 * fxxxx  : a⁴/6 c + a⁴/12 p = a⁴ ((A+B) + (5A-B))/72 = a⁴ A/12 = a²/12
 * fxxyy  : a²b² c           = a²b² (A+B)/12 = (a² + b²)/12
 * fyyyy  : b⁴/6 c + b⁴/12 q = b²/12
 * </pre>
 * so the approximation minus the exact Laplacian is
 * {@code hx²/12 fxxxx + (hx²+hy²)/12 fxxyy + hy²/12 fyyyy + O(h⁴)
 * = 1/12 (hx² ∂x² + hy² ∂y²) Δf}: a multiple of the operator, the Mehrstellen
 * property, and at {@code hx = hy = h} the classic {@code h²/12 Δ²f} with
 * weights {@code 1/6, 2/3, -10/3} (times {@code h⁻²}).
 */
class MehrstellenTest {

    private static StencilRequest box(int d, int radius) {
        return new StencilRequest.Shaped(DifferentialOperator.laplacian(d), Shapes.BOX, radius,
                MomentSolver.Rule.AUTO);
    }

    /** The hand-derived weights at (i, j): corner, x-neighbour, y-neighbour, centre. */
    private static Rational handWeight(int i, int j, Rational hx, Rational hy) {
        Rational a = Rational.ONE.divide(hx.multiply(hx));
        Rational b = Rational.ONE.divide(hy.multiply(hy));
        if (i != 0 && j != 0) {
            return a.add(b).divide(Rational.of(12));
        } else if (i != 0) {
            return a.multiply(Rational.of(5)).subtract(b).divide(Rational.of(6));
        } else if (j != 0) {
            return b.multiply(Rational.of(5)).subtract(a).divide(Rational.of(6));
        }
        return a.add(b).multiply(Rational.of(-5, 3));
    }

    @Test
    void theAnisotropicNinePointLaplacianIsTheHandDerivedOne() {
        Rational hx = Rational.of(1, 10);
        Rational hy = Rational.of(1, 20);
        AnalysedStencil r = AxisSpacings.derive(box(2, 1), List.of(hx, hy), 1, Limits.DEFAULT);
        List<Rational> expected = new ArrayList<>();
        for (List<Rational> s : r.stencil().offsets()) {
            expected.add(handWeight(s.get(0).signum(), s.get(1).signum(), hx, hy));
        }
        assertEquals(9, r.stencil().size());
        assertEquals(expected, r.stencil().weights());
        // 1/hx^2 = 100, 1/hy^2 = 400: corners 500/12, x-neighbours 100/6, y-neighbours 1900/6
        assertEquals(Rational.of(125, 3), r.stencil().weights().get(0));
        assertEquals(List.of(Choice.MEHRSTELLEN), r.choice());
        Map<MultiIndex, Rational> error = new HashMap<>();
        for (ErrorTerm t : r.error().terms()) {
            Rational v = t.coefficient().multiply(hx.pow(t.spacingPowers().get(0)))
                    .multiply(hy.pow(t.spacingPowers().get(1)));
            error.merge(t.derivative(), v, Rational::add);
        }
        assertEquals(Map.of(MultiIndex.of(4, 0), hx.pow(2).divide(Rational.of(12)),
                MultiIndex.of(2, 2), hx.pow(2).add(hy.pow(2)).divide(Rational.of(12)),
                MultiIndex.of(0, 4), hy.pow(2).divide(Rational.of(12))), error);
        assertEquals(2, r.error().order().getAsInt());
    }

    @Test
    void symbolicSpacingsGiveTheClosedForm() {
        SymbolicGridStencil s = AxisSpacings.deriveSymbolic(box(2, 1), AxisSpacings.symbolic("hx,hy"), 1,
                Limits.DEFAULT);
        Random random = new Random(1010);
        for (int trial = 0; trial < 50; trial++) {
            Rational hx = Rational.of(1 + random.nextInt(30), 1 + random.nextInt(30));
            Rational hy = Rational.of(1 + random.nextInt(30), 1 + random.nextInt(30));
            Map<String, Rational> at = Map.of("hx", hx, "hy", hy);
            for (int j = 0; j < s.offsets().size(); j++) {
                List<Rational> o = s.offsets().get(j);
                assertEquals(handWeight(o.get(0).signum(), o.get(1).signum(), hx, hy), s.weights().get(j).evaluate(at));
            }
            Map<MultiIndex, Rational> error = new HashMap<>();
            s.error().forEach(t -> error.merge(t.derivative(), t.coefficient().evaluate(at), Rational::add));
            assertEquals(hx.pow(2).add(hy.pow(2)).divide(Rational.of(12)), error.get(MultiIndex.of(2, 2)));
        }
        // the error names the axis powers
        assertTrue(s.error().stream().map(t -> t.coefficient().text()).toList().contains("hx^2/12"),
                s.error().toString());
    }

    /**
     * Independent of the engine: the moments {@code Σ_j w_j (s_j ∘ h)^α / α!} of the weights on the
     * scaled points, summed directly, must be the operator's coefficients at {@code |α| = 2}, zero
     * at every other {@code |α| < 4}, and at {@code |α| = 4} the coefficients of
     * {@code c (Σ_a h_a² ∂_a²) Δ} with the same {@code c} (1/12) for every {@code α}: the leading
     * error is a multiple of the operator. In two and three dimensions, random rational spacings.
     */
    @Test
    void momentsOnTheScaledPointsMakeTheLeadingErrorAMultipleOfTheOperator() {
        Random random = new Random(42);
        for (int trial = 0; trial < 24; trial++) {
            int d = 2 + trial % 2;
            List<Rational> h = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                h.add(Rational.of(1 + random.nextInt(12), 1 + random.nextInt(12)));
            }
            AnalysedStencil r = AxisSpacings.derive(box(d, 1), h, 1, Limits.DEFAULT);
            for (int degree = 0; degree <= 5; degree++) {
                for (MultiIndex alpha : MultiIndex.ofOrder(d, degree)) {
                    Rational moment = Rational.ZERO;
                    for (int j = 0; j < r.stencil().size(); j++) {
                        Rational term = r.stencil().weights().get(j);
                        for (int a = 0; a < d; a++) {
                            term = term.multiply(r.stencil().offsets().get(j).get(a).multiply(h.get(a))
                                    .pow(alpha.get(a)));
                        }
                        moment = moment.add(term);
                    }
                    moment = moment.divide(Rational.of(alpha.factorial()));
                    Rational expected = Rational.ZERO;
                    int twos = 0;
                    List<Integer> axes = new ArrayList<>();
                    for (int a = 0; a < d; a++) {
                        if (alpha.get(a) % 2 != 0) {
                            axes = null;
                            break;
                        }
                        twos += alpha.get(a) / 2;
                        if (alpha.get(a) > 0) {
                            axes.add(a);
                        }
                    }
                    if (axes != null && degree == 2) {
                        expected = Rational.ONE;
                    } else if (axes != null && degree == 4 && axes.size() == 1) {
                        // (h_a² ∂_a²)(∂_a²)/12
                        expected = h.get(axes.get(0)).pow(2).divide(Rational.of(12));
                    } else if (axes != null && degree == 4 && twos == 2) {
                        // ∂_a²∂_b²: (h_a² + h_b²)/12
                        expected = h.get(axes.get(0)).pow(2).add(h.get(axes.get(1)).pow(2)).divide(Rational.of(12));
                    }
                    if (degree <= 4 || axes == null) {
                        assertEquals(expected, moment, "moment " + alpha + " at " + h);
                    }
                }
            }
        }
    }

    @Test
    void equalSpacingsGiveTheIsotropicStencil() {
        for (int d = 2; d <= 3; d++) {
            for (Shapes shape : Shapes.values()) {
                for (int radius = 1; radius <= (d == 2 ? 3 : 2); radius++) {
                    StencilRequest request = new StencilRequest.Shaped(DifferentialOperator.laplacian(d), shape,
                            radius, MomentSolver.Rule.AUTO);
                    AnalysedStencil uniform = Derivations.derive(request, 1, Limits.DEFAULT);
                    List<Rational> h = new ArrayList<>();
                    for (int a = 0; a < d; a++) {
                        h.add(Rational.of(1, 3));
                    }
                    AnalysedStencil spaced = AxisSpacings.derive(request, h, 1, Limits.DEFAULT);
                    String what = shape + " radius " + radius + " in " + d + "-D";
                    assertEquals(uniform.stencil().offsets(), spaced.stencil().offsets(), what);
                    assertEquals(uniform.stencil().weights().stream().map(w -> w.multiply(Rational.of(9))).toList(),
                            spaced.stencil().weights(), what);
                    Map<MultiIndex, Rational> sums = new HashMap<>();
                    spaced.error().terms().forEach(t -> sums.merge(t.derivative(), t.coefficient(), Rational::add));
                    sums.values().removeIf(Rational::isZero);
                    Map<MultiIndex, Rational> expected = new HashMap<>();
                    uniform.error().terms().forEach(t -> expected.put(t.derivative(), t.coefficient()));
                    assertEquals(expected, sums, what);
                }
            }
        }
        // the classic 9-point stencil itself (e.g. LeVeque, Finite Difference Methods, 2007, eq. 3.17):
        // h^-2 (1/6 corners, 2/3 neighbours, -10/3 centre); h = 1/3 multiplies by 9
        AnalysedStencil nine = AxisSpacings.derive(box(2, 1), List.of(Rational.of(1, 3), Rational.of(1, 3)), 1,
                Limits.DEFAULT);
        assertEquals(List.of(Rational.of(3, 2), Rational.of(6), Rational.of(3, 2), Rational.of(6), Rational.of(-30),
                Rational.of(6), Rational.of(3, 2), Rational.of(6), Rational.of(3, 2)), nine.stencil().weights());
    }

    /** The 3-D box: each face-diagonal neighbour (i, j, 0) carries (1/h_i² + 1/h_j²)/12, the corners 0. */
    @Test
    void theThreeDimensionalBoxGeneralises() {
        SymbolicGridStencil s = AxisSpacings.deriveSymbolic(box(3, 1), AxisSpacings.symbolic("hx,hy,hz"), 1,
                Limits.DEFAULT);
        assertTrue(s.choice().contains(Choice.MEHRSTELLEN));
        Map<String, Rational> at = Map.of("hx", Rational.of(1, 2), "hy", Rational.of(1, 3), "hz", Rational.of(1, 5));
        for (int j = 0; j < s.offsets().size(); j++) {
            List<Rational> o = s.offsets().get(j);
            long nonzero = o.stream().filter(x -> !x.isZero()).count();
            Rational w = s.weights().get(j).evaluate(at);
            if (nonzero == 3) {
                assertEquals(Rational.ZERO, w, "corner " + o);
            } else if (nonzero == 2 && o.get(2).isZero()) {
                assertEquals(Rational.of(4 + 9, 12), w, "edge " + o);
            }
        }
        Expr centre = s.weights().get(s.offsets().indexOf(List.of(Rational.ZERO, Rational.ZERO, Rational.ZERO)));
        // Σ of the weights is 0: centre = -(6 faces + 12 edges), and the faces follow from fxx = 1
        assertEquals(Rational.of(-4, 3).multiply(Rational.of(4 + 9 + 25)), centre.evaluate(at));
    }
}
