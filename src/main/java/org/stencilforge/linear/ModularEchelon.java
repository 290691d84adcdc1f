package org.stencilforge.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear system {@code A x = b} modulo a prime, built one equation at a time
 * and kept in echelon form, to find which equations are independent and
 * whether they are consistent. Each added equation is reduced by the pivots so
 * far: if something remains it becomes a new pivot; if nothing remains, its
 * right-hand side decides whether it was implied or contradictory.
 *
 * <p>Over the rationals the rank can only be larger than modulo {@code p}, and
 * is equal unless {@code p} divides some minor: callers verify exactly what
 * they derive from this.
 */
public final class ModularEchelon {

    /** What adding an equation found. */
    public enum Outcome {
        /** It was independent of the others and is now a pivot. */
        INDEPENDENT,
        /** It follows from the others. */
        IMPLIED,
        /** It contradicts the others; it was not added. */
        CONTRADICTORY
    }

    private final Modulus mod;
    private final int columns;
    private final List<long[]> rows = new ArrayList<>(); // each normalised: 1 at its pivot, last entry the rhs
    private final List<Integer> pivots = new ArrayList<>();

    /**
     * @param mod the prime
     * @param columns the number of unknowns
     */
    public ModularEchelon(Modulus mod, int columns) {
        this.mod = mod;
        this.columns = columns;
    }

    private ModularEchelon(ModularEchelon other) {
        this(other.mod, other.columns);
        rows.addAll(other.rows);
        pivots.addAll(other.pivots);
    }

    /** @return an independent copy, to try equations that may have to be undone */
    public ModularEchelon copy() {
        return new ModularEchelon(this);
    }

    /** @return the number of pivots */
    public int rank() {
        return rows.size();
    }

    /** @return the number of unknowns */
    public int columns() {
        return columns;
    }

    /**
     * @param coefficients the equation's coefficients, residues, one per unknown
     * @param rhs its right-hand side, a residue
     * @return whether it was independent, implied or contradictory
     */
    public Outcome add(long[] coefficients, long rhs) {
        long[] row = new long[columns + 1];
        System.arraycopy(coefficients, 0, row, 0, columns);
        row[columns] = rhs;
        for (int k = 0; k < rows.size(); k++) {
            long f = row[pivots.get(k)];
            if (f != 0) {
                long[] pivot = rows.get(k);
                for (int c = 0; c <= columns; c++) {
                    if (pivot[c] != 0) {
                        row[c] = mod.subtract(row[c], mod.multiply(f, pivot[c]));
                    }
                }
            }
        }
        int lead = 0;
        while (lead < columns && row[lead] == 0) {
            lead++;
        }
        if (lead == columns) {
            return row[columns] == 0 ? Outcome.IMPLIED : Outcome.CONTRADICTORY;
        }
        long inverse = mod.inverse(row[lead]);
        for (int c = lead; c <= columns; c++) {
            row[c] = mod.multiply(row[c], inverse);
        }
        rows.add(row);
        pivots.add(lead);
        return Outcome.INDEPENDENT;
    }
}
