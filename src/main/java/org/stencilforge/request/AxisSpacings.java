package org.stencilforge.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.symbolic.Expr;
import org.stencilforge.symbolic.ExpressionParser;
import org.stencilforge.symbolic.SymbolicGridStencil;
import org.stencilforge.symbolic.SymbolicLimits;
import org.stencilforge.symbolic.SymbolicStencils;

/**
 * Stencils on a grid with a spacing per axis, {@code (i hx, j hy, ...)}, for
 * rational spacings: the numeric engine, term by term.
 *
 * <p>For {@code L = Σ_β c_β ∂^β}, each term is derived on the integer grid as
 * with one {@code h} (the same points, the same rule): weights {@code W^β_j} with
 * {@code ∂^β f ≈ h^(-|β|) Σ_j W^β_j f(x + s_j h)} and error coefficients
 * {@code K^β_α} (approximation minus exact, {@code h^(|α|-|β|) K^β_α ∂^α f}). On
 * the grid {@code x + s_j ∘ h} with {@code h = (hx, hy, ...)} a sample's Taylor
 * monomial {@code (s_j ∘ h)^α} is {@code h^α s_j^α}, so
 * {@code Σ_j h^(-β) W^β_j f(x + s_j ∘ h) - ∂^β f = Σ_α h^(α-β) K^β_α ∂^α f}:
 * <ul>
 * <li>the weights are {@code w_j = Σ_β c_β h^(-β) W^β_j}, exact rationals that
 *     carry the spacings, on the grid indices {@code s_j};</li>
 * <li>the error is {@code Σ_β Σ_α c_β K^β_α h^(α-β) ∂^α f}: one {@link ErrorTerm}
 *     per {@code (α, β)}, with the spacing powers {@code α - β} (one per axis, some
 *     may be negative) and the coefficient {@code c_β K^β_α}, a number that does
 *     not depend on the spacings. Terms of different {@code β} are distinct
 *     monomials in the spacings, so none cancels another; all have the total
 *     power {@code |α| - m}, which groups them and gives the order.</li>
 * </ul>
 * For a tensor product and for weights the Taylor conditions fix uniquely this is
 * the stencil solved on the scaled points directly. Where the rule chooses among
 * weights ({@code --shape box}) and {@code L = c Δ^k}, each term is derived with
 * {@link org.stencilforge.derivation.MomentSolver#solveMehrstellen}: its leading
 * error a multiple {@code c'} of {@code Δ^j ∂^β}. When every term has the same
 * {@code c'}, the error on the spaced grid is {@code c' (Σ_a h_a² ∂_a²)^j L}, a
 * multiple of the operator (the Mehrstellen stencil: the anisotropic 9-point
 * Laplacian), and with equal spacings the isotropic stencil; otherwise each term
 * is derived as without the rule.
 */
public final class AxisSpacings {

    private AxisSpacings() {
    }

    /**
     * The terms of an operator, each derived on the integer grid, and the
     * error of the stencil on a grid with a spacing per axis, which does not
     * depend on the spacings' values: everything both rational and symbolic
     * spacings need.
     *
     * @param operator {@code L}
     * @param parts one per term of {@code L}: the term and its stencil on the integer grid
     * @param error the error terms {@code c_β K^β_α}, each with the spacing powers {@code α - β}
     * @param choice the steps that chose the weights of the terms, each once
     * @param tensor whether points whose weights cancel are dropped (tensor products)
     */
    public record Decomposition(DifferentialOperator operator, List<Part> parts, TruncationError error,
            List<Choice> choice, boolean tensor) {
        /** Copies the lists. */
        public Decomposition {
            parts = List.copyOf(parts);
            choice = List.copyOf(choice);
        }

        /** @return the dimension */
        public int dimension() {
            return operator.dimension();
        }

        /** @return every offset of some term's stencil, in {@link Stencil#OFFSET_ORDER} */
        public List<List<Rational>> offsets() {
            java.util.TreeSet<List<Rational>> all = new java.util.TreeSet<>(Stencil.OFFSET_ORDER);
            parts.forEach(p -> all.addAll(p.stencil().offsets()));
            return List.copyOf(all);
        }
    }

