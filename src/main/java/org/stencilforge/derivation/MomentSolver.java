package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.linear.ExactSolver;
import org.stencilforge.linear.ModularEchelon;
import org.stencilforge.linear.Modulus;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.IntegerPoints;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Moments;
import org.stencilforge.stencil.Stencil;

/**
 * Weights on arbitrary offsets in {@code d} dimensions for an operator
 * {@code L = Σ c_α ∂^α} of order {@code m}, from the multivariate Taylor
 * (moment) conditions {@code Σ_j w_j s_j^α / α! = c_α} for {@code |α| = m} and
 * {@code 0} for every other {@code α} up to a degree {@code q}.
 *
 * <p>The degree is raised while every condition of the next degree can still be
 * met: the highest such {@code q} gives the order of accuracy {@code q + 1 - m}.
 * If the conditions of degree {@code q} leave weights free, the rule chooses:
 * <ol>
 *   <li>{@link Choice#ISOTROPIC}: for an operator {@code c Δ^k} whose leading
 *       error has even degree, the free weights make the leading error a
 *       multiple of {@code Δ^{(q+1)/2}} when that is possible (the classic
 *       9-point Laplacian);</li>
 *   <li>{@link Choice#MONOMIALS}: the stencil is made exact on further
 *       monomials, taken in {@link MultiIndex} order and kept when they agree
 *       with the conditions so far (on a tensor grid this gives the tensor
 *       product stencil);</li>
 *   <li>{@link Choice#MINIMUM_NORM}: what is still free is taken by the weights
 *       of least Euclidean norm.</li>
 * </ol>
 * With {@link Rule#MIN_NORM} only the last step is taken.
 *
 * <p>{@link #solveMehrstellen} derives one term {@code ∂^β} of {@code c Δ^k} for a
 * grid with a spacing per axis: its first step ({@link Choice#MEHRSTELLEN})
 * makes the leading error of degree {@code q + 1} a multiple of
 * {@code Δ^{(q+1-|β|)/2} ∂^β}. When every term takes the same multiple, the
 * scaled stencil's leading error is that multiple times
 * {@code (Σ_a h_a² ∂_a²)^{(q+1-m)/2} L}: a multiple of the operator (Collatz's
 * Mehrstellen rule), which with equal spacings is the isotropic one.
 *
 * <p>Ranks and consistency are decided modulo a prime and the chosen system is
 * solved exactly ({@link ExactSolver}); the weights are then checked exactly
 * against every condition up to degree {@code q}, so the reported order is
 * always exact.
 */
public final class MomentSolver {

    /** How to choose among weights of the best order. */
    public enum Rule {
        /** Isotropic leading error where possible, then further monomials, then least norm. */
        AUTO,
        /** The weights of least Euclidean norm. */
        MIN_NORM
    }

    /**
     * The weights found and how.
     *
     * @param stencil the stencil on the given offsets, zero weights included
     * @param choice the steps that fixed the weights
     */
    public record Solution(Stencil stencil, List<Choice> choice) {
    }

    /**
     * The linear system the weights are solved from: integer coefficients and
     * rational right-hand sides, rows independent; its unique or least-norm
     * solution ({@link ExactSolver#solve}) gives the weights (and, with
     * {@link Choice#ISOTROPIC}, a last unknown, the scale of the error).
     *
     * @param matrix the coefficients, one row per condition kept
     * @param rhs the right-hand sides
     */
    public record Equations(BigInteger[][] matrix, Rational[] rhs) {
    }

    private MomentSolver() {
    }

    /**
     * The system {@link #solve} hands to {@link ExactSolver} on its first
     * attempt, for benchmarks and peers that solve the same equations.
     *
     * @param operator {@code L}
     * @param offsets distinct offset vectors of the operator's dimension
     * @param rule how to choose among weights of the best order
     * @return the conditions kept, on the offsets sorted as in the stencil
     */
    public static Equations equations(DifferentialOperator operator, List<List<Rational>> offsets, Rule rule) {
        List<List<Rational>> sorted = Stencil.sorted(operator, offsets,
                offsets.stream().map(s -> Rational.ZERO).toList()).offsets();
        Plan plan = new Plan(operator, new IntegerPoints(sorted), Modulus.prime(0));
        plan.raiseDegree();
        plan.choose(rule);
        return new Equations(plan.matrix(), plan.rhs());
    }

    /**
     * @param operator {@code L}
     * @param offsets distinct offset vectors of the operator's dimension
     * @param rule how to choose among weights of the best order
     * @param limits the size bounds
     * @return the weights of the highest order these offsets allow
     * @throws StencilforgeException if the offsets are of the wrong dimension, repeat,
     *     are too many, or cannot approximate the operator at all
     */
    public static Solution solve(DifferentialOperator operator, List<List<Rational>> offsets, Rule rule,
            Limits limits) {
        return solve(operator, checked(operator, offsets, limits), rule, false);
    }

