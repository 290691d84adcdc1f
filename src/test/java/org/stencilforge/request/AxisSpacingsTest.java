package org.stencilforge.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.stencil.Stencil;

/** Stencils on a grid with a rational spacing per axis. */
class AxisSpacingsTest {

    private static List<Rational> q(String list) {
        return RationalParser.parseList(list);
    }

    private static AnalysedStencil spaced(String operator, int d, int accuracy, String spacing, int errorTerms) {
        DifferentialOperator op = OperatorParser.parse(operator, d);
        List<AxisStencil> axes = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            axes.add(new AxisStencil.Preset(Scheme.CENTRAL, accuracy));
        }
        return AxisSpacings.derive(new StencilRequest.Tensor(op, axes), q(spacing), errorTerms, Limits.DEFAULT);
    }

    @Test
    void theFivePointLaplacianWithTwoSpacingsIsTheHandDerivedOne() {
        // By hand: f(x±hx, y) = f ± hx f_x + hx^2/2 f_xx ± hx^3/6 f_xxx + hx^4/24 f_xxxx + ..., so
        // (f(x-hx,y) - 2 f + f(x+hx,y)) / hx^2 = f_xx + hx^2/12 f_xxxx + O(hx^4), and likewise in y. The
        // 5-point Laplacian with hx ≠ hy has weights 1/hx^2 at (±1, 0), 1/hy^2 at (0, ±1) and
        // -2/hx^2 - 2/hy^2 at the centre; approximation minus exact is
        // +hx^2/12 f_xxxx + hy^2/12 f_yyyy + O(h^4). With hx = 1/10, hy = 1/20: 100, 400, -1000.
        AnalysedStencil r = spaced("laplacian", 2, 2, "1/10,1/20", 1);
        assertEquals(List.of(q("-1,0"), q("0,-1"), q("0,0"), q("0,1"), q("1,0")), r.stencil().offsets());
        assertEquals(q("100,400,-1000,400,100"), r.stencil().weights());
        assertEquals(q("1/10,1/20"), r.spacing());
        assertEquals(List.of(new ErrorTerm(MultiIndex.of(4, 0), List.of(2, 0), Rational.of(1, 12)),
                new ErrorTerm(MultiIndex.of(0, 4), List.of(0, 2), Rational.of(1, 12))), r.error().terms());
        assertEquals(2, r.error().order().getAsInt());
    }

    @Test
    void theMixedDerivativeCarriesOneOverFourHxHy() {
        // By hand: (f(x+hx,y+hy) - f(x+hx,y-hy) - f(x-hx,y+hy) + f(x-hx,y-hy)) / (4 hx hy) = f_xy
        // + hx^2/6 f_xxxy + hy^2/6 f_xyyy + ...: the product of two central first differences, each
        // f' + h^2/6 f'''. With hx = 1/2, hy = 1/3: 1/(4 hx hy) = 3/2.
        AnalysedStencil r = spaced("Dxy", 2, 2, "1/2,1/3", 1);
        assertEquals(q("3/2,-3/2,-3/2,3/2"), r.stencil().weights());
        assertEquals(List.of(new ErrorTerm(MultiIndex.of(3, 1), List.of(2, 0), Rational.of(1, 6)),
                new ErrorTerm(MultiIndex.of(1, 3), List.of(0, 2), Rational.of(1, 6))), r.error().terms());
    }

    /**
     * The independent check: solving the Taylor conditions directly on the scaled points
     * {@code s_j ∘ h} (with {@code h = 1}) must give the same weights, and the error of those
     * weights, computed by the numeric engine, must equal the sum of our terms
     * {@code c h^p} at the spacings, for every {@code α}.
     */
    @Test
    void randomSpacingsAgreeWithTheTaylorConditionsOnTheScaledPoints() {
        Random random = new Random(20261122);
        String[][] cases = {{"laplacian", "2"}, {"Dxy", "2"}, {"biharmonic", "2"}, {"Dxxy", "2"},
            {"laplacian", "3"}, {"Dxx - 1/2 Dxy + 3 Dyy", "2"}, {"Dxyz", "3"}};
        int checked = 0;
        for (int trial = 0; trial < 40; trial++) {
            String[] c = cases[trial % cases.length];
            int d = Integer.parseInt(c[1]);
            int accuracy = trial % 3 == 2 ? 4 : 2;
            List<Rational> h = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                h.add(Rational.of(1 + random.nextInt(9), 1 + random.nextInt(12)));
            }
            DifferentialOperator op = OperatorParser.parse(c[0], d);
            List<AxisStencil> axes = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                axes.add(new AxisStencil.Preset(Scheme.CENTRAL, accuracy));
            }
            AnalysedStencil r = AxisSpacings.derive(new StencilRequest.Tensor(op, axes), h, 2, Limits.DEFAULT);
            List<List<Rational>> scaled = r.stencil().offsets().stream().map(s -> {
                List<Rational> p = new ArrayList<>();
                for (int a = 0; a < d; a++) {
                    p.add(s.get(a).multiply(h.get(a)));
                }
                return p;
            }).toList();
            Stencil direct = MomentSolver.solve(op, scaled, MomentSolver.Rule.AUTO, Limits.DEFAULT).stencil();
            // the tensor-product points are a tensor grid, where the Taylor conditions plus the further
            // monomials fix the tensor product
            assertEquals(r.stencil().weights(), direct.weights(), c[0] + " at " + h);
            TruncationError numeric = TruncationError.of(direct, 2);
            Map<MultiIndex, Rational> ours = new HashMap<>();
            for (ErrorTerm t : r.error().terms()) {
                Rational v = t.coefficient();
                for (int a = 0; a < d; a++) {
                    v = v.multiply(power(h.get(a), t.spacingPowers().get(a)));
                }
                ours.merge(t.derivative(), v, Rational::add);
            }
            ours.values().removeIf(Rational::isZero);
            Map<MultiIndex, Rational> theirs = new HashMap<>();
            numeric.terms().forEach(t -> theirs.put(t.derivative(), t.coefficient()));
            assertEquals(theirs, ours, c[0] + " at " + h);
            assertEquals(numeric.order(), r.error().order());
            checked++;
        }
        assertEquals(40, checked);
    }

    @Test
    void equalSpacingsGiveTheUniformStencilTimesHToTheMinusM() {
        for (String op : List.of("laplacian", "Dxy", "biharmonic")) {
            AnalysedStencil uniform = Derivations.derive(new StencilRequest.Tensor(OperatorParser.parse(op, 2),
                    List.of(new AxisStencil.Preset(Scheme.CENTRAL, 4), new AxisStencil.Preset(Scheme.CENTRAL, 4))),
                    1, Limits.DEFAULT);
            AnalysedStencil r = spaced(op, 2, 4, "1/3,1/3", 1);
            int m = uniform.stencil().derivative();
            Rational scale = Rational.of(3).pow(m);
            assertEquals(uniform.stencil().offsets(), r.stencil().offsets());
            assertEquals(uniform.stencil().weights().stream().map(w -> w.multiply(scale)).toList(),
                    r.stencil().weights(), op);
            Map<MultiIndex, Rational> sums = new HashMap<>();
            r.error().terms().forEach(t -> sums.merge(t.derivative(), t.coefficient(), Rational::add));
            Map<MultiIndex, Rational> expected = new HashMap<>();
            uniform.error().terms().forEach(t -> expected.put(t.derivative(), t.coefficient()));
            assertEquals(expected, sums, op);
        }
    }

    @Test
    void onABoxTheLaplacianIsTheMehrstellenStencil() {
        // The closed form derived by hand in MehrstellenTest, at hx = 1/2, hy = 1/3 (1/hx^2 = 4,
        // 1/hy^2 = 9): corners (4 + 9)/12 = 13/12, x-neighbours (5*4 - 9)/6 = 11/6, y-neighbours
        // (5*9 - 4)/6 = 41/6, centre -5/3 (4 + 9) = -65/3.
        AnalysedStencil box = AxisSpacings.derive(new StencilRequest.Shaped(DifferentialOperator.laplacian(2),
                Shapes.BOX, 1, MomentSolver.Rule.AUTO), q("1/2,1/3"), 1, Limits.DEFAULT);
        assertEquals(q("13/12,11/6,13/12,41/6,-65/3,41/6,13/12,11/6,13/12"), box.stencil().weights());
        assertEquals(List.of(org.stencilforge.stencil.Choice.MEHRSTELLEN), box.choice());
    }

    @Test
    void whereTheTermsCannotShareTheMultipleEachTermIsChosenOnItsOwn() {
        // Documented: the biharmonic on a 5x5 box has its mixed term 2 Dxxyy exact to order 4 while
        // Dxxxx reaches order 2, so no common multiple; each term is then derived as without the
        // rule, and the stencil is the sum of the per-term ones (not the unspaced isotropic one).
        AnalysedStencil box = AxisSpacings.derive(new StencilRequest.Shaped(DifferentialOperator.biharmonic(2),
                Shapes.BOX, 2, MomentSolver.Rule.AUTO), q("1,1"), 1, Limits.DEFAULT);
        assertTrue(!box.choice().contains(org.stencilforge.stencil.Choice.MEHRSTELLEN));
        AnalysedStencil xxxx = Derivations.derive(new StencilRequest.Shaped(
                DifferentialOperator.partial(MultiIndex.of(4, 0)), Shapes.BOX, 2, MomentSolver.Rule.AUTO), 1,
                Limits.DEFAULT);
        assertEquals(xxxx.stencil().weights().get(0).add(xxxx.stencil().weights().get(0)), // corner of Dxxxx + Dyyyy
                box.stencil().weights().get(0).subtract(Rational.of(2)
                        .multiply(Derivations.derive(new StencilRequest.Shaped(DifferentialOperator.partial(
                                MultiIndex.of(2, 2)), Shapes.BOX, 2, MomentSolver.Rule.AUTO), 1, Limits.DEFAULT)
                                .stencil().weights().get(0))));
    }

    @Test
    void badSpacingsAreRefused() {
        assertThrows(StencilforgeException.class, () -> spaced("laplacian", 2, 2, "1/10", 1));
        assertThrows(StencilforgeException.class, () -> spaced("laplacian", 2, 2, "1/10,0", 1));
        assertThrows(StencilforgeException.class, () -> spaced("laplacian", 2, 2, "1/10,-1", 1));
        assertTrue(AxisSpacings.rational("hx,hy").isEmpty());
        assertEquals(q("1,2"), AxisSpacings.rational("1,2").orElseThrow());
    }

    private static Rational power(Rational h, int k) {
        return k >= 0 ? h.pow(k) : Rational.ONE.divide(h).pow(-k);
    }
}
