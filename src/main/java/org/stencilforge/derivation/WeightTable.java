package org.stencilforge.derivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * The weights of every derivative order {@code 0..M} on one set of offsets, as
 * {@link Fornberg#weights} produces them (a stencil of one order reduces only
 * that order's weights: {@link Fornberg#weightsOf}). Immutable.
 *
 * @param offsets the offsets, in the order they were given
 * @param weights {@code weights.get(k).get(j)} is the weight of derivative
 *     {@code k} at {@code offsets.get(j)}
 */
public record WeightTable(List<Rational> offsets, List<List<Rational>> weights) {

    /** Copies the lists, so that the table cannot change. */
    public WeightTable {
        offsets = List.copyOf(offsets);
        weights = weights.stream().map(List::copyOf).toList();
    }

    /** @return the highest derivative order {@code M} in the table */
    public int maxDerivative() {
        return weights.size() - 1;
    }

    /**
     * @param derivative an order in {@code 0..M}
     * @return the stencil of that derivative, offsets ascending
     */
    public Stencil stencil(int derivative) {
        return stencil(derivative, offsets, weights.get(derivative));
    }

    /**
     * @param derivative the derivative order
     * @param offsets distinct offsets, in any order
     * @param row their weights, in the same order
     * @return the stencil, offsets ascending
     */
    static Stencil stencil(int derivative, List<Rational> offsets, List<Rational> row) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < offsets.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparing(offsets::get));
        return Stencil.of(derivative,
                order.stream().map(offsets::get).toList(),
                order.stream().map(row::get).toList());
    }
}
