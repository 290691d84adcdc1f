package org.stencilforge.real;

import java.util.List;
import org.stencilforge.StencilforgeException;

/** Real numbers and node sets as users type them for an option. Stateless. */
public final class RealInputs {

    private RealInputs() {
    }

    /**
     * @param text an option's value, or {@code null}
     * @return whether it is a named node set or calls a real function or {@code pi}
     *     (rather than exact numbers or symbols)
     */
    public static boolean isReal(String text) {
        return text != null && (NodeSets.isNamed(text) || Expression.looksReal(text));
    }

    /**
     * @param option the option's name
     * @param text a named node set or comma-separated expressions
     * @param interval {@code a,b} to map a named set to, or {@code null}
     * @param maxNodes the most points allowed
     * @return the points, in the order given (named sets ascending)
     * @throws StencilforgeException for text that does not parse, or too many points
     */
    public static List<Real> list(String option, String text, String interval, int maxNodes) {
        if (NodeSets.isNamed(text)) {
            return NodeSets.parse(text, interval == null ? null : interval(interval), maxNodes);
        }
        if (interval != null) {
            throw new StencilforgeException("--interval maps a named node set (--nodes=chebyshev-lobatto:N, ...);"
                    + " the nodes given are already where they are, so drop --interval");
        }
        List<Real> out = List.copyOf(Expression.parseList(option, text));
        if (out.size() > maxNodes) {
            throw new StencilforgeException(option + ": " + out.size() + " points are more than the limit of "
                    + maxNodes + "; raise it with --max-nodes");
        }
        return out;
    }

    /**
     * @param option the option's name
     * @param text one expression
     * @return the number
     */
    public static Real one(String option, String text) {
        return Expression.parse(option, text);
    }

    /** @return {@code a, b} with {@code a < b} (checked at 30 digits) */
    private static List<Expression> interval(String text) {
        List<Expression> ends = Expression.parseList("--interval", text);
        if (ends.size() != 2) {
            throw new StencilforgeException("--interval needs two ends a,b, e.g. --interval 0,1 or --interval 0,pi");
        }
        Ball a;
        Ball b;
        try {
            a = ends.get(0).at(40);
            b = ends.get(1).at(40);
        } catch (ArithmeticException e) {
            throw new StencilforgeException("--interval: an end cannot be evaluated (" + e.getMessage() + ")");
        }
        if (a.upper().compareTo(b.lower()) >= 0) {
            throw new StencilforgeException("--interval a,b needs a < b");
        }
        return ends;
    }
}
