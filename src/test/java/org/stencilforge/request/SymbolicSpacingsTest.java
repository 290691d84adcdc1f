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
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;
import org.stencilforge.symbolic.Expr;
import org.stencilforge.symbolic.SymbolicGridStencil;

/** Stencils on a grid with symbolic spacings per axis. */
class SymbolicSpacingsTest {

    private static StencilRequest tensor(String operator, int d, int accuracy) {
        List<AxisStencil> axes = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            axes.add(new AxisStencil.Preset(Scheme.CENTRAL, accuracy));
        }
        return new StencilRequest.Tensor(OperatorParser.parse(operator, d), axes);
    }

    @Test
    void theFivePointLaplacianInHxAndHyIsTheHandDerivedOne() {
        // By hand (see AxisSpacingsTest): 1/hx^2 at (±1, 0), 1/hy^2 at (0, ±1), -2/hx^2 - 2/hy^2
        // = -2 (hx^2 + hy^2)/(hx^2 hy^2) at the centre (simplified: one fraction, factored); approximation minus exact hx^2/12 f_xxxx + hy^2/12 f_yyyy + O(h^4).
        SymbolicGridStencil s = AxisSpacings.deriveSymbolic(tensor("laplacian", 2, 2),
                AxisSpacings.symbolic("hx,hy"), 1, Limits.DEFAULT);
        assertEquals(List.of("1/hx^2", "1/hy^2", "-2*(hx^2 + hy^2)/(hx^2*hy^2)", "1/hy^2", "1/hx^2"),
                s.weights().stream().map(Expr::text).toList());
        assertEquals(List.of("hx^2/12", "hy^2/12"), s.error().stream().map(t -> t.coefficient().text()).toList());
        assertEquals(List.of(MultiIndex.of(4, 0), MultiIndex.of(0, 4)),
                s.error().stream().map(SymbolicGridStencil.Term::derivative).toList());
        assertEquals(2, s.order().getAsInt());
        assertEquals(List.of("hx", "hy"), s.symbols());
    }

    /**
     * Substituting random rationals for the symbols gives exactly the rational path's weights and
     * error (whose weights are checked against the Taylor conditions on the scaled points in
     * AxisSpacingsTest); a spacing given as a number is multiplied out the same way.
     */
    @Test
    void substitutingRationalsGivesTheRationalStencil() {
        Random random = new Random(11);
        String[][] cases = {{"laplacian", "2"}, {"Dxy", "2"}, {"biharmonic", "2"}, {"Dxxy", "2"},
            {"laplacian", "3"}, {"Dxx - 1/2 Dxy + 3 Dyy", "2"}};
        int checked = 0;
        for (int trial = 0; trial < 180; trial++) {
            String[] c = trial >= 120 ? new String[] {"laplacian", String.valueOf(2 + trial % 2)}
                    : cases[trial % cases.length];
            int d = Integer.parseInt(c[1]);
            List<Rational> h = new ArrayList<>();
            Map<String, Rational> values = new HashMap<>();
            List<String> names = new ArrayList<>();
            boolean numeric = trial % 4 == 3; // the last axis given as a number
            for (int a = 0; a < d; a++) {
                h.add(Rational.of(1 + random.nextInt(9), 1 + random.nextInt(12)));
                boolean number = numeric && a == d - 1;
                names.add(number ? h.get(a).toString() : "s" + a);
                if (!number) {
                    values.put("s" + a, h.get(a));
                }
            }
            // boxes of radius 1 (the Mehrstellen Laplacian in 2-D and 3-D) and 2, and tensor products
            StencilRequest request = trial >= 120
                    ? new StencilRequest.Shaped(OperatorParser.parse(c[0], d), Shapes.BOX, 1, MomentSolver.Rule.AUTO)
                    : trial % 5 == 4 && d == 2
                    ? new StencilRequest.Shaped(OperatorParser.parse(c[0], d), Shapes.BOX, 2, MomentSolver.Rule.AUTO)
                    : tensor(c[0], d, trial % 3 == 2 ? 4 : 2);
            SymbolicGridStencil s = AxisSpacings.deriveSymbolic(request,
                    AxisSpacings.symbolic(String.join(",", names)), 2, Limits.DEFAULT);
            AnalysedStencil r = AxisSpacings.derive(request, h, 2, Limits.DEFAULT);
            assertEquals(r.stencil().offsets(), s.offsets(), c[0]);
            assertEquals(r.stencil().weights(), s.weights().stream().map(w -> w.evaluate(values)).toList(), c[0]);
            // the symbolic path writes the terms of one derivative (from different terms of L) as one sum
            Map<String, Rational> rational = new java.util.TreeMap<>();
            for (ErrorTerm t : r.error().terms()) {
                Rational v = t.coefficient();
                for (int a = 0; a < d; a++) {
                    int p = t.spacingPowers().get(a);
                    v = v.multiply(p >= 0 ? h.get(a).pow(p) : Rational.ONE.divide(h.get(a)).pow(-p));
                }
                rational.merge(t.hPower() + " " + t.derivative(), v, Rational::add);
            }
            Map<String, Rational> symbolic = new java.util.TreeMap<>();
            for (SymbolicGridStencil.Term t : s.error()) {
                assertTrue(symbolic.put(t.power() + " " + t.derivative(), t.coefficient().evaluate(values)) == null);
            }
            assertEquals(rational, symbolic, c[0]);
            assertEquals(r.error().remainder(), s.remainder());
            checked++;
        }
        assertEquals(180, checked);
    }

    @Test
    void spacingsMustBeSymbolsOrPositiveNumbers() {
        assertThrows(StencilforgeException.class, () -> AxisSpacings.symbolic("hx,-1"));
        assertThrows(StencilforgeException.class, () -> AxisSpacings.symbolic("hx,2*h"));
        assertThrows(StencilforgeException.class, () -> AxisSpacings.symbolic("hx,pi"));
        assertThrows(StencilforgeException.class, () -> AxisSpacings.deriveSymbolic(tensor("laplacian", 2, 2),
                AxisSpacings.symbolic("hx"), 1, Limits.DEFAULT));
        assertEquals(List.of(Expr.symbol("hx"), Expr.number(Rational.of(1, 2))), AxisSpacings.symbolic("hx,1/2"));
        assertThrows(StencilforgeException.class, () -> AxisSpacings.deriveSymbolic(
                new StencilRequest.Tensor(DifferentialOperator.partial(MultiIndex.of(2)),
                        List.of(new AxisStencil.Preset(Scheme.CENTRAL, 2))), AxisSpacings.symbolic("h"), 1,
                Limits.DEFAULT));
    }
}
