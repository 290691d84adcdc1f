package org.stencilforge.stencil;

import static org.stencilforge.Checks.require;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A stencil in {@code d} dimensions, {@code d = 1} included:
 * {@code L f(x) ≈ h^(-m) Σ_j w_j f(x + s_j h)} with offset vectors {@code s_j}
 * in units of {@code h}, one {@code h} for every axis, and {@code m} the order of
 * the operator {@code L} (the derivative, in 1-D).
 *
 * <p>Immutable. The offsets are distinct, each of dimension {@code d}, in
 * lexicographic order (first axis first; ascending in 1-D); the weight
 * {@code w_j} belongs to the offset at the same index. Weights are whatever the
 * creator gave: a stencil read from another library need not be accurate, which
 * is what {@link org.stencilforge.analysis.TruncationError} finds out.
 *
 * @param operator {@code L}, of order {@code m}
 * @param offsets the offset vectors {@code s_j}, in units of {@code h}
 * @param weights the weights {@code w_j}, one per offset
 */
public record Stencil(DifferentialOperator operator, List<List<Rational>> offsets, List<Rational> weights) {

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
     * @throws StencilforgeException if the lists differ in length or are empty,
     *     an offset has the wrong dimension, or the offsets are not strictly ascending
     */
    public Stencil {
        offsets = offsets.stream().map(List::copyOf).toList();
        weights = List.copyOf(weights);
        require(!offsets.isEmpty() && offsets.size() == weights.size(),
                offsets.size() + " offsets but " + weights.size() + " weights: give one weight per offset");
        for (int j = 0; j < offsets.size(); j++) {
            require(offsets.get(j).size() == operator.dimension(), "offset " + offsets.get(j) + " has "
                    + offsets.get(j).size() + " coordinates but the operator is " + operator.dimension()
                    + "-dimensional");
            require(j == 0 || OFFSET_ORDER.compare(offsets.get(j - 1), offsets.get(j)) < 0,
                    "offsets not strictly ascending at " + offsets.get(j));
        }
    }

    /**
     * A 1-D stencil of derivative {@code m}.
     *
     * @param derivative {@code m}, at least 0
     * @param offsets distinct offsets, ascending
     * @param weights one weight per offset
     * @return the stencil
     * @throws StencilforgeException if the derivative is negative or the lists do not fit
     */
    public static Stencil of(int derivative, List<Rational> offsets, List<Rational> weights) {
        require(derivative >= 0, "the derivative order must be 0 or more, not " + derivative);
        return new Stencil(DifferentialOperator.partial(MultiIndex.of(derivative)),
                offsets.stream().map(List::of).toList(), weights);
    }

    /**
     * @return the stencil with its points sorted, zero weights kept
     * @throws StencilforgeException if two offsets are equal
     */
    public static Stencil sorted(DifferentialOperator operator, List<List<Rational>> offsets,
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
        return new Stencil(operator, order.stream().map(offsets::get).toList(),
                order.stream().map(weights::get).toList());
    }

    /** @return {@code d} */
    public int dimension() {
        return operator.dimension();
    }

    /** @return {@code m}, the order of the operator: the derivative of a 1-D stencil */
    public int derivative() {
        return operator.order();
    }

    /** @return the number of points */
    public int size() {
        return offsets.size();
    }

    /**
     * @param axis an axis in {@code 0..d-1}
     * @return the offsets' coordinates on that axis, in the order of the offsets;
     *     for a 1-D stencil, its offsets ascending
     */
    public List<Rational> axis(int axis) {
        return offsets.stream().map(s -> s.get(axis)).toList();
    }
}
