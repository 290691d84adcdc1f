package org.stencilforge.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions of a {@link GridKernel.Part} flattened into the tables every language writes, in no
 * language: region {@code r} has the terms {@code start[r] <= k < start[r + 1]}; term {@code k} reads
 * the column offset {@code at[k d + a] + wrap[k d + a] n_a} on axis {@code a} with the written
 * coefficient {@code c[k]} ({@link Sum#written}); the region's sum is divided by {@code div[r]}.
 *
 * @param start per region its first term, then the number of terms
 * @param at per term and axis the offset
 * @param wrap per term and axis the wrap-around count
 * @param c per term the written coefficient
 * @param div per region the divisor
 * @param exact per region its classes and exact weights, for a comment
 */
record GridKernelTables(List<Integer> start, List<Integer> at, List<Integer> wrap, List<Double> c, List<Double> div,
        List<String> exact) {

    /** @return the tables of {@code p} */
    static GridKernelTables of(GridKernel.Part p) {
        List<Integer> start = new ArrayList<>(List.of(0));
        List<Integer> at = new ArrayList<>();
        List<Integer> wrap = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        List<Double> div = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (GridKernel.Region r : p.regions()) {
            List<Sum.Term> terms = r.stencil().terms();
            for (int k = 0; k < terms.size(); k++) {
                at.addAll(terms.get(k).at());
                wrap.addAll(r.wraps().get(k));
                c.add(r.stencil().written(terms.get(k)));
            }
            start.add(c.size());
            div.add(r.divisor());
            exact.add("region " + (div.size() - 1) + ", classes " + r.classes() + ", exact: " + String.join(", ",
                    terms.stream().map(t -> t.weight().toString()).toList()));
        }
        return new GridKernelTables(start, at, wrap, c, div, exact);
    }

    /** @return the number of regions */
    int regions() {
        return div.size();
    }

    /** @return the terms of region {@code r}, from {@code start[r]} */
    int count(int r) {
        return start.get(r + 1) - start.get(r);
    }
}
