package org.stencilforge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.stencilforge.arithmetic.Rational;

/** Seeded random rational grids for property tests: the same seed, the same grids. */
public final class RandomGrids {

    private RandomGrids() {
    }

    /**
     * @param random the seeded source
     * @param size how many distinct offsets
     * @return distinct rationals with numerators in [-12, 12] and denominators in [1, 6], unsorted
     */
    public static List<Rational> distinctOffsets(Random random, int size) {
        Set<Rational> offsets = new LinkedHashSet<>();
        while (offsets.size() < size) {
            offsets.add(rational(random));
        }
        return new ArrayList<>(offsets);
    }

    /**
     * @param random the seeded source
     * @return a rational with numerator in [-12, 12] and denominator in [1, 6]
     */
    public static Rational rational(Random random) {
        return Rational.of(random.nextInt(25) - 12, random.nextInt(6) + 1);
    }

    /**
     * The Taylor moment {@code Σ_j w_j s_j^n / n!}, summed directly in rationals:
     * an independent restatement of what a stencil does to the monomial
     * {@code t^n / n!} at {@code t = 0} with {@code h = 1}.
     *
     * @param offsets the offsets {@code s_j}
     * @param weights the weights {@code w_j}
     * @param n the power
     * @return the moment
     */
    public static Rational moment(List<Rational> offsets, List<Rational> weights, int n) {
        Rational sum = Rational.ZERO;
        Rational factorial = Rational.ONE;
        for (int i = 2; i <= n; i++) {
            factorial = factorial.multiply(Rational.of(i));
        }
        for (int j = 0; j < offsets.size(); j++) {
            sum = sum.add(weights.get(j).multiply(offsets.get(j).pow(n)));
        }
        return sum.divide(factorial);
    }
}
