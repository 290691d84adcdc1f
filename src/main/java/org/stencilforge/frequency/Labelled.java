package org.stencilforge.frequency;

import java.util.List;
import org.stencilforge.stencil.Stencil;

/**
 * A stencil's response with what the documents say about where it came from. Immutable.
 *
 * @param label a short name (legend, headings): e.g. {@code central, accuracy 4}
 * @param stencil the stencil
 * @param direction the direction it is read along, or {@code null} in 1-D
 * @param response its response
 */
public record Labelled(String label, Stencil stencil, List<Integer> direction, FrequencyResponse response) {

    /** Copies the list. */
    public Labelled {
        direction = direction == null ? null : List.copyOf(direction);
    }
}
