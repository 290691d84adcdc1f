package org.stencilforge.operator;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * A linear operator on arrays of any length {@code n >= minLength} over a
 * uniform grid, as a differentiation matrix has it: explicit rows at the top
 * (absolute columns), one repeated interior row (columns relative to the row
 * index: a stencil), and explicit rows at the bottom (columns relative to
 * {@code n}). The operator is {@code h^(-m)} times these weights. Immutable.
 *
 * @param derivative the derivative order {@code m}
 * @param top rows {@code 0..top.size()-1}, absolute columns
 * @param interior every other row {@code i}, columns relative to {@code i}
 * @param bottom rows {@code n - bottom.size() .. n - 1}, columns relative to {@code n}
 * @param minLength the shortest array the description holds for
 */
public record BandedOperator(int derivative, List<BandRow> top, BandRow interior, List<BandRow> bottom,
        int minLength) {

    /** Copies the lists, so that the operator cannot change. */
    public BandedOperator {
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }

    /**
     * @param i a row in {@code 0..n-1}
     * @param n the array length, at least {@link #minLength}
     * @return row {@code i} with absolute columns
     */
    public BandRow row(int i, int n) {
        if (i < top.size()) {
            return top.get(i);
        }
        int t = i - (n - bottom.size());
        return t >= 0 ? bottom.get(t).shifted(n) : interior.shifted(i);
    }

    /**
     * @param n the array length
     * @return the exact {@code n×n} matrix (times {@code h^(-m)})
     * @throws org.stencilforge.StencilforgeException if {@code n < minLength}
     */
    public DifferentiationMatrix matrix(int n) {
        org.stencilforge.Checks.require(n >= minLength, n + " points are too few for this operator: it needs at least "
                + minLength);
        List<BandRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row(i, n));
        }
        return new DifferentiationMatrix(derivative, rows, List.of(), false);
    }

    /**
     * The transpose, in the same form. Its interior row is the interior stencil
     * flipped (a correlation instead of a convolution); its top and bottom rows
     * are the transposed closures, read off the exact matrix of the shortest
     * length at which top, interior and bottom no longer interact.
     *
     * <p>Row {@code j} of the transpose is the flipped stencil exactly when every
     * row {@code i} reaching column {@code j} is an interior row and no closure
     * row reaches it: {@code j >= top.size() + sMax} and {@code j} past the top
     * closures' columns, and the same from the bottom.
     *
     * @return the adjoint operator
     */
    public BandedOperator transpose() {
        int t = top.size();
        int b = bottom.size();
        int sMin = interior.first();
        int sMax = interior.end() - 1;
        int topReach = top.stream().mapToInt(BandRow::end).max().orElse(0);
        int bottomReach = bottom.stream().mapToInt(r -> -r.first()).max().orElse(0);
        int t2 = Math.max(0, Math.max(t + sMax, topReach));
        int b2 = Math.max(0, Math.max(b - sMin, bottomReach));
        int n = Math.max(Math.max(minLength, t2 + b2), Math.max(t2 - sMin + b, b2 + sMax + t));
        DifferentiationMatrix transposed = matrix(n).transpose();
        List<Rational> flipped = new ArrayList<>(interior.weights());
        java.util.Collections.reverse(flipped);
        return new BandedOperator(derivative,
                transposed.rows().subList(0, t2),
                new BandRow(-sMax, flipped),
                transposed.rows().subList(n - b2, n).stream().map(r -> r.shifted(-n)).toList(),
                n);
    }
}
