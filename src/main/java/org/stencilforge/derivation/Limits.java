package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * Bounds on the size of a request, so that a typo cannot start a derivation that
 * runs for hours. Exact weights on {@code N} nodes cost about {@code N^2 M}
 * big-integer operations on numbers of about {@code N b} bits, where {@code b}
 * is the size of the offsets written as integers over their common denominator;
 * so both {@code N} and {@code N b} are bounded.
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

    /** Bits per node allowed for the integer offsets: {@code N b <= maxNodes * BITS_PER_NODE}. */
    public static final int BITS_PER_NODE = 24;

    /**
     * @param offsets the offsets of a stencil
     * @throws StencilforgeException if there are too many, or if, written as
     *     integers over their common denominator, they are so long that exact
     *     arithmetic on them would not finish in reasonable time
     */
    public void checkOffsets(List<Rational> offsets) {
        checkNodes(offsets.size());
        BigInteger scale = Rational.commonDenominator(offsets);
        long bits = 0;
        for (Rational s : offsets) {
            bits = Math.max(bits, s.timesMultipleOfDenominator(scale).bitLength());
        }
        if (bits * offsets.size() > (long) maxNodes * BITS_PER_NODE) {
            throw new StencilforgeException("these offsets are too long to derive in reasonable time: over their"
                    + " common denominator " + abbreviate(scale) + " they need " + bits + " bits each; use"
                    + " simpler fractions or fewer nodes, or raise the limit with --max-nodes");
        }
    }

    private static String abbreviate(BigInteger value) {
        String digits = value.toString();
        return digits.length() <= 20 ? digits : "(" + digits.length() + " digits)";
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
