package org.stencilforge.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * 1-D stencils on symbolic offsets: {@code f^(m)(x) ≈ Σ_j w_j f(x + s_j)} where
 * the offsets {@code s_j} are expressions in symbols ({@code -h1, 0, h2}), the
 * weights rational functions of them and the error terms exact expressions.
 *
 * <p>The mathematics is written out here and Symja only simplifies:
 * <ul>
 * <li>weights (Lagrange): {@code w_j = m! [t^m] Π_{l≠j}(t - s_l) / Π_{l≠j}(s_j - s_l)
 *     = m! (-1)^(N-1-m) e_{N-1-m}(s_l, l≠j) / Π_{l≠j}(s_j - s_l)} with {@code e_k} the
 *     elementary symmetric polynomials; cancelled, numerator and denominator factored;</li>
 * <li>error terms: {@code C_n = Σ_j w_j s_j^n / n! - δ(n, m)}, zero for {@code n < N}
 *     (the stencil is exact on polynomials of degree below {@code N}); for
 *     {@code n ≥ N}, with {@code ω(t) = Π_l (t - s_l)} and {@code t^n = ω(t) Q(t) + P(t)}
 *     ({@code P} interpolates {@code t^n}, so {@code Σ_j w_j s_j^n = P^(m)(0)}), and
 *     {@code Q(t) = Σ_k h_k(s) t^(n-N-k)} with {@code h_k} the complete homogeneous
 *     symmetric polynomials, {@code C_n = -(m!/n!) Σ_{b=0}^{min(m, n-N)} (-1)^(N-m+b)
 *     e_{N-m+b}(s) h_{n-N-b}(s)}: a polynomial in the offsets, no division;</li>
 * <li>the search for non-zero terms stops when {@code N} consecutive {@code C_n}
 *     past {@code m} vanish: {@code Σ_j w_j s_j^n} satisfies a linear recurrence
 *     of order {@code N}, so every later one vanishes too.</li>
 * </ul>
 * Offsets that are equal for every value of the symbols are an error; offsets
 * that are equal for some values are reported as {@link Degeneracy}s.
 */
public final class SymbolicStencils {

    /** The most error terms one request may list. */
    public static final int MAX_ERROR_TERMS = 20;

    private SymbolicStencils() {
    }

    /**
     * @param derivative {@code m}, at least 0
     * @param offsets comma-separated offsets as a user types them, e.g. {@code -h1,0,h2}
     * @param errorTerms how many non-zero error terms to list, 1 to {@value #MAX_ERROR_TERMS}
     * @param limits the size and time bounds
     * @return the stencil
     * @throws StencilforgeException for malformed or coinciding offsets, or past a limit
     */
    public static SymbolicStencil fromOffsets(int derivative, String offsets, int errorTerms, SymbolicLimits limits) {
        return fromOffsets(derivative, ExpressionParser.parseList(offsets), errorTerms, limits);
    }

    /**
     * Absolute nodes {@code x_j} and an evaluation point {@code z}: the offsets {@code x_j - z}.
     *
     * @param derivative {@code m}, at least 0
     * @param nodes the nodes, e.g. {@code x0,x1,x2}
     * @param at the evaluation point, e.g. {@code x1} or {@code z}
     * @param errorTerms how many non-zero error terms to list
     * @param limits the size and time bounds
     * @return the stencil, its offsets {@code x_j - z} (or {@code x_j} when {@code z} is 0)
     * @throws StencilforgeException for malformed or coinciding nodes, or past a limit
     */
    public static SymbolicStencil fromNodes(int derivative, List<Expr> nodes, Expr at, int errorTerms,
            SymbolicLimits limits) {
        boolean zero = at instanceof Expr.Num n && n.value().isZero();
        return fromOffsets(derivative, nodes.stream()
                .map(x -> zero ? x : x.equals(at) ? new Expr.Num(org.stencilforge.arithmetic.Rational.ZERO)
                        : Expr.sum(List.of(x, Expr.negate(at)))).toList(), errorTerms, limits);
    }

