package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An independent check of the error terms: Symja's own Series of the stencil
 * applied to a generic smooth f, {@code ε^(-m) Σ_j w_j f(x + ε s_j) - f^(m)(x)},
 * has the coefficient {@code C_n f^(n)(x)} at {@code ε^(n-m)} (plus {@code f^(m)(x)} at {@code ε^0}) (the weights scale
 * as {@code ε^(-m)} when the offsets scale by {@code ε}); every lower power vanishes.
 */
class SeriesCrossCheckTest {

    @ParameterizedTest
    // three points at most: on 4 and 5 points Symja's Expand of the combined series takes minutes
    @CsvSource(delimiter = ';', value = {"1;-h1,0,h2", "2;-h1,0,h2", "1;0,h1,h1+h2", "2;-h,0,2*h", "1;-h/2,h/2"})
    void seriesReproducesTheErrorTerms(int m, String offsets) {
        SymbolicStencil s = SymbolicStencils.fromOffsets(m, offsets, 2, SymbolicLimits.DEFAULT.withMaxSeconds(120));
        int last = s.error().get(s.error().size() - 1).derivative();
        StringBuilder why = new StringBuilder();
        boolean ok = Symja.run(300, "the series check", session -> {
            ISymbol eps = F.Dummy("eps");
            ISymbol x = F.Dummy("x");
            ISymbol f = F.Dummy("f");
            // each sample expanded by Series on its own, then combined: Symja 3.0.0's Series of the
            // whole weighted sum in several symbols returns wrong negative powers of ε
            IExpr series = F.C0;
            for (int j = 0; j < s.size(); j++) {
                IExpr sample = F.unaryAST1(f, F.Plus(x, F.Times(eps, session.toSymja(s.offsets().get(j)))));
                IExpr taylor = session.eval(F.unaryAST1(S.Normal, F.Series(sample, F.List(eps, F.C0, F.ZZ(last)))));
                series = F.Plus(series, F.Times(session.toSymja(s.weights().get(j)), taylor));
            }
            series = session.eval(F.Expand(series));
            for (int n = 0; n <= last; n++) {
                IExpr expected = n == m ? derivative(m, f, x) : F.C0;
                for (SymbolicErrorTerm t : s.error()) {
                    if (t.derivative() == n) {
                        expected = F.Times(session.toSymja(t.coefficient()), derivative(n, f, x));
                    }
                }
                IExpr got = F.Coefficient(series, eps, F.ZZ(n));
                // ε^n carries h^n: the coefficient of ε^n is C_n f^(n)(x) (plus f^(m)(x) for n = m)
                IExpr difference = session.eval(F.Together(F.Subtract(got, expected)));
                if (!difference.isZero()) {
                    why.append("n=").append(n).append(": ").append(difference).append(" in ").append(series);
                    return false;
                }
            }
            return true;
        });
        assertTrue(ok, "Series disagrees for derivative " + m + " on " + offsets + ": " + why);
    }

    private static IExpr derivative(int n, ISymbol f, ISymbol x) {
        return n == 0 ? F.unaryAST1(f, x) : F.D(F.unaryAST1(f, x), F.List(x, F.ZZ(n)));
    }
}
