package org.stencilforge.sbp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stencilforge.Checks;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.SpectralRadius;
import org.stencilforge.sbp.SummationByParts.Block;
import org.stencilforge.sbp.SummationByParts.Choice;
import org.stencilforge.sbp.SummationByParts.NormShape;

/**
 * The rules {@code --choose} offers for free parameters beyond the published choice: the spectral-radius
 * search for the 6-3 first derivative's {@code q45}, and the reasons the other rules are refused where they
 * have no admissible optimum.
 */
final class ChoiceRules {

    /** The bracket {@code --choose spectral-radius} searches for {@code q45}, around the published 0.66. */
    static final Rational SEARCH_FROM = Rational.ZERO;
    static final Rational SEARCH_TO = Rational.ONE;

    /** Golden-section steps: the bracket shrinks by 0.618 a step, 30 steps to about 1e-6 of [0, 1]. */
    static final int SEARCH_STEPS = 30;

    /** The relative width of the certified spectral radii: {@code 2^-20}, about 1e-6. */
    static final int CERTIFIED_BITS = 20;

    private ChoiceRules() {
    }

    /**
     * Applies {@code --choose} to the free parameters not given by name.
     *
     * <p>{@link Choice#MIN_WEIGHT}: every free parameter of a diagonal norm here ({@code q45}, the 8-4's
     * {@code q56}, {@code q57}, {@code q67}, and {@code m55}) leaves the norm alone (the accuracy conditions fix
     * {@code w}), so there is nothing to maximise: refused. For the second derivative's {@code m55},
     * {@link Choice#SPECTRAL_RADIUS} is refused with its reason: {@code ρ(D2)} increases with {@code m55} on the
     * whole admissible half-line ({@code M} semi-definite for {@code m55} above about 2.675), so no admissible
     * value minimises it ({@code SecondDerivativeSbpTest} checks this with exact enclosures).
     * {@link Choice#SPECTRAL_RADIUS} (the 6-3 first derivative): a golden-section search of {@code q45} over
     * {@code [0, 1]}, {@value #SEARCH_STEPS} steps, each point a decimal with 8 places, comparing
     * {@code ρ(D)} in floating point ({@link SpectralRadius#approximate}: a choice, not a derivation). The
     * result is the best point met, rounded to 6 decimal places; the operator with it is exact and certified
     * as any other, and its {@code ρ} and the published choice's are exact enclosures ({@link
     * SpectralRadius#of}, relative width {@code 2^-20}). It is a local minimiser of a function not proved
     * unimodal on the bracket; a dense scan agrees in the tests.
     */
    static Block apply(Block block, int n, Choice choice, Map<String, Rational> given, int maxSearchPoints) {
        List<String> open = block.free().keySet().stream().filter(k -> !given.containsKey(k)).toList();
        String label = choice == Choice.MIN_WEIGHT ? "min-weight" : "spectral-radius";
        Checks.require(!open.isEmpty(), "--choose " + label + ": the " + block.name() + " has no free parameters"
                + (block.free().isEmpty() ? "" : " left (--free gives them all)") + "; drop --choose");
        Checks.require(choice != Choice.MIN_WEIGHT || block.shape() == NormShape.DIAGONAL, "--choose min-weight:"
                + " the smallest eigenvalue of H_b has no maximiser to offer (for the 4-3 it still grew with h44 at"
                + " h44 = 2e5); keep the published values or set them with --free");
        Checks.require(choice != Choice.MIN_WEIGHT, "--choose min-weight: the norm of the " + block.name()
                + " does not depend on " + String.join(", ", open) + " (the accuracy conditions fix w_0 .. w_"
                + (block.width() - 1) + "), so there is no smallest weight to maximise; use --choose published or"
                + " spectral-radius");
        Checks.require(block.derivative() == 1 || block.accuracy() == 6, "--choose spectral-radius is offered for the"
                + " 6-3 first derivative's q45; the " + block.name() + " takes --choose published or --free");
        Checks.require(block.derivative() == 1, "--choose spectral-radius: the spectral radius of the 6-3 D2 grows"
                + " with m55 wherever M is semi-definite (m55 above about 2.675), so no admissible m55 minimises it;"
                + " keep the published 49/18 or give --free m55=VALUE");
        Checks.require(block.shape() == NormShape.DIAGONAL && block.accuracy() == 6,
                "--choose spectral-radius is offered for the 6-3 first derivative's q45; the " + block.name()
                        + " takes --choose published or --free" + (block.shape() == NormShape.BLOCK
                                ? " (for the 4-3, a search found rho(D) still falling at h44 = 3e7: no minimiser)" : ""));
        Checks.require(n <= maxSearchPoints, "--choose spectral-radius on " + n + " points is past the limit of "
                + maxSearchPoints + " (its exact bounds of the spectral radius grow fast with N); ask for fewer points, or"
                + " raise the limit with --max-search-points");
        Rational a = SEARCH_FROM;
        Rational b = SEARCH_TO;
        Rational phi = Rational.of(618034, 1000000); // (√5 - 1) / 2 to 6 places: any ratio in (1/2, 1) shrinks
        Rational c = decimal(b.subtract(phi.multiply(b.subtract(a))), 8);
        Rational d = decimal(a.add(phi.multiply(b.subtract(a))), 8);
        Map<Rational, Double> seen = new LinkedHashMap<>();
        for (int step = 0; step < SEARCH_STEPS; step++) {
            if (estimate(block, n, c, seen) <= estimate(block, n, d, seen)) {
                b = d;
                d = c;
                c = decimal(b.subtract(phi.multiply(b.subtract(a))), 8);
            } else {
                a = c;
                c = d;
                d = decimal(a.add(phi.multiply(b.subtract(a))), 8);
            }
        }
        Rational best = decimal(seen.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey(), 6);
        SpectralRadius rho = SpectralRadius.of(matrix(block, n, best), CERTIFIED_BITS);
        SpectralRadius published = SpectralRadius.of(matrix(block, n, SummationByParts.PUBLISHED.get(6).get("q45")), CERTIFIED_BITS);
        Map<String, Rational> values = new LinkedHashMap<>(given);
        values.put("q45", best);
        Block chosen = SummationByParts.derive(1, block.accuracy(), values);
        Map<String, String> rule = new LinkedHashMap<>(chosen.rule());
        rule.put("q45", "spectral radius on N = " + n + ": golden-section search of [0, 1] (local, double-precision"
                + " eigenvalues), rounded to 6 places; rho(D) h in " + rho.decimal(9) + " (exact bounds); with the"
                + " published q45, " + published.decimal(9));
        return new Block(chosen.derivative(), chosen.accuracy(), chosen.shape(), chosen.width(), chosen.normBlock(),
                chosen.rows(), chosen.interior(), chosen.free(), rule, chosen.boundary());
    }

