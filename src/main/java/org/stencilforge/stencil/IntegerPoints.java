package org.stencilforge.stencil;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * Rational points {@code s_j} written as integer vectors {@code a_j = D s_j}
 * over their common denominator {@code D}, with the values {@code a_j^α} of
 * monomials at them, each power computed once. Not thread-safe (it caches).
 */
public final class IntegerPoints {

    private final BigInteger scale;
    private final BigInteger[][] coordinates;
    private final List<List<List<BigInteger>>> powers = new ArrayList<>();

    /** @param points the points, all of one dimension */
    public IntegerPoints(List<List<Rational>> points) {
        scale = Rational.commonDenominator(points.stream().flatMap(List::stream).toList());
        coordinates = new BigInteger[points.size()][];
        for (int j = 0; j < points.size(); j++) {
            coordinates[j] = points.get(j).stream().map(c -> c.timesMultipleOfDenominator(scale))
                    .toArray(BigInteger[]::new);
            List<List<BigInteger>> perAxis = new ArrayList<>();
            for (int i = 0; i < coordinates[j].length; i++) {
                perAxis.add(new ArrayList<>(List.of(BigInteger.ONE)));
            }
            powers.add(perAxis);
        }
    }

    /** @return {@code D}, the common denominator of every coordinate */
    public BigInteger scale() {
        return scale;
    }

    /** @return the number of points */
    public int size() {
        return coordinates.length;
    }

    /**
     * @param axis an axis
     * @return how many distinct values the points take on that axis
     */
    public int distinctValues(int axis) {
        return (int) java.util.Arrays.stream(coordinates).map(c -> c[axis]).distinct().count();
    }

    /** @return {@code a_j^α}, an integer */
    public BigInteger monomial(int j, MultiIndex alpha) {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < alpha.dimension(); i++) {
            int k = alpha.get(i);
            if (k > 0) {
                List<BigInteger> list = powers.get(j).get(i);
                while (list.size() <= k) {
                    list.add(list.get(list.size() - 1).multiply(coordinates[j][i]));
                }
                p = p.multiply(list.get(k));
            }
        }
        return p;
    }
}
