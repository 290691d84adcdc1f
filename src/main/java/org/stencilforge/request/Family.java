package org.stencilforge.request;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Work;
import org.stencilforge.stencil.Scheme;

/**
 * A family of presets, like the classic published tables: every derivative
 * with every accuracy, derived by {@link Derivations#table}. Immutable.
 *
 * @param scheme where the points lie
 * @param derivatives the derivative orders, in the order given
 * @param accuracies the orders of accuracy, in the order given
 */
public record Family(Scheme scheme, List<Integer> derivatives, List<Integer> accuracies) {

    /** The least work of one entry of a table: a small stencil, its error and its row. */
    static final long MIN_ENTRY_WORK = 100_000;

    /** Copies the lists. */
    public Family {
        derivatives = List.copyOf(derivatives);
        accuracies = List.copyOf(accuracies);
    }

    /**
     * Reads the family as users write it: ranges {@code A..B} or lists
     * {@code A,B,C}. A range of central accuracies keeps its even values only
     * (central stencils have even orders), so {@code 2..12} means 2, 4, ..., 12.
     *
     * @param scheme where the points lie
     * @param derivatives the derivative orders, as text
     * @param accuracies the accuracies, as text
     * @param limits bounds the length of a range
     * @return the family
     * @throws StencilforgeException if a list does not parse or a range is empty
     */
    public static Family parse(Scheme scheme, String derivatives, String accuracies, Limits limits) {
        return new Family(scheme, orders("--derivatives", derivatives, false, limits),
                orders("--accuracies", accuracies, scheme == Scheme.CENTRAL, limits));
    }

    /**
     * @param text {@code A..B} or {@code A,B,C}
     * @param evenOnly whether a range keeps only its even values (central accuracies)
     * @return the orders, in the order given
     */
    static List<Integer> orders(String option, String text, boolean evenOnly, Limits limits) {
        String t = text.strip();
        List<Integer> values = new ArrayList<>();
        try {
            int dots = t.indexOf("..");
            if (dots >= 0) {
                int from = Integer.parseInt(t.substring(0, dots).strip());
                int to = Integer.parseInt(t.substring(dots + 2).strip());
                if (from > to) {
                    throw new StencilforgeException(option + ": the range " + RationalParser.quote(t)
                            + " is empty; write the smaller order first, e.g. 1..6");
                }
                limits.checkNodes(to - (long) from + 1);
                // every entry costs at least a small derivation: refuse huge ranges before listing them
                limits.checkWork(Work.times(to - (long) from + 1, MIN_ENTRY_WORK), "this table");
                for (int v = from; v <= to; v++) {
                    if (!evenOnly || v % 2 == 0) {
                        values.add(v);
                    }
                }
            } else {
                for (String part : t.split(",", -1)) {
                    values.add(Integer.parseInt(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new StencilforgeException(option + ": " + RationalParser.quote(text)
                    + " is not a list of orders; write a range such as 1..6 or a list such as 1,2,4");
        }
        if (values.isEmpty()) {
            throw new StencilforgeException(option + ": the range " + RationalParser.quote(t)
                    + " holds no even order, and central stencils have only even accuracies");
        }
        return List.copyOf(values);
    }
}
