package org.stencilforge.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.arithmetic.Rational;

/**
 * A weighted sum of samples {@code Σ w_j f(at_j)}, with the choice of how
 * generated code writes its coefficients. Immutable.
 *
 * <p>The rule: when every numerator over the common denominator is exactly a
 * double ({@code |c| <= 2^53}), code writes the integers and divides their sum
 * by the denominator ({@link #integers()} is true); otherwise it writes each
 * weight as its correctly rounded double ({@link Term#rounded()}).
 *
 * @param points where every sample is, in order, zero weights included
 * @param exact every weight in point order, zeros included, for the comment that gives the exact fractions
 * @param terms the non-zero terms, in point order
 * @param denominator the common denominator of the weights (1 for integer weights)
 * @param integers whether code writes {@link Term#numerator()} over {@code denominator} (else {@link Term#rounded()})
 */
public record Sum(List<List<Integer>> points, List<Rational> exact, List<Term> terms, BigInteger denominator, boolean integers) {

    /** The largest integer below which every integer is exactly a double: {@code 2^53}. */
    public static final BigInteger EXACT_DOUBLE_INTEGERS = BigInteger.TWO.pow(53);

    /**
     * One non-zero term {@code w f(at)}.
     *
     * @param at where the sample is, in the frame of the sum's owner: a column for a row of a
     *     whole-array operator, an offset vector for a multidimensional stencil
     * @param weight the exact weight, non-zero
     * @param numerator {@code weight * denominator}, an integer
     * @param rounded {@code weight} correctly rounded to a double
     */
    public record Term(List<Integer> at, Rational weight, BigInteger numerator, double rounded) {

        /** Copies the position. */
        public Term {
            at = List.copyOf(at);
        }

        /** @return {@code at().get(0)}, the column of a one-dimensional sum */
        public int column() {
            return at.get(0);
        }

        /** @return the sign of the weight, {@code -1} or {@code 1} */
        public int signum() {
            return weight.signum();
        }
    }

    /** Copies the lists. */
    public Sum {
        points = points.stream().map(List::copyOf).toList();
        exact = List.copyOf(exact);
        terms = List.copyOf(terms);
    }

    /**
     * @param at where each sample is (same length as {@code weights})
     * @param weights the exact weights, zeros allowed
     * @return the sum, with its representation chosen
     */
    public static Sum of(List<List<Integer>> at, List<Rational> weights) {
        if (at.size() != weights.size()) {
            throw new IllegalArgumentException(at.size() + " points but " + weights.size() + " weights");
        }
        BigInteger common = Rational.commonDenominator(weights);
        List<Term> terms = new ArrayList<>();
        boolean integers = true;
        for (int j = 0; j < weights.size(); j++) {
            Rational w = weights.get(j);
            BigInteger c = w.timesMultipleOfDenominator(common);
            integers &= c.abs().compareTo(EXACT_DOUBLE_INTEGERS) <= 0;
            if (!w.isZero()) {
                terms.add(new Term(at.get(j), w, c, w.toDouble()));
            }
        }
        return new Sum(at, weights, terms, common, integers);
    }

    /**
     * A row of consecutive columns.
     *
     * @param first the column of the first weight
     * @param weights the weights of columns {@code first, first + 1, ...}
     * @return the sum
     */
    public static Sum row(int first, List<Rational> weights) {
        List<List<Integer>> at = new ArrayList<>();
        for (int k = 0; k < weights.size(); k++) {
            at.add(List.of(first + k));
        }
        return of(at, weights);
    }

    /**
     * This sum as code of the given precision writes it: each rounded weight is the exact weight
     * rounded once to that precision ({@link Precision#round}), and integers are written when every
     * numerator and the denominator are exactly numbers of that precision ({@code <= 2^24} in single).
     *
     * @param precision the arithmetic of the generated code
     * @return the sum in that precision; this sum itself for double
     */
    public Sum in(Precision precision) {
        if (precision == Precision.DOUBLE) {
            return this;
        }
        BigInteger limit = precision.exactIntegers();
        List<Term> rounded = terms.stream()
                .map(t -> new Term(t.at(), t.weight(), t.numerator(), precision.round(t.weight()))).toList();
        boolean exactIntegers = denominator.compareTo(limit) <= 0
                && terms.stream().allMatch(t -> t.numerator().abs().compareTo(limit) <= 0);
        return new Sum(points, exact, rounded, denominator, exactIntegers);
    }

    /** @return the exact weights, zeros included, as {@code -1/12, 4/3, -5/2, 4/3, -1/12} */
    public String exactText() {
        return exact.stream().map(Rational::toString).collect(Collectors.joining(", "));
    }

    /**
     * The coefficient as code writes it: the numerator over {@link #denominator()}
     * when {@link #integers()} (an integer exactly representable as a double), else the
     * correctly rounded weight. Either way {@link #divisor()} times it is the weight.
     *
     * @param term one of {@link #terms()}
     * @return the coefficient, signed
     */
    public double written(Term term) {
        return integers ? term.numerator().doubleValue() : term.rounded();
    }

    /** @return what the sum of written coefficients times samples is divided by: the denominator when {@link #divided()}, else 1 */
    public BigInteger divisor() {
        return divided() ? denominator : BigInteger.ONE;
    }

    /**
     * @return the column of the first non-zero term of a one-dimensional sum, where its
     *     {@link #dense()} coefficients start; 0 when every weight is zero
     */
    public int first() {
        return terms.isEmpty() ? 0 : terms.get(0).column();
    }

    /**
     * The row of a table: the {@link #written} coefficients of a one-dimensional sum for the
     * columns {@code first() .. } its last non-zero term, zeros between kept (their products
     * add zero), so that a loop needs no column index.
     *
     * @return the coefficients, empty when every weight is zero
     */
    public double[] dense() {
        if (terms.isEmpty()) {
            return new double[0];
        }
        double[] row = new double[terms.get(terms.size() - 1).column() - first() + 1];
        for (Term t : terms) {
            row[t.column() - first()] = written(t);
        }
        return row;
    }

    /** @return whether the sum is divided by a denominator other than 1 */
    public boolean divided() {
        return integers && !denominator.equals(BigInteger.ONE);
    }

    /**
     * @param axis an axis of the positions
     * @return how far the points reach below 0 on that axis: {@code max(0, -min at)}
     */
    public int below(int axis) {
        return Math.max(0, -points.stream().mapToInt(p -> p.get(axis)).min().orElse(0));
    }

    /**
     * @param axis an axis of the positions
     * @return how far the points reach above 0 on that axis: {@code max(0, max at)}
     */
    public int above(int axis) {
        return Math.max(0, points.stream().mapToInt(p -> p.get(axis)).max().orElse(0));
    }
}
