package org.stencilforge.analysis;

import java.util.List;
import org.stencilforge.stencil.Scheme;

/**
 * A family of preset stencils, like the classic published tables: for each
 * derivative, one stencil per order of accuracy. Immutable.
 *
 * @param scheme where the points lie
 * @param entries the stencils, by derivative and then by accuracy
 */
public record StencilTable(Scheme scheme, List<Entry> entries) {

    /** Copies the list, so that the table cannot change. */
    public StencilTable {
        entries = List.copyOf(entries);
    }

    /**
     * One stencil of the family.
     *
     * @param accuracy the order of accuracy it was asked for
     * @param result the stencil and its truncation error
     */
    public record Entry(int accuracy, AnalysedStencil result) {

        /** @return the derivative order */
        public int derivative() {
            return result.stencil().derivative();
        }
    }

    /** @return the derivative orders, in the order of the entries */
    public List<Integer> derivatives() {
        return entries.stream().map(Entry::derivative).distinct().toList();
    }

    /**
     * @param derivative a derivative order of the table
     * @return its entries, by accuracy
     */
    public List<Entry> entries(int derivative) {
        return entries.stream().filter(e -> e.derivative() == derivative).toList();
    }
}