    /**
     * @param derivative {@code m}, at least 0
     * @param offsets the offsets, more than {@code m}, at most {@link SymbolicLimits#maxPoints}
     * @param errorTerms how many non-zero error terms to list, 1 to {@value #MAX_ERROR_TERMS}
     * @param limits the size and time bounds
     * @return the stencil
     * @throws StencilforgeException for coinciding offsets, too few or too many, or past the time limit
     */
    public static SymbolicStencil fromOffsets(int derivative, List<Expr> offsets, int errorTerms,
            SymbolicLimits limits) {
        if (derivative < 0) {
            throw new StencilforgeException("the derivative order must be 0 or more, not " + derivative);
        }
        if (errorTerms < 1 || errorTerms > MAX_ERROR_TERMS) {
            throw new StencilforgeException("the number of symbolic error terms must be 1 to " + MAX_ERROR_TERMS
                    + ", not " + errorTerms);
        }
        if (offsets.isEmpty()) {
            throw new StencilforgeException("no offsets given: a stencil needs at least one node");
        }
        limits.checkPoints(offsets.size());
        if (offsets.size() <= derivative) {
            throw new StencilforgeException(offsets.size() + (offsets.size() == 1 ? " node" : " nodes")
                    + " cannot approximate derivative " + derivative + ": give at least " + (derivative + 1L)
                    + " nodes (the derivative order plus one)");
        }
        List<Expr> given = List.copyOf(offsets);
        Set<String> symbolSet = new LinkedHashSet<>();
        given.forEach(s -> symbolSet.addAll(s.symbols()));
        List<String> symbols = List.copyOf(symbolSet);
        return Symja.run(limits.maxSeconds(), "the symbolic stencil",
                session -> new Derivation(session, derivative, given, symbols, errorTerms).run());
    }

    /**
     * Each expression as one rational function: cancelled, numerator and
     * denominator factored ({@code (hx^2 + hy^2)/(12*hx^2*hy^2)}), by Symja
     * under the time limit.
     *
     * @param expressions rational functions of symbols
     * @param limits the time bound
     * @return the simplified expressions, in the same order
     * @throws StencilforgeException past the time limit
     */
    public static List<Expr> simplified(List<Expr> expressions, SymbolicLimits limits) {
        List<Expr> given = List.copyOf(expressions);
        return Symja.run(limits.maxSeconds(), "the simplified weights",
                session -> given.stream().map(e -> session.simplified(session.toSymja(e))).toList());
    }

    /** One derivation, on the worker thread. */
    private static final class Derivation {
        private final Symja.Session session;
        private final int m;
        private final List<Expr> offsets;
        private final List<String> symbols;
        private final int errorTerms;
        private final int n;
        private final List<IExpr> s = new ArrayList<>();

        Derivation(Symja.Session session, int m, List<Expr> offsets, List<String> symbols, int errorTerms) {
            this.session = session;
            this.m = m;
            this.offsets = offsets;
            this.symbols = symbols;
            this.errorTerms = errorTerms;
            this.n = offsets.size();
            symbols.forEach(session::symbol);
            offsets.forEach(o -> s.add(session.toSymja(o)));
        }

        SymbolicStencil run() {
            List<Degeneracy> degeneracies = degeneracies();
            List<Expr> weights = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                weights.add(weight(j));
            }
            List<SymbolicErrorTerm> terms = new ArrayList<>();
            OptionalInt next = OptionalInt.empty();
            int zeros = n - 1 - m; // C_{m+1} .. C_{N-1} vanish
            for (int k = n; zeros < n; k++) {
                Expr c = errorCoefficient(k);
                if (c.isNumber() && ((Expr.Num) c).value().isZero()) {
                    zeros++;
                    continue;
                }
                zeros = 0;
                if (terms.size() == errorTerms) {
                    next = OptionalInt.of(k);
                    break;
                }
                terms.add(new SymbolicErrorTerm(k, c, c.degree()));
            }
            List<Relation> vanishes = terms.isEmpty() ? List.of() : vanishing(terms.get(0).coefficient());
            return new SymbolicStencil(m, symbols, offsets, weights, terms, next, vanishes, degeneracies);
        }

