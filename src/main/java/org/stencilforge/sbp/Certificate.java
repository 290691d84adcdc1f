package org.stencilforge.sbp;

import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * What {@link SummationByParts#certify} proved about an operator {@code D} and its norm
 * {@code H}, from the finished matrices alone. Immutable.
 *
 * @param positiveDefinite every diagonal entry of {@code H/h} is positive (a diagonal matrix is
 *     symmetric, and its exact Cholesky factor is the square root of the diagonal)
 * @param smallestWeight the smallest diagonal entry of {@code H/h}
 * @param summationByParts {@code H D + D^T H = B = diag(-1, 0, ..., 0, 1)} exactly, entry by entry
 * @param mismatch the first entry {@code [i, j]} (0-based) where it fails, or {@code null}
 * @param rowOrders the exact order of accuracy of every row of {@code D} at its own point
 * @param interiorOrder the order of the interior rows (those of the central stencil)
 * @param boundaryOrder the lowest order of a row
 */
public record Certificate(boolean positiveDefinite, Rational smallestWeight, boolean summationByParts,
        int[] mismatch, List<Integer> rowOrders, int interiorOrder, int boundaryOrder) {

    /** Copies the orders and the entry. */
    public Certificate {
        rowOrders = List.copyOf(rowOrders);
        mismatch = mismatch == null ? null : mismatch.clone();
    }

    /** @return the entry where {@code H D + D^T H} differs from {@code B}, or {@code null} */
    @Override
    public int[] mismatch() {
        return mismatch == null ? null : mismatch.clone();
    }

    /** @return whether every property holds: a norm, and summation by parts */
    public boolean holds() {
        return positiveDefinite && summationByParts;
    }
}
