package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.request.AxisSpacings;
import org.stencilforge.request.StencilRequest;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.OperatorParser;

/**
 * An independent check of the error terms with symbolic spacings per axis:
 * Symja's Series, in one variable {@code ε}, of the stencil applied to
 * {@code f = exp(a·x)} (a generating function of every derivative:
 * {@code ∂^α f = a^α f}) on the grid scaled by {@code ε}. The weights carry
 * {@code h^(-m)}, so they scale as {@code ε^(-m)}:
 * {@code ε^(-m) Σ_j w_j exp(ε a·(s_j ∘ h))} has {@code L(a)} at {@code ε^0} and
 * {@code Σ_α E_α a^α} at {@code ε^p} for the error terms {@code E_α ∂^α f} of
 * total spacing power {@code p}; every other power below the last listed one
 * vanishes.
 */
class GridSeriesCrossCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"laplacian;2;box;1;hx,hy", "laplacian;3;box;1;hx,hy,hz",
        "laplacian;2;box;2;hx,hy", "Dxy;2;box;1;hx,hy", "laplacian;2;cross;2;hx,1/3"})
    void seriesReproducesTheErrorTerms(String operator, int d, String shape, int radius, String spacing) {
        StencilRequest request = new StencilRequest.Shaped(OperatorParser.parse(operator, d),
                Shapes.valueOf(shape.toUpperCase(java.util.Locale.ROOT)), radius, MomentSolver.Rule.AUTO);
        SymbolicGridStencil s = AxisSpacings.deriveSymbolic(request, AxisSpacings.symbolic(spacing), 2,
                Limits.DEFAULT);
        int m = s.operator().order();
        int last = s.error().get(s.error().size() - 1).power();
        StringBuilder why = new StringBuilder();
        boolean ok = Symja.run(300, "the series check", session -> {
            ISymbol eps = F.Dummy("eps");
            List<IExpr> a = new ArrayList<>();
            for (int k = 0; k < d; k++) {
                a.add(F.Dummy("a" + k));
            }
            IExpr series = F.C0;
            for (int j = 0; j < s.offsets().size(); j++) {
                IExpr exponent = F.C0;
                for (int k = 0; k < d; k++) {
                    Rational i = s.offsets().get(j).get(k);
                    exponent = F.Plus(exponent, F.Times(a.get(k), F.fraction(i.numerator(), i.denominator()),
                            session.toSymja(s.spacing().get(k))));
                }
                IExpr sample = F.Exp(F.Times(eps, exponent));
                IExpr taylor = session.eval(F.unaryAST1(S.Normal, F.Series(sample, F.List(eps, F.C0,
                        F.ZZ(m + last)))));
                series = F.Plus(series, F.Times(session.toSymja(s.weights().get(j)), taylor));
            }
            series = session.eval(F.Expand(series));
            for (int n = 0; n <= m + last; n++) {
                IExpr expected = F.C0;
                if (n == m) {
                    expected = symbol(s.operator().terms().stream().map(t -> (IExpr) F.Times(
                            F.fraction(t.coefficient().numerator(), t.coefficient().denominator()),
                            monomial(a, t.derivative()))).toList());
                }
                for (SymbolicGridStencil.Term t : s.error()) {
                    if (t.power() + m == n) {
                        expected = F.Plus(expected, F.Times(session.toSymja(t.coefficient()),
                                monomial(a, t.derivative())));
                    }
                }
                IExpr got = F.Coefficient(series, eps, F.ZZ(n));
                IExpr difference = session.eval(F.Together(F.Subtract(got, expected)));
                if (!difference.isZero()) {
                    why.append("ε^").append(n).append(": ").append(difference);
                    return false;
                }
            }
            return true;
        });
        assertTrue(ok, "Series disagrees for " + operator + " on a " + shape + " at " + spacing + ": " + why);
    }

    private static IExpr symbol(List<IExpr> terms) {
        return F.Plus(terms.toArray(IExpr[]::new));
    }

    private static IExpr monomial(List<IExpr> a, MultiIndex alpha) {
        IExpr out = F.C1;
        for (int k = 0; k < a.size(); k++) {
            out = F.Times(out, F.Power(a.get(k), F.ZZ(alpha.get(k))));
        }
        return out;
    }
}