    /**
     * @param term {@code c_β ∂^β}
     * @param stencil the weights {@code W^β} of {@code ∂^β} on the integer grid
     */
    public record Part(DifferentialOperator.Term term, Stencil stencil) {

        /** @return {@code W^β} at an offset, 0 where the stencil has no point */
        public Rational weightAt(List<Rational> offset) {
            int j = java.util.Collections.binarySearch(stencil.offsets(), offset, Stencil.OFFSET_ORDER);
            return j < 0 ? Rational.ZERO : stencil.weights().get(j);
        }
    }

    /**
     * @param request what was asked for, as with one {@code h}, in two or more dimensions
     * @param errorTerms how many powers of the spacings of the error to list
     * @param limits the size bounds, for each term
     * @return each term on the integer grid, and the error in per-axis powers
     * @throws StencilforgeException if the request is 1-D or a term cannot be derived
     */
    public static Decomposition decompose(StencilRequest request, int errorTerms, Limits limits) {
        DifferentialOperator op = operator(request);
        int d = op.dimension();
        if (d < 2) {
            throw new StencilforgeException("--spacing is for two or more dimensions: in one the spacing is h"
                    + " (or use weights --offsets with symbols, e.g. --offsets=-h1,0,h2)");
        }
        boolean mehrstellen = op.isIsotropic() && !(request instanceof StencilRequest.Tensor);
        List<AnalysedStencil> derived = terms(request, op, errorTerms, limits, mehrstellen);
        if (mehrstellen && !commonMultiple(op, derived)) {
            derived = terms(request, op, errorTerms, limits, false); // each term on its own, as without the rule
        }
        List<Part> parts = new ArrayList<>();
        List<ErrorTerm> terms = new ArrayList<>();
        List<Integer> remainders = new ArrayList<>();
        List<Choice> choice = new ArrayList<>();
        for (int i = 0; i < op.terms().size(); i++) {
            DifferentialOperator.Term t = op.terms().get(i);
            MultiIndex beta = t.derivative();
            AnalysedStencil part = derived.get(i);
            parts.add(new Part(t, part.stencil()));
            for (ErrorTerm e : part.error().terms()) {
                List<Integer> powers = new ArrayList<>();
                for (int a = 0; a < d; a++) {
                    powers.add(e.derivative().get(a) - beta.get(a));
                }
                terms.add(new ErrorTerm(e.derivative(), powers, e.coefficient().multiply(t.coefficient())));
            }
            part.error().remainder().ifPresent(remainders::add);
            part.choice().stream().filter(c -> !choice.contains(c)).forEach(choice::add);
        }
        return new Decomposition(op, parts, error(terms, remainders, errorTerms), choice,
                request instanceof StencilRequest.Tensor);
    }

    /** @return each term {@code ∂^β} of the operator derived on the integer grid, in the operator's order */
    private static List<AnalysedStencil> terms(StencilRequest request, DifferentialOperator op, int errorTerms,
            Limits limits, boolean mehrstellen) {
        List<AnalysedStencil> out = new ArrayList<>();
        for (DifferentialOperator.Term t : op.terms()) {
            out.add(Derivations.derive(with(request, DifferentialOperator.partial(t.derivative())), errorTerms,
                    limits, mehrstellen));
        }
        return out;
    }

