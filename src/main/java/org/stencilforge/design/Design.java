package org.stencilforge.design;

import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;

/**
 * A designed stencil: an ordinary analysed stencil, and what its design says
 * about it. Immutable.
 *
 * @param result the stencil with its exact truncation error, as every other command gives it
 * @param properties what the design guarantees or computed, in a fixed order
 */
public record Design(AnalysedStencil result, List<Property> properties) {

    /** Copies the list, so that the design cannot change. */
    public Design {
        properties = List.copyOf(properties);
    }

    /**
     * One property of a design, in two spellings; both hold only values the
     * library computed.
     *
     * @param key the JSON key
     * @param label what it is, for people
     * @param text the value for people
     * @param json the value as a JSON literal (a number, a string in quotes, a list, {@code null})
     */
    public record Property(String key, String label, String text, String json) {

        /** @return an integer property */
        static Property of(String key, String label, long value) {
            return new Property(key, label, Long.toString(value), Long.toString(value));
        }

        /** @return a property whose value is a string without quotes or backslashes */
        static Property text(String key, String label, String value) {
            return new Property(key, label, value, "\"" + value + "\"");
        }
    }
}
