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

    /**
     * Four and five points, where Symja's Series in several symbols is wrong and slow: every
     * symbol {@code h_i} is replaced by {@code c_i t} with random rationals {@code c_i} (the
     * offsets here are linear in the symbols, so {@code C_n} is homogeneous of degree
     * {@code n - m}: {@code C_n(c t) = C_n(c) t^(n-m)}), and the stencil applied to a generic
     * {@code f} is expanded by Series in the one variable {@code t}: {@code t^m Σ_j w_j f(x + s_j)}
     * has {@code C_n(c) f^(n)(x)} at {@code t^n} (plus {@code f^(m)(x)} at {@code t^m}).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1;-h1-h2,-h1,0,h3;1", "2;-h1-h2,-h1,0,h3;2", "3;-h1,0,h2,h3;3",
        "1;-h1-h2,-h1,0,h3,h3+h4;4", "2;-h1-h2,-h1,0,h3,h3+h4;5", "4;-h1-h2,-h1,0,h3,h3+h4;6"})
    void seriesInOneScaleReproducesTheErrorTermsOnFourAndFivePoints(int m, String offsets, long seed) {
        SymbolicStencil s = SymbolicStencils.fromOffsets(m, offsets, 2, SymbolicLimits.DEFAULT.withMaxSeconds(300));
        int last = s.error().get(s.error().size() - 1).derivative();
        java.util.Random random = new java.util.Random(seed);
        java.util.Map<String, org.stencilforge.arithmetic.Rational> c = new java.util.HashMap<>();
        for (String h : s.symbols()) {
            c.put(h, org.stencilforge.arithmetic.Rational.of(1 + random.nextInt(9), 1 + random.nextInt(7)));
        }
        StringBuilder why = new StringBuilder();
        boolean ok = Symja.run(600, "the series check", session -> {
            ISymbol t = F.Dummy("t");
            ISymbol x = F.Dummy("x");
            ISymbol f = F.Dummy("f");
            IExpr[] rules = s.symbols().stream().map(h -> F.Rule(session.symbol(h),
                    F.Times(session.toSymja(Expr.number(c.get(h))), t))).toArray(IExpr[]::new);
            IExpr scaled = F.C0;
            for (int j = 0; j < s.size(); j++) {
                IExpr offset = session.eval(F.ReplaceAll(session.toSymja(s.offsets().get(j)), F.List(rules)));
                IExpr weight = session.eval(F.Together(F.Times(F.Power(t, F.ZZ(m)),
                        F.ReplaceAll(session.toSymja(s.weights().get(j)), F.List(rules)))));
                IExpr taylor = session.eval(F.unaryAST1(S.Normal, F.Series(F.unaryAST1(f, F.Plus(x, offset)),
                        F.List(t, F.C0, F.ZZ(last)))));
                scaled = F.Plus(scaled, F.Times(weight, taylor));
            }
            IExpr series = session.eval(F.Expand(scaled));
            for (int n = 0; n <= last; n++) {
                IExpr expected = n == m ? derivative(m, f, x) : F.C0;
                for (SymbolicErrorTerm term : s.error()) {
                    if (term.derivative() == n) {
                        expected = F.Times(session.toSymja(Expr.number(term.coefficient().evaluate(c))),
                                derivative(n, f, x));
                    }
                }
                IExpr difference = session.eval(F.Together(F.Subtract(F.Coefficient(series, t, F.ZZ(n)),
                        expected)));
                if (!difference.isZero()) {
                    why.append("n=").append(n).append(": ").append(difference);
                    return false;
                }
            }
            return true;
        });
        assertTrue(ok, "Series in t disagrees for derivative " + m + " on " + offsets + " at " + c + ": " + why);
    }

    private static IExpr derivative(int n, ISymbol f, ISymbol x) {
        return n == 0 ? F.unaryAST1(f, x) : F.D(F.unaryAST1(f, x), F.List(x, F.ZZ(n)));
    }
}