    /**
     * Whether every term's leading error is the same multiple {@code c} of
     * {@code Δ^j ∂^β} (the same {@code j}): then the leading error of the
     * stencil on the spaced grid is {@code c (Σ_a h_a² ∂_a²)^j L}, since
     * {@code h^(-β) (Σ_a ∂_a²)^j ∂^β} on the integer grid is
     * {@code (Σ_a h_a² ∂_a²)^j ∂^β} on the spaced one.
     */
    private static boolean commonMultiple(DifferentialOperator op, List<AnalysedStencil> derived) {
        Rational common = null;
        int power = -1;
        for (int i = 0; i < derived.size(); i++) {
            AnalysedStencil part = derived.get(i);
            List<ErrorTerm> error = part.error().terms();
            if (!part.choice().contains(Choice.MEHRSTELLEN) || error.isEmpty()) {
                return false;
            }
            int lead = error.get(0).hPower();
            if (power >= 0 && lead != power || lead % 2 != 0) {
                return false;
            }
            power = lead;
            MultiIndex beta = op.terms().get(i).derivative();
            DifferentialOperator target = org.stencilforge.derivation.MomentSolver.product(
                    DifferentialOperator.isotropic(op.dimension(), lead), DifferentialOperator.partial(beta));
            int[] first = beta.toArray();
            first[0] += lead;
            Rational c = coefficient(error, MultiIndex.of(first), lead); // Δ^j ∂^β has ∂^(β + 2j e_1) once
            if (common != null && !common.equals(c)) {
                return false;
            }
            common = c;
            java.util.Set<MultiIndex> alphas = new java.util.HashSet<>();
            target.terms().forEach(t -> alphas.add(t.derivative()));
            error.stream().filter(e -> e.hPower() == lead).forEach(e -> alphas.add(e.derivative()));
            for (MultiIndex alpha : alphas) {
                if (!coefficient(error, alpha, lead).equals(c.multiply(target.coefficient(alpha)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Rational coefficient(List<ErrorTerm> error, MultiIndex alpha, int power) {
        return error.stream().filter(e -> e.hPower() == power && e.derivative().equals(alpha))
                .map(ErrorTerm::coefficient).findFirst().orElse(Rational.ZERO);
    }

    /**
     * @param request what was asked for, as with one {@code h}
     * @param spacing one positive spacing per axis
     * @param errorTerms how many powers of the spacings of the error to list
     * @param limits the size bounds, for each term
     * @return the stencil on the grid indices, its weights carrying the spacings
     * @throws StencilforgeException if the spacings do not fit the request or a term cannot be derived
     */
    public static AnalysedStencil derive(StencilRequest request, List<Rational> spacing, int errorTerms,
            Limits limits) {
        int d = operator(request).dimension();
        if (spacing.size() != d) {
            throw new StencilforgeException("--spacing gives " + spacing.size() + " spacings but the operator is "
                    + d + "-dimensional: give one per axis, e.g. --spacing 1/10,1/20");
        }
        for (Rational h : spacing) {
            if (h.signum() <= 0) {
                throw new StencilforgeException("--spacing: " + h + " is not positive; spacings are lengths");
            }
        }
        Decomposition dec = decompose(request, errorTerms, limits);
        List<List<Rational>> offsets = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        for (List<Rational> s : dec.offsets()) {
            Rational w = Rational.ZERO;
            for (Part p : dec.parts()) {
                Rational scale = p.term().coefficient();
                for (int a = 0; a < d; a++) {
                    scale = scale.multiply(Rational.ONE.divide(spacing.get(a)).pow(p.term().derivative().get(a)));
                }
                w = w.add(p.weightAt(s).multiply(scale));
            }
            if (!dec.tensor() || !w.isZero()) { // a tensor product drops points whose weights cancel
                offsets.add(s);
                values.add(w);
            }
        }
        return new AnalysedStencil(new Stencil(dec.operator(), offsets, values), dec.error(), dec.choice(),
                Optional.empty(), spacing);
    }

    /**
     * @param text the spacings as typed: symbol names or exact positive numbers, e.g. {@code hx,hy} or {@code h,1/2}
     * @return the spacings as expressions
     * @throws StencilforgeException if one is neither a symbol name nor a positive number
     */
    public static List<Expr> symbolic(String text) {
        List<Expr> spacing;
        try {
            spacing = ExpressionParser.parseList(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException("--spacing: " + e.getMessage());
        }
        spacing = spacing.stream().map(h -> h.symbols().isEmpty() ? Expr.number(h.evaluate(java.util.Map.of()))
                : h).toList();
        for (Expr h : spacing) {
            if (!(h instanceof Expr.Sym) && !(h instanceof Expr.Num n && n.value().signum() > 0)) {
                throw new StencilforgeException("--spacing: " + h.text() + " is neither a symbol name nor a positive"
                        + " number; give one spacing per axis, e.g. --spacing hx,hy");
            }
        }
        return spacing;
    }

    /**
     * The stencil with symbolic spacings: {@code w_j = Σ_β c_β W^β_j h^(-β)}
     * (numbers among the spacings multiplied out), the error terms
     * {@code Σ_β c_β K^β_α h^(α-β)} of each {@code ∂^α}; each weight and error
     * coefficient then simplified by Symja into one rational function, cancelled,
     * numerator and denominator factored.
     *
     * @param request what was asked for, as with one {@code h}
     * @param spacing one spacing per axis, as {@link #symbolic} reads them
     * @param errorTerms how many powers of the spacings of the error to list
     * @param limits the size bounds, for each term
     * @return the stencil, its weights and error terms expressions in the spacings
     * @throws StencilforgeException if the spacings do not fit the request or a term cannot be derived
     */
    public static SymbolicGridStencil deriveSymbolic(StencilRequest request, List<Expr> spacing, int errorTerms,
            Limits limits) {
        return deriveSymbolic(request, spacing, errorTerms, limits, SymbolicLimits.DEFAULT);
    }

    /**
     * {@link #deriveSymbolic(StencilRequest, List, int, Limits)}, Symja's
     * simplification bounded by {@code symbolic}'s time limit.
     *
     * @param request what was asked for, as with one {@code h}
     * @param spacing one spacing per axis, as {@link #symbolic} reads them
     * @param errorTerms how many powers of the spacings of the error to list
     * @param limits the size bounds, for each term
     * @param symbolic the time bound of the simplification
     * @return the stencil, its weights and error coefficients simplified rational functions of the spacings
     * @throws StencilforgeException if the spacings do not fit the request, a term cannot be derived, or
     *     the simplification runs past the time limit
     */
    public static SymbolicGridStencil deriveSymbolic(StencilRequest request, List<Expr> spacing, int errorTerms,
            Limits limits, SymbolicLimits symbolic) {
        int d = operator(request).dimension();
        if (spacing.size() != d) {
            throw new StencilforgeException("--spacing gives " + spacing.size() + " spacings but the operator is "
                    + d + "-dimensional: give one per axis, e.g. --spacing hx,hy");
        }
        Decomposition dec = decompose(request, errorTerms, limits);
        List<List<Rational>> offsets = new ArrayList<>();
        List<Expr> weights = new ArrayList<>();
        for (List<Rational> s : dec.offsets()) {
            // terms of the same monomial in the symbols (numeric spacings multiplied out) are added
            java.util.LinkedHashMap<List<Integer>, Rational> monomials = new java.util.LinkedHashMap<>();
            for (Part p : dec.parts()) {
                Rational c = p.term().coefficient().multiply(p.weightAt(s));
                List<Integer> powers = new ArrayList<>();
                for (int a = 0; a < d; a++) {
                    int k = -p.term().derivative().get(a);
                    if (spacing.get(a) instanceof Expr.Num n) {
                        c = c.multiply(power(n.value(), k));
                        k = 0;
                    }
                    powers.add(k);
                }
                monomials.merge(powers, c, Rational::add);
            }
            List<Expr> terms = new ArrayList<>();
            monomials.forEach((powers, c) -> {
                if (!c.isZero()) {
                    terms.add(monomial(c, spacing, powers));
                }
            });
            if (!dec.tensor() || !terms.isEmpty()) {
                offsets.add(s);
                weights.add(terms.isEmpty() ? Expr.number(0) : Expr.sum(terms));
            }
        }
        // terms of the same derivative (from different terms of L) are one coefficient, e.g. (hx^2 + hy^2)/12
        java.util.LinkedHashMap<List<Integer>, List<Expr>> grouped = new java.util.LinkedHashMap<>();
        java.util.Map<List<Integer>, MultiIndex> derivatives = new java.util.HashMap<>();
        for (ErrorTerm t : dec.error().terms()) {
            List<Integer> key = new ArrayList<>(List.of(t.hPower()));
            key.addAll(java.util.Arrays.stream(t.derivative().toArray()).boxed().toList());
            derivatives.put(key, t.derivative());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(monomial(t.coefficient(), spacing,
                    t.spacingPowers()));
        }
        List<SymbolicGridStencil.Term> error = new ArrayList<>();
        grouped.forEach((key, terms) -> error.add(new SymbolicGridStencil.Term(derivatives.get(key),
                terms.size() == 1 ? terms.get(0) : Expr.sum(terms), key.get(0))));
        // each weight and error coefficient as one rational function, cancelled and factored (Symja)
        List<Expr> all = new ArrayList<>(weights);
        error.forEach(t -> all.add(t.coefficient()));
        List<Expr> simple = SymbolicStencils.simplified(all, symbolic);
        List<SymbolicGridStencil.Term> simpleError = new ArrayList<>();
        for (int k = 0; k < error.size(); k++) {
            SymbolicGridStencil.Term t = error.get(k);
            simpleError.add(new SymbolicGridStencil.Term(t.derivative(), simple.get(weights.size() + k), t.power()));
        }
        return new SymbolicGridStencil(dec.operator(), spacing, offsets, simple.subList(0, weights.size()),
                simpleError, dec.error().remainder(), dec.choice());
    }

    /** @return {@code c · Π_a h_a^(p_a)}, numbers among the spacings multiplied into {@code c} */
    private static Expr monomial(Rational c, List<Expr> spacing, List<Integer> powers) {
        Rational coefficient = c;
        List<Expr> factors = new ArrayList<>();
        for (int a = 0; a < spacing.size(); a++) {
            if (spacing.get(a) instanceof Expr.Num n) {
                coefficient = coefficient.multiply(power(n.value(), powers.get(a)));
            } else if (powers.get(a) != 0) {
                factors.add(Expr.power(spacing.get(a), powers.get(a)));
            }
        }
        if (!coefficient.equals(Rational.ONE) || factors.isEmpty()) {
            factors.add(0, Expr.number(coefficient));
        }
        return Expr.product(factors);
    }

    private static Rational power(Rational h, int k) {
        return k >= 0 ? h.pow(k) : Rational.ONE.divide(h).pow(-k);
    }

    /**
     * The first {@code groups} total powers among the terms' errors: every term
     * listed its own first {@code groups} powers and the power after them, so the
     * union holds the first {@code groups} powers of the sum and the next one.
     */
    private static TruncationError error(List<ErrorTerm> terms, List<Integer> remainders, int groups) {
        TreeSet<Integer> powers = new TreeSet<>(remainders);
        terms.forEach(t -> powers.add(t.hPower()));
        List<Integer> listed = powers.stream().limit(groups).toList();
        OptionalInt next = powers.stream().skip(groups).mapToInt(Integer::intValue).findFirst();
        List<ErrorTerm> kept = new ArrayList<>(terms.stream().filter(t -> listed.contains(t.hPower())).toList());
        kept.sort(Comparator.comparingInt(ErrorTerm::hPower).thenComparing(ErrorTerm::derivative)
                .thenComparing(t -> t.spacingPowers().toString()));
        return new TruncationError(kept, next);
    }

    /**
     * @param text the spacings as typed, comma-separated
     * @return the spacings when every one is an exact number; empty when some
     *     contain a letter (symbolic spacings)
     * @throws StencilforgeException if a spacing is neither a number nor an expression
     */
    public static Optional<List<Rational>> rational(String text) {
        if (text.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(Inputs.numbers("--spacing", text));
    }

    private static DifferentialOperator operator(StencilRequest r) {
        if (r instanceof StencilRequest.Tensor t) {
            return t.operator();
        } else if (r instanceof StencilRequest.Points p) {
            return p.operator();
        } else if (r instanceof StencilRequest.Shaped s) {
            return s.operator();
        }
        throw new StencilforgeException("--spacing is for nd requests");
    }

    private static StencilRequest with(StencilRequest r, DifferentialOperator op) {
        if (r instanceof StencilRequest.Tensor t) {
            return new StencilRequest.Tensor(op, t.axes());
        } else if (r instanceof StencilRequest.Points p) {
            return new StencilRequest.Points(op, p.offsets(), p.rule());
        }
        StencilRequest.Shaped s = (StencilRequest.Shaped) r;
        return new StencilRequest.Shaped(op, s.shape(), s.radius(), s.rule());
    }
}