        private List<Degeneracy> degeneracies() {
            List<Degeneracy> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    IExpr d = session.eval(F.Together(F.Subtract(s.get(i), s.get(j))));
                    if (d.isZero()) {
                        throw new StencilforgeException("the offsets " + offsets.get(i).text() + " and "
                                + offsets.get(j).text() + " (numbers " + (i + 1) + " and " + (j + 1)
                                + ") are equal for every value of the symbols: each offset may appear only once");
                    }
                    for (Expr factor : factors(session.eval(F.Factor(F.Numerator(d))))) {
                        Relation r = relation(factor);
                        Degeneracy g = new Degeneracy(i, j, r);
                        if (!out.contains(g)) {
                            out.add(g);
                        }
                    }
                }
            }
            return out;
        }

        private Expr weight(int j) {
            List<IExpr> others = new ArrayList<>();
            IExpr denominator = F.C1;
            for (int l = 0; l < n; l++) {
                if (l != j) {
                    others.add(s.get(l));
                    denominator = F.Times(denominator, F.Subtract(s.get(j), s.get(l)));
                }
            }
            int k = n - 1 - m;
            IExpr numerator = F.Times(F.ZZ(factorial(m).multiply(BigInteger.valueOf(k % 2 == 0 ? 1 : -1))),
                    elementary(others, k));
            return simplified(F.Divide(numerator, denominator));
        }

        private Expr errorCoefficient(int k) {
            IExpr sum = F.C0;
            for (int b = 0; b <= Math.min(m, k - n); b++) {
                int sign = (n - m + b) % 2 == 0 ? 1 : -1;
                sum = F.Plus(sum, F.Times(F.ZZ(sign), elementary(s, n - m + b), homogeneous(s, k - n - b)));
            }
            Rational scale = Rational.of(factorial(m), factorial(k)).negate();
            return simplified(F.Times(F.fraction(scale.numerator(), scale.denominator()), sum));
        }

        private Expr simplified(IExpr e) {
            return session.simplified(e);
        }

        /** @return the factors of a factored expression, powers kept */
        private List<Expr> factorsWithPowers(IExpr factored) {
            Expr e = session.fromSymja(factored);
            return e instanceof Expr.Product p ? p.factors() : List.of(e);
        }

        /** @return the distinct factors that contain a symbol, powers dropped */
        private List<Expr> factors(IExpr factored) {
            List<Expr> out = new ArrayList<>();
            for (Expr f : factorsWithPowers(factored)) {
                Expr base = f instanceof Expr.Power p ? p.base() : f;
                if (!base.symbols().isEmpty() && !out.contains(base)) {
                    out.add(base);
                }
            }
            return out;
        }

        private List<Relation> vanishing(Expr leading) {
            Expr.Split split = Expr.Split.of(leading);
            List<Relation> out = new ArrayList<>();
            for (Expr f : split.numerator()) {
                Expr base = f instanceof Expr.Power p ? p.base() : f;
                if (!base.symbols().isEmpty()) {
                    Relation r = relation(base);
                    if (!out.contains(r)) {
                        out.add(r);
                    }
                }
            }
            return out;
        }

        /** A factor set to zero, solved for its first symbol when it is linear. */
        private Relation relation(Expr factor) {
            if (factor.degree() != 1 || hasReciprocal(factor)) {
                return new Relation(factor, Expr.number(0));
            }
            Map<String, Rational> at = new HashMap<>();
            symbols.forEach(x -> at.put(x, Rational.ZERO));
            Rational c = factor.evaluate(at);
            Map<String, Rational> a = new HashMap<>();
            for (String x : symbols) {
                at.put(x, Rational.ONE);
                a.put(x, factor.evaluate(at).subtract(c));
                at.put(x, Rational.ZERO);
            }
            String first = symbols.stream().filter(x -> !a.get(x).isZero()).findFirst().orElseThrow();
            Rational lead = a.get(first);
            List<Expr> right = new ArrayList<>();
            for (String x : symbols) {
                if (!x.equals(first) && !a.get(x).isZero()) {
                    Rational k = a.get(x).divide(lead).negate();
                    right.add(k.equals(Rational.ONE) ? Expr.symbol(x)
                            : Expr.product(List.of(Expr.number(k), Expr.symbol(x))));
                }
            }
            if (!c.isZero() || right.isEmpty()) {
                right.add(Expr.number(c.divide(lead).negate()));
            }
            return new Relation(Expr.symbol(first), Expr.sum(right));
        }

        private static boolean hasReciprocal(Expr e) {
            if (e instanceof Expr.Power p) {
                return p.exponent() < 0 || hasReciprocal(p.base());
            } else if (e instanceof Expr.Sum s) {
                return s.terms().stream().anyMatch(Derivation::hasReciprocal);
            } else if (e instanceof Expr.Product p) {
                return p.factors().stream().anyMatch(Derivation::hasReciprocal);
            }
            return false;
        }

        /** @return {@code e_k(values)}, expanded */
        private IExpr elementary(List<IExpr> values, int k) {
            IExpr[] e = new IExpr[k + 1];
            e[0] = F.C1;
            for (int i = 1; i <= k; i++) {
                e[i] = F.C0;
            }
            for (IExpr v : values) {
                for (int i = k; i >= 1; i--) {
                    e[i] = session.eval(F.Expand(F.Plus(e[i], F.Times(v, e[i - 1]))));
                }
            }
            return e[k];
        }

        /** @return {@code h_k(values)}, expanded */
        private IExpr homogeneous(List<IExpr> values, int k) {
            IExpr[] h = new IExpr[k + 1];
            h[0] = F.C1;
            for (int i = 1; i <= k; i++) {
                h[i] = F.C0;
            }
            for (IExpr v : values) {
                for (int i = 1; i <= k; i++) {
                    h[i] = session.eval(F.Expand(F.Plus(h[i], F.Times(v, h[i - 1]))));
                }
            }
            return h[k];
        }
    }

    static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
