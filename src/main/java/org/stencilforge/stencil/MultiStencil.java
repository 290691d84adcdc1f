package org.stencilforge.stencil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A stencil in {@code d} dimensions:
 * {@code L f(x) ≈ h^(-m) Σ_j w_j f(x + s_j h)} with offset vectors {@code s_j}
 * and one {@code h} for every axis. Immutable; offsets distinct, each of
 * dimension {@code d}, in lexicographic order (first axis first).
 *
 * @param operator {@code L}, of order {@code m}
 * @param offsets the offset vectors {@code s_j}, in units of {@code h}
 * @param weights the weights {@code w_j}, one per offset
 */
public record MultiStencil(DifferentialOperator operator, List<List<Rational>> offsets, List<Rational> weights) {

    /** Lexicographic order of offset vectors. */
    public static final Comparator<List<Rational>> OFFSET_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /**
     * @throws IllegalArgumentException if the lists differ in length, an offset
     *     has the wrong dimension, or the offsets are not strictly ascending
     */
    public MultiStencil {
        offsets = offsets.stream().map(List::copyOf).toList();
        weights = List.copyOf(weights);
        if (offsets.isEmpty() || offsets.size() != weights.size()) {
            throw new IllegalArgumentException(offsets.size() + " offsets but " + weights.size() + " weights");
        }
        for (int j = 0; j < offsets.size(); j++) {
            if (offsets.get(j).size() != operator.dimension()) {
                throw new IllegalArgumentException("offset " + offsets.get(j) + " is not of dimension "
                        + operator.dimension());
            }
            if (j > 0 && OFFSET_ORDER.compare(offsets.get(j - 1), offsets.get(j)) >= 0) {
                throw new IllegalArgumentException("offsets not strictly ascending at " + offsets.get(j));
            }
        }
    }

    /**
     * @return the stencil with its points sorted, zero weights kept
     * @throws StencilforgeException if two offsets are equal
     */
    public static MultiStencil sorted(DifferentialOperator operator, List<List<Rational>> offsets,
            List<Rational> weights) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < offsets.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparing(offsets::get, OFFSET_ORDER));
        for (int k = 1; k < order.size(); k++) {
            if (OFFSET_ORDER.compare(offsets.get(order.get(k - 1)), offsets.get(order.get(k))) == 0) {
                throw new StencilforgeException("duplicate offset " + offsets.get(order.get(k))
                        + ": each offset may appear only once");
            }
        }
        return new MultiStencil(operator, order.stream().map(offsets::get).toList(),
                order.stream().map(weights::get).toList());
    }

    /** @return {@code d} */
    public int dimension() {
        return operator.dimension();
    }

    /** @return the number of points */
    public int size() {
        return offsets.size();
    }
}
