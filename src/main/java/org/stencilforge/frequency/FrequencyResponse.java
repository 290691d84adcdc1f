package org.stencilforge.frequency;

import java.util.List;

/**
 * Everything {@code stencilforge response} reports about one stencil. Immutable.
 *
 * @param symbol the exact symbol
 * @param tangency the order of contact of {@code H} with {@code κ(iω)^m} at 0 (the order of
 *     accuracy along the line), or {@code null} if {@code H} is the ideal response exactly
 * @param nyquistZero the order of the zero of {@code H} at {@code ω = π} (0: no zero)
 * @param bandwidth the resolving bandwidth
 * @param proofs the properties decided on {@code [0, π]}
 * @param samples the sampled response
 */
public record FrequencyResponse(Symbol symbol, Integer tangency, int nyquistZero, Bandwidth bandwidth,
        List<Proof> proofs, List<Sample> samples) {

    /** Copies the lists. */
    public FrequencyResponse {
        proofs = List.copyOf(proofs);
        samples = List.copyOf(samples);
    }
}