    /** {@code ρ(h D)} with {@code q45 = t} in floating point, for the search; remembered by {@code t}. */
    private static double estimate(Block block, int n, Rational q45, Map<Rational, Double> seen) {
        return seen.computeIfAbsent(q45, t -> {
            double r = SpectralRadius.approximate(matrix(block, n, t));
            Checks.require(!Double.isNaN(r), "--choose spectral-radius: the eigenvalues of D on " + n + " points with"
                    + " q45 = " + t + " did not converge in floating point; give q45 with --free instead");
            return r;
        });
    }

    /** {@code h D} on {@code n} points with {@code q45 = t}, dense. */
    private static Rational[][] matrix(Block block, int n, Rational t) {
        DifferentiationMatrix d = SummationByParts.derive(1, block.accuracy(), Map.of("q45", t)).matrix(n);
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = d.entry(i, j);
            }
        }
        return a;
    }

    /** {@code x} rounded to {@code places} decimal places (half up). */
    private static Rational decimal(Rational x, int places) {
        java.math.BigDecimal v = new java.math.BigDecimal(x.numerator())
                .divide(new java.math.BigDecimal(x.denominator()), places, java.math.RoundingMode.HALF_UP);
        return Rational.of(v.unscaledValue(), java.math.BigInteger.TEN.pow(v.scale()));
    }
}
