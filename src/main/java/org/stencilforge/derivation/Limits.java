package org.stencilforge.derivation;

import java.math.BigInteger;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * Bounds on the size of a request, so that a typo cannot start a derivation that
 * runs for hours or runs out of memory. Exact weights on {@code N} nodes cost
 * about {@code N^2 M} big-integer operations on numbers of about {@code N b}
 * bits, where {@code b} is the size of the offsets written as integers over
 * their common denominator; so {@code N} and {@code N b} are bounded.
 *
 * <p>Counts alone do not bound time: every request also estimates its work
 * before any of it starts ({@link Work}: derivative order and number of points,
 * bit lengths, error-term monomials {@code C(n+d-1, d-1)} per degree in
 * {@code d} dimensions, table entries, matrix rows times stencil width, output
 * size) and is refused when the estimate is past {@link #maxWork}. A unit of
 * work is about a nanosecond on one core of the development machine, so the
 * default budget of {@value #DEFAULT_WORK} units admits requests of at most a
 * few seconds; {@code --max-work} raises it. Memory follows: no estimate within
 * the budget builds data of more than a few hundred megabytes, and output text
 * is also bounded by the Java heap ({@link #checkOutput}).
 *
 * <p>The defaults: 2049 nodes ({@code --max-nodes}; {@code nd}: 343), 100
 * error terms ({@code --max-error-terms}), {@value #DEFAULT_WORK} units of work
 * ({@code --max-work}), {@code N b <= 24 × max-nodes} bits of offsets (in
 * {@code nd}, of every coordinate).
 *
 * @param maxNodes the most nodes a stencil may have
 * @param maxErrorTerms the most truncation-error terms that may be requested
 * @param maxWork the most estimated work a request may need, in units of about a nanosecond
 */
public record Limits(int maxNodes, int maxErrorTerms, long maxWork) {

    /** The default work budget: about three seconds. */
    public static final long DEFAULT_WORK = 3_000_000_000L;

    /** The defaults: 2049 nodes, 100 error terms and {@value #DEFAULT_WORK} units of work. */
    public static final Limits DEFAULT = new Limits(2049, 100, DEFAULT_WORK);

    /** @throws StencilforgeException if a bound is below 1 */
    public Limits {
        if (maxNodes < 1 || maxErrorTerms < 1) {
            throw new StencilforgeException("the limits on nodes and error terms must be at least 1");
        }
        if (maxWork < 1) {
            throw new StencilforgeException("the work budget (--max-work) must be at least 1, not " + maxWork);
        }
    }

    /**
     * The given counts with the default work budget.
     *
     * @param maxNodes the most nodes a stencil may have
     * @param maxErrorTerms the most truncation-error terms that may be requested
     */
    public Limits(int maxNodes, int maxErrorTerms) {
        this(maxNodes, maxErrorTerms, DEFAULT_WORK);
    }

    /**
     * @param estimate the work a request needs, estimated before it starts ({@link Work})
     * @param what what needs it, e.g. {@code "this stencil"}, to begin the message
     * @throws StencilforgeException if the estimate is past {@link #maxWork}
     */
    public void checkWork(long estimate, String what) {
        if (estimate > maxWork) {
            throw new StencilforgeException(what + " needs an estimated " + amount(estimate)
                    + " units of work, past the budget of " + amount(maxWork) + " (about a second per 10^9 units);"
                    + " ask for less, or raise the budget with --max-work");
        }
    }

    /** Characters of output allowed per byte of Java heap. */
    private static final int HEAP_BYTES_PER_CHARACTER = 16;

    /**
     * @param characters the estimated length of an output text
     * @throws StencilforgeException if building it could exhaust the Java heap
     */
    public static void checkOutput(double characters) {
        long heap = Runtime.getRuntime().maxMemory();
        if (characters * HEAP_BYTES_PER_CHARACTER > heap) {
            throw new StencilforgeException("the output would be about " + amount(Work.units(characters))
                    + " characters, too long for the memory Java has (" + (heap >> 20) + " MB); ask for less,"
                    + " or give Java more memory with java -Xmx");
        }
    }

    private static String amount(long units) {
        if (units >= Work.INFINITE) {
            return "more than 10^18";
        }
        if (units < 10_000) {
            return Long.toString(units);
        }
        int exponent = (int) Math.floor(Math.log10(units));
        double mantissa = units / Math.pow(10, exponent);
        return String.format(java.util.Locale.ROOT, "%.1f×10^%d", mantissa, exponent);
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

    /**
     * The bound of {@link #checkOffsets} for points in several dimensions: every
     * coordinate, over the common denominator of all of them, may have
     * {@code bits} with {@code N bits <= maxNodes * BITS_PER_NODE}.
     *
     * @param points the points
     * @throws StencilforgeException if there are too many or their coordinates are too long
     */
    public void checkPoints(List<List<Rational>> points) {
        checkNodes(points.size());
        List<Rational> all = points.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return;
        }
        long bits = Work.integerBits(all);
        if (bits * points.size() > (long) maxNodes * BITS_PER_NODE) {
            throw new StencilforgeException("these offsets are too long to solve in reasonable time: over their"
                    + " common denominator " + abbreviate(Rational.commonDenominator(all)) + " they need " + bits
                    + " bits per coordinate, and " + points.size() + " points may have at most "
                    + (long) maxNodes * BITS_PER_NODE / points.size() + "; use simpler fractions or fewer points,"
                    + " or raise the limit with --max-nodes");
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