    /** @return the offsets sorted as in the stencil, after checking their dimension, number and distinctness */
    private static List<List<Rational>> checked(DifferentialOperator operator, List<List<Rational>> offsets,
            Limits limits) {
        int d = operator.dimension();
        for (List<Rational> s : offsets) {
            if (s.size() != d) {
                throw new StencilforgeException("offset " + s + " has " + s.size() + " coordinates but the operator"
                        + " is " + d + "-dimensional; give " + d + " per offset");
            }
        }
        limits.checkNodes(offsets.size());
        return Stencil.sorted(operator, offsets, offsets.stream().map(s -> Rational.ZERO).toList()).offsets();
    }

    /**
     * {@link #solve} with {@link Rule#AUTO} for one term {@code ∂^β} of an
     * isotropic operator on a grid with a spacing per axis: before further
     * monomials, the free weights make the leading error (degree {@code k}) a
     * multiple of {@code Δ^{(k-|β|)/2} ∂^β} when that is possible
     * ({@link Choice#MEHRSTELLEN}).
     *
     * @param term {@code ∂^β}, of two or more dimensions
     * @param offsets distinct offset vectors of the operator's dimension, on the integer grid
     * @param limits the size bounds
     * @return the weights of the highest order these offsets allow
     * @throws StencilforgeException as {@link #solve}
     */
    public static Solution solveMehrstellen(DifferentialOperator term, List<List<Rational>> offsets, Limits limits) {
        return solve(term, checked(term, offsets, limits), Rule.AUTO, true);
    }

    private static Solution solve(DifferentialOperator operator, List<List<Rational>> sorted, Rule rule,
            boolean mehrstellen) {
        IntegerPoints points = new IntegerPoints(sorted);
        for (int attempt = 0; attempt < 3; attempt++) {
            Plan plan = new Plan(operator, points, Modulus.prime(attempt));
            plan.mehrstellen = mehrstellen;
            plan.raiseDegree();
            plan.choose(rule);
            Rational[] x = ExactSolver.solve(plan.matrix(), plan.rhs());
            Stencil stencil = new Stencil(operator, sorted, Arrays.asList(x).subList(0, sorted.size()));
            if (new Moments(stencil).exactThrough(plan.reachable)) {
                return new Solution(stencil, plan.choice);
            }
            // the prime hid a dependency the rationals do not have: decide again with another
        }
        throw new IllegalStateException("modular rank decisions failed three times");
    }

    /** The conditions chosen, decided modulo one prime. */
    private static final class Plan {
        private final DifferentialOperator operator;
        private final IntegerPoints points;
        private final Modulus mod;
        private final int n;
        private final int m;
        private ModularEchelon echelon;
        private final List<BigInteger[]> rows = new ArrayList<>(); // n + 1 columns: weights, then the isotropic scale
        private final List<Rational> rhs = new ArrayList<>();
        private final List<Choice> choice = new ArrayList<>();
        private int reachable = -1;
        private boolean exact;
        private boolean scaleUsed;
        private int lastDegree;
        private boolean mehrstellen;

        Plan(DifferentialOperator operator, IntegerPoints points, Modulus mod) {
            this.operator = operator;
            this.points = points;
            this.mod = mod;
            this.n = points.size();
            this.m = operator.order();
            this.echelon = new ModularEchelon(mod, n + 1);
        }

        /** Adds the conditions degree by degree while all of a degree can be met. */
        void raiseDegree() {
            int maxDegree = maxReducedDegree();
            int fullSince = -1;
            for (int degree = 0; ; degree++) {
                List<Condition> conditions = new ArrayList<>();
                for (MultiIndex alpha : MultiIndex.ofOrder(operator.dimension(), degree)) {
                    conditions.add(moment(alpha, BigInteger.ZERO));
                }
                if (!tryAll(conditions)) {
                    break;
                }
                reachable = degree;
                if (echelon.rank() == n && degree > m) {
                    fullSince = fullSince < 0 ? degree : fullSince;
                    if (degree - fullSince + 1 >= n || degree > maxDegree + n + 1) {
                        exact = true; // N consecutive degrees met by the unique weights: every degree is
                        break;
                    }
                }
            }
            if (reachable < m) {
                throw new StencilforgeException("these " + n + " offsets cannot approximate the operator: its"
                        + " Taylor conditions of degree " + m + " cannot all be met (they reach degree " + reachable
                        + "); add offsets, e.g. a box or cross of radius " + Math.max(1, (m + 1) / 2));
            }
            lastDegree = reachable;
        }

