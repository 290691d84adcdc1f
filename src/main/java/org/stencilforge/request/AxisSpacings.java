package org.stencilforge.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
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
 * weights ({@code --shape box}), each term is chosen on its own: the isotropic
 * choice of the classic 9-point Laplacian belongs to {@code Δ} on a square grid
 * and is not made (on a box the Laplacian keeps zero corners).
 */
public final class AxisSpacings {

    private AxisSpacings() {
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
        DifferentialOperator op = operator(request);
        int d = op.dimension();
        if (d < 2) {
            throw new StencilforgeException("--spacing is for two or more dimensions: in one the spacing is h"
                    + " (or use weights --offsets with symbols, e.g. --offsets=-h1,0,h2)");
        }
        if (spacing.size() != d) {
            throw new StencilforgeException("--spacing gives " + spacing.size() + " spacings but the operator is "
                    + d + "-dimensional: give one per axis, e.g. --spacing 1/10,1/20");
        }
        for (Rational h : spacing) {
            if (h.signum() <= 0) {
                throw new StencilforgeException("--spacing: " + h + " is not positive; spacings are lengths");
            }
        }
        Map<List<Rational>, Rational> weights = new TreeMap<>(Stencil.OFFSET_ORDER);
        List<ErrorTerm> terms = new ArrayList<>();
        List<Integer> remainders = new ArrayList<>();
        List<Choice> choice = new ArrayList<>();
        for (DifferentialOperator.Term t : op.terms()) {
            MultiIndex beta = t.derivative();
            AnalysedStencil part = Derivations.derive(with(request, DifferentialOperator.partial(beta)), errorTerms,
                    limits);
            Rational scale = t.coefficient();
            for (int a = 0; a < d; a++) {
                scale = scale.multiply(Rational.ONE.divide(spacing.get(a)).pow(beta.get(a)));
            }
            Stencil w = part.stencil();
            for (int j = 0; j < w.size(); j++) {
                weights.merge(w.offsets().get(j), w.weights().get(j).multiply(scale), Rational::add);
            }
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
        boolean tensor = request instanceof StencilRequest.Tensor;
        List<List<Rational>> offsets = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        weights.forEach((s, w) -> {
            if (!tensor || !w.isZero()) { // a tensor product drops points whose weights cancel
                offsets.add(s);
                values.add(w);
            }
        });
        return new AnalysedStencil(new Stencil(op, offsets, values), error(terms, remainders, errorTerms), choice,
                Optional.empty(), spacing);
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
