package org.stencilforge.sbp;

import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * What {@link Certification#certify} proved about an operator {@code D} and its norm
 * {@code H}, from the finished matrices alone. Immutable.
 *
 * @param positiveDefinite {@code H/h} is symmetric and every pivot of its exact {@code LDL^T} is positive
 *     (for a diagonal norm: every diagonal entry is positive)
 * @param smallestWeight the smallest pivot of that {@code LDL^T}: for a diagonal norm, its smallest entry
 * @param summationByParts {@code H D + D^T H = B = diag(-1, 0, ..., 0, 1)} exactly, entry by entry (second
 *     derivative: {@code B S - H D2} symmetric)
 * @param mismatch the first entry {@code [i, j]} (0-based) where it fails, or {@code null}
 * @param rowOrders the exact order of accuracy of every row of {@code D} at its own point
 * @param interiorOrder the order of the interior rows (those of the central stencil)
 * @param boundaryOrder the lowest order of a row
 * @param curvature second derivative: what was proved about {@code M}; {@code null} for the first
 *     derivative (there {@code summationByParts} is {@code H D + D^T H = B}, for the second it is
 *     {@code M = B S - H D2} symmetric, and {@code mismatch} its first asymmetric entry)
 */
public record Certificate(boolean positiveDefinite, Rational smallestWeight, boolean summationByParts,
        int[] mismatch, List<Integer> rowOrders, int interiorOrder, int boundaryOrder, Curvature curvature) {

    /**
     * What was proved about {@code M} in {@code D2 = H^(-1) (-M + B S)}.
     *
     * @param rowsSumToZero {@code M 1 = 0} exactly (the constants are in its nullspace)
     * @param nonPositivePivot the first pivot of the exact {@code LDL^T} of {@code M}'s leading
     *     {@code (N-1)×(N-1)} block that is not positive, or -1 when all are (when {@code M} is not
     *     symmetric, 0: nothing is factorised)
     * @param matrix {@code h M}, read off {@code H}, {@code D2} and {@code S}
     */
    public record Curvature(boolean rowsSumToZero, int nonPositivePivot, org.stencilforge.operator.DifferentiationMatrix matrix) {

        /** @return whether {@code M} is positive semi-definite with nullspace exactly the constants */
        public boolean semiDefinite() {
            return rowsSumToZero && nonPositivePivot < 0;
        }
    }

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
        return positiveDefinite && summationByParts && (curvature == null || curvature.semiDefinite());
    }
}
