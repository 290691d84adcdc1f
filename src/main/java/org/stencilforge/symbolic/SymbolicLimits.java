package org.stencilforge.symbolic;

import org.stencilforge.StencilforgeException;

/**
 * Bounds on a symbolic derivation, so that no request can hang the program.
 * The cost of exact rational functions grows very fast with the number of
 * points and free symbols (5 points on 4 free spacings take seconds).
 *
 * @param maxPoints the most points a symbolic stencil may have (default {@value #DEFAULT_MAX_POINTS})
 * @param maxSeconds the wall-clock seconds the algebra may take, after Symja has
 *     started (default {@value #DEFAULT_MAX_SECONDS}); Symja's one-time start is
 *     not counted against it
 */
public record SymbolicLimits(int maxPoints, double maxSeconds) {

    /** The default number of points: 9. */
    public static final int DEFAULT_MAX_POINTS = 9;
    /** The default time: 10 seconds. */
    public static final double DEFAULT_MAX_SECONDS = 60;
    /** The defaults. */
    public static final SymbolicLimits DEFAULT = new SymbolicLimits(DEFAULT_MAX_POINTS, DEFAULT_MAX_SECONDS);

    /** @throws StencilforgeException if a bound is not positive */
    public SymbolicLimits {
        if (maxPoints < 1) {
            throw new StencilforgeException("the limit on symbolic points must be at least 1, not " + maxPoints);
        }
        if (!(maxSeconds > 0) || maxSeconds > 86_400) {
            throw new StencilforgeException("the time limit must be more than 0 and at most 86400 seconds");
        }
    }

    /** @return these limits with another time limit */
    public SymbolicLimits withMaxSeconds(double seconds) {
        return new SymbolicLimits(maxPoints, seconds);
    }

    /** @throws StencilforgeException if {@code points} is more than {@link #maxPoints} */
    void checkPoints(int points) {
        if (points > maxPoints) {
            throw new StencilforgeException(points + " symbolic points exceed the limit of " + maxPoints
                    + " (the rational functions grow very fast with the points; raise the limit with"
                    + " --max-nodes if you can wait)");
        }
    }
}