        void choose(MomentSolver.Rule rule) {
            if (echelon.rank() == n || exact) {
                choice.add(Choice.UNIQUE);
                return;
            }
            int k = reachable + 1;
            boolean isotropic = operator.isIsotropic() && k % 2 == 0;
            boolean multiple = mehrstellen && !isotropic && (k - m) % 2 == 0;
            if (rule == Rule.AUTO && (isotropic || multiple)) {
                DifferentialOperator target = isotropic ? DifferentialOperator.isotropic(operator.dimension(), k)
                        : product(DifferentialOperator.isotropic(operator.dimension(), k - m), operator);
                BigInteger scalePower = points.scale().pow(k);
                List<Condition> conditions = new ArrayList<>();
                for (MultiIndex beta : MultiIndex.ofOrder(operator.dimension(), k)) {
                    // Σ w a^β - c β! D^k I_β = 0: the degree-k error is c times Δ^{k/2}
                    Rational weight = target.coefficient(beta).multiply(Rational.of(beta.factorial()))
                            .multiply(Rational.of(scalePower));
                    conditions.add(moment(beta, weight.negate().numerator()));
                }
                if (tryAll(conditions)) {
                    scaleUsed = true;
                    choice.add(isotropic ? Choice.ISOTROPIC : Choice.MEHRSTELLEN);
                    lastDegree = k;
                }
            }
            if (rule == Rule.AUTO) {
                int maxDegree = maxReducedDegree();
                for (int degree = lastDegree + 1; degree <= maxDegree && echelon.rank() < unknowns(); degree++) {
                    for (MultiIndex alpha : MultiIndex.ofOrder(operator.dimension(), degree)) {
                        if (!reduced(alpha) || echelon.rank() == unknowns()) {
                            continue;
                        }
                        Condition c = moment(alpha, BigInteger.ZERO);
                        if (echelon.add(c.residues, 0) == ModularEchelon.Outcome.INDEPENDENT) {
                            keep(c);
                            if (!choice.contains(Choice.MONOMIALS)) {
                                choice.add(Choice.MONOMIALS);
                            }
                        }
                    }
                }
            }
            if (echelon.rank() < unknowns()) {
                choice.add(Choice.MINIMUM_NORM);
            } else if (choice.isEmpty()) {
                choice.add(Choice.UNIQUE);
            }
        }

        /** The highest degree of a {@link #reduced} monomial: past it, every monomial repeats lower ones. */
        private int maxReducedDegree() {
            int degree = 0;
            for (int i = 0; i < operator.dimension(); i++) {
                degree += points.distinctValues(i) - 1;
            }
            return degree;
        }

        /** Monomials with a power at least the number of distinct values on an axis repeat lower ones. */
        private boolean reduced(MultiIndex alpha) {
            for (int i = 0; i < alpha.dimension(); i++) {
                if (alpha.get(i) >= points.distinctValues(i)) {
                    return false;
                }
            }
            return true;
        }

        private int unknowns() {
            return scaleUsed ? n + 1 : n;
        }

        /** One condition Σ w_j a_j^α (+ scale coefficient) = α! D^|α| c_α, exact and modulo the prime. */
        private Condition moment(MultiIndex alpha, BigInteger scaleCoefficient) {
            BigInteger[] exactRow = new BigInteger[n + 1];
            long[] residues = new long[n + 1];
            for (int j = 0; j < n; j++) {
                exactRow[j] = points.monomial(j, alpha);
                residues[j] = mod.of(exactRow[j]);
            }
            exactRow[n] = scaleCoefficient;
            residues[n] = mod.of(scaleCoefficient);
            Rational right = alpha.order() == m
                    ? operator.coefficient(alpha).multiply(Rational.of(alpha.factorial()))
                            .multiply(Rational.of(points.scale().pow(m)))
                    : Rational.ZERO;
            return new Condition(exactRow, residues, right);
        }

        /** Adds all the conditions if none contradicts the system, else none. */
        private boolean tryAll(List<Condition> conditions) {
            ModularEchelon trial = echelon.copy();
            List<Condition> independent = new ArrayList<>();
            for (Condition c : conditions) {
                long right;
                try {
                    right = mod.of(c.rhs);
                } catch (ArithmeticException e) {
                    throw new IllegalStateException("modulus divides a coefficient", e);
                }
                ModularEchelon.Outcome outcome = trial.add(c.residues, right);
                if (outcome == ModularEchelon.Outcome.CONTRADICTORY) {
                    return false;
                }
                if (outcome == ModularEchelon.Outcome.INDEPENDENT) {
                    independent.add(c);
                }
            }
            echelon = trial;
            independent.forEach(this::keep);
            return true;
        }

        private void keep(Condition c) {
            rows.add(c.exactRow);
            rhs.add(c.rhs);
        }

        BigInteger[][] matrix() {
            int columns = unknowns();
            return rows.stream().map(r -> Arrays.copyOf(r, columns)).toArray(BigInteger[][]::new);
        }

        Rational[] rhs() {
            return rhs.toArray(Rational[]::new);
        }
    }

    /** @return {@code A B}: the product of two operators with constant coefficients */
    public static DifferentialOperator product(DifferentialOperator a, DifferentialOperator b) {
        List<DifferentialOperator.Term> terms = new ArrayList<>();
        for (DifferentialOperator.Term s : a.terms()) {
            for (DifferentialOperator.Term t : b.terms()) {
                terms.add(new DifferentialOperator.Term(s.derivative().plus(t.derivative()),
                        s.coefficient().multiply(t.coefficient())));
            }
        }
        return new DifferentialOperator(a.dimension(), terms);
    }

    private record Condition(BigInteger[] exactRow, long[] residues, Rational rhs) {
    }
}
