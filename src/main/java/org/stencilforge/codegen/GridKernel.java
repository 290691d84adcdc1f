package org.stencilforge.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * What generated code for a whole operator on a tensor grid computes, in no language: {@code D}
 * and its exact transpose {@code D^T}, each as one fixed stencil per region of the grid
 * ({@link org.stencilforge.operator.GridRegions}): on axis {@code a} the classes
 * {@code 0 .. T_a - 1} (rows {@code 0 .. T_a - 1}), {@code T_a} (the rows
 * {@code T_a <= i < n - B_a}) and {@code T_a + 1 + k} (row {@code n - B_a + k}); a region is a
 * class per axis and its stencil reads column {@code p_a + offset_a + wrap_a n_a}. Code writes the
 * region where every axis is interior as a straight-line loop ({@link #interior()}), the others
 * from tables of constant offsets. Arrays are flat, indexed by strides (row-major: the last axis
 * fastest). Built by {@link Kernels#grid}. Immutable.
 *
 * @param dimension {@code d}
 * @param order {@code m}: code multiplies by {@code h^(-m)}
 * @param minLength per axis the least length the regions hold for (shorter: NaN)
 * @param operator {@code D}
 * @param adjoint {@code D^T}
 * @param sizes the grid asked for: code has a loop specialised to it (constant sizes and row-major strides),
 *     which compilers vectorise as they do a hand-written loop; other grids take the general loops
 * @param doc the documentation, plain lines
 */
public record GridKernel(int dimension, int order, List<Integer> minLength, Part operator, Part adjoint,
        List<Integer> sizes, List<String> doc) {

    /** Copies the lists. */
    public GridKernel {
        minLength = List.copyOf(minLength);
        sizes = List.copyOf(sizes);
        doc = List.copyOf(doc);
    }

    /** @return the interior stencil of {@code D}, offsets per axis */
    public Sum interior() {
        return operator.interior();
    }

    /** @return the interior stencil of {@code D^T} */
    public Sum adjointInterior() {
        return adjoint.interior();
    }

    /** @return the row-major strides of {@link #sizes()}, the last axis fastest */
    public List<Integer> rowMajorStrides() {
        Integer[] s = new Integer[sizes.size()];
        int stride = 1;
        for (int a = sizes.size() - 1; a >= 0; a--) {
            s[a] = stride;
            stride *= sizes.get(a);
        }
        return List.of(s);
    }

    /**
     * {@code D} or {@code D^T} by regions.
     *
     * @param below per axis {@code T_a}
     * @param above per axis {@code B_a}
     * @param regions every region in mixed-radix order of the classes, the last axis fastest
     */
    public record Part(List<Integer> below, List<Integer> above, List<Region> regions) {

        /** Copies the lists. */
        public Part {
            below = List.copyOf(below);
            above = List.copyOf(above);
            regions = List.copyOf(regions);
        }

        /** @return per axis the number of classes {@code T_a + 1 + B_a} */
        public List<Integer> classCounts() {
            List<Integer> out = new ArrayList<>();
            for (int a = 0; a < below.size(); a++) {
                out.add(below.get(a) + 1 + above.get(a));
            }
            return out;
        }

        /** @return the index of the region whose every class is the interior one */
        public int interiorIndex() {
            int r = 0;
            for (int a = 0; a < below.size(); a++) {
                r = r * (below.get(a) + 1 + above.get(a)) + below.get(a);
            }
            return r;
        }

        /** @return the interior stencil */
        public Sum interior() {
            return regions.get(interiorIndex()).stencil();
        }

        /** @return the most terms of any region */
        public int widest() {
            return regions.stream().mapToInt(r -> r.stencil().terms().size()).max().orElse(0);
        }

        /** @return whether some term wraps around a periodic axis */
        public boolean wraps() {
            return regions.stream().anyMatch(r -> r.wraps().stream().anyMatch(w -> w.stream().anyMatch(x -> x != 0)));
        }
    }

    /**
     * One region.
     *
     * @param classes per axis its class
     * @param stencil its stencil, offsets per axis ({@link Sum.Term#at()})
     * @param wraps per term of {@code stencil.terms()}, per axis how many lengths the column adds ({@code -1, 0, 1})
     */
    public record Region(List<Integer> classes, Sum stencil, List<List<Integer>> wraps) {

        /** Copies the lists. */
        public Region {
            classes = List.copyOf(classes);
            wraps = wraps.stream().map(List::copyOf).toList();
        }

        /** @return the divisor of the written coefficients, as a double */
        public double divisor() {
            return stencil.divisor().doubleValue();
        }
    }
}
