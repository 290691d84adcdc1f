package org.stencilforge.derivation;

import org.stencilforge.StencilforgeException;

/**
 * Bounds on the size of a request, so that a typo cannot start a derivation that
 * runs for hours. Exact weights on {@code N} nodes cost about {@code N^2 M}
 * big-integer operations on numbers of about {@code N log N} bits.
 *
 * @param maxNodes the most nodes a stencil may have
 * @param maxErrorTerms the most truncation-error terms that may be requested
 */
public record Limits(int maxNodes, int maxErrorTerms) {

    /** The defaults: 2049 nodes (under a few seconds) and 100 error terms. */
    public static final Limits DEFAULT = new Limits(2049, 100);

    /** @throws StencilforgeException if a bound is below 1 */
    public Limits {
        if (maxNodes < 1 || maxErrorTerms < 1) {
            throw new StencilforgeException("the limits on nodes and error terms must be at least 1");
        }
    }

    /**
     * @param nodes the number of nodes a request needs
     * @throws StencilforgeException if it is more than {@link #maxNodes}
     */
    public void checkNodes(long nodes) {
        if (nodes > maxNodes) {
            throw new StencilforgeException(nodes + " nodes exceed the limit of " + maxNodes
                    + " (a larger stencil takes long to derive; raise the limit with --max-nodes)");
        }
    }

    /**
     * @param terms the number of error terms a request asks for
     * @throws StencilforgeException if it is below 1 or more than {@link #maxErrorTerms}
     */
    public void checkErrorTerms(int terms) {
        if (terms < 1) {
            throw new StencilforgeException("the number of error terms must be at least 1, not " + terms);
        }
        if (terms > maxErrorTerms) {
            throw new StencilforgeException(terms + " error terms exceed the limit of " + maxErrorTerms
                    + " (raise it with --max-error-terms)");
        }
    }
}
