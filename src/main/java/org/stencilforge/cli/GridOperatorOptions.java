package org.stencilforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stencilforge.StencilforgeException;
import org.stencilforge.derivation.Limits;
import org.stencilforge.operator.GridOperator;
import org.stencilforge.operator.GridRegions;
import org.stencilforge.operator.Grids;
import org.stencilforge.render.Notation;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.GridOptions;
import org.stencilforge.request.StencilRequest;
import picocli.CommandLine.Option;

/**
 * The options of {@code nd} that ask for the whole operator on a tensor grid
 * ({@code --points 40,30}) rather than one stencil: periodic axes, the adjoint and the
 * bounds. Maps them to {@link Grids}.
 */
final class GridOperatorOptions {

    @Option(names = "--points", paramLabel = "N1,N2[,N3]",
            description = "The whole operator on a tensor grid of N1 x N2 [x N3] points (one size per axis), with"
                    + " closures; flattened row-major, the last axis fastest. Formats: text (summary), mtx, json, code.")
    String points;

    @Option(names = "--periodic", paramLabel = "AXES", arity = "0..1", fallbackValue = "all",
            description = "With --points: periodic axes, by name (x or x,z), by flags per axis (true,false), or all"
                    + " (--periodic alone).")
    String periodic;

    @Option(names = "--transpose", description = "With --points: print D^T, the exact adjoint.")
    boolean transpose;

    @Option(names = "--numbers", paramLabel = "KIND", defaultValue = "exact",
            description = "With --format mtx: exact (default; integer, or rational p/q entries) or decimal (real"
                    + " entries, each the correctly rounded double).")
    String numbers;

    @Option(names = "--max-grid-points", paramLabel = "N", defaultValue = "" + (1L << 21),
            description = "Refuse grids of more points (default: ${DEFAULT-VALUE}, 128^3).")
    long maxPoints;

    @Option(names = "--max-nonzeros", paramLabel = "N", defaultValue = "" + (1L << 25),
            description = "Refuse operators of more stored entries (default: ${DEFAULT-VALUE}).")
    long maxNonZeros;

    @Option(names = "--max-code-terms", paramLabel = "N", defaultValue = "" + GridRegions.DEFAULT_MAX_TERMS,
            description = "With a code format: refuse operators whose code tables would hold more stencil terms"
                    + " (default: ${DEFAULT-VALUE}; the 3-D Laplacian of accuracy 6 needs more).")
    long maxCodeTerms;

    /**
     * Reads {@code --format} as the converter does, with mtx offered besides (the caller handles it).
     *
     * @param converter the command's formats
     * @param text the value typed
     * @return the format
     * @throws StencilforgeException naming the formats there are
     */
    static org.stencilforge.render.Format format(LabelConverter<org.stencilforge.render.Format> converter, String text) {
        try {
            return converter.convert(text);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new StencilforgeException("--format: " + e.getMessage() + ", mtx");
        }
    }

    /** @return whether the whole operator on a grid is asked for */
    boolean requested() {
        return points != null;
    }

    /** @return whether {@code --numbers decimal} was asked for; checks the word */
    boolean decimal() {
        String k = numbers.strip().toLowerCase(Locale.ROOT);
        if (!k.equals("exact") && !k.equals("decimal")) {
            throw new StencilforgeException("--numbers must be exact or decimal, not " + org.stencilforge.arithmetic.RationalParser.quote(numbers));
        }
        return k.equals("decimal");
    }

    /** @return whether an option that needs --points was given without it */
    String strayOption() {
        return periodic != null ? "--periodic" : transpose ? "--transpose" : null;
    }

    /**
     * @param options the stencil options of {@code nd}
     * @param limits the size bounds of the stencils
     * @return the operator on the grid, transposed if asked
     */
    GridOperator build(GridOptions options, Limits limits) {
        StencilRequest request = options.toRequest();
        int d = request instanceof StencilRequest.Tensor t ? t.operator().dimension()
                : request instanceof StencilRequest.Points p ? p.operator().dimension()
                : ((StencilRequest.Shaped) request).operator().dimension();
        List<Integer> sizes = sizes(d);
        List<Boolean> axes = periodic(d);
        Grids.Bounds bounds = bounds();
        GridOperator op;
        if (request instanceof StencilRequest.Tensor t) {
            op = Grids.tensor(t.operator(), Grids.terms(t.operator(), t.axes(), limits), sizes, axes, limits, bounds);
        } else {
            var rule = request instanceof StencilRequest.Points p ? p.rule() : ((StencilRequest.Shaped) request).rule();
            op = Grids.solved(Derivations.derive(request, 1, limits).stencil(), rule, sizes, axes, limits, bounds);
        }
        return transpose ? op.transpose() : op;
    }

    Grids.Bounds bounds() {
        if (maxPoints < 1 || maxNonZeros < 1) {
            throw new StencilforgeException("--max-grid-points and --max-nonzeros must be 1 or more");
        }
        return new Grids.Bounds(maxPoints, maxNonZeros);
    }

    /** @return the sizes of --points, checked against the dimension */
    List<Integer> sizes(int d) {
        String[] parts = points.split(",", -1);
        List<Integer> out = new ArrayList<>();
        for (String p : parts) {
            try {
                out.add(Integer.parseInt(p.strip()));
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--points: " + org.stencilforge.arithmetic.RationalParser.quote(points) + " is not a list of sizes; give one"
                        + " whole number per axis, e.g. --points 40,30");
            }
        }
        if (out.size() != d) {
            throw new StencilforgeException("--points gives " + out.size() + " size" + (out.size() == 1 ? "" : "s")
                    + " but the operator has " + d + " dimensions: give one size per axis, e.g. --points "
                    + String.join(",", java.util.Collections.nCopies(d, "20")));
        }
        return out;
    }

    /** @return per axis whether it is periodic */
    List<Boolean> periodic(int d) {
        List<Boolean> out = new ArrayList<>(java.util.Collections.nCopies(d, false));
        if (periodic == null) {
            return out;
        }
        String text = periodic.strip().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return java.util.Collections.nCopies(d, true);
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 0 && (parts[0].strip().equals("true") || parts[0].strip().equals("false"))) {
            if (parts.length != d) {
                throw new StencilforgeException("--periodic gives " + parts.length + " flags but the operator has " + d
                        + " axes: give one true or false per axis");
            }
            for (int a = 0; a < d; a++) {
                String p = parts[a].strip();
                if (!p.equals("true") && !p.equals("false")) {
                    throw new StencilforgeException("--periodic: give true or false per axis, or axis names, not "
                            + org.stencilforge.arithmetic.RationalParser.quote(periodic));
                }
                out.set(a, p.equals("true"));
            }
            return out;
        }
        for (String p : parts) {
            int axis = -1;
            for (int a = 0; a < d; a++) {
                if (Notation.axis(a, d).equals(p.strip())) {
                    axis = a;
                }
            }
            if (axis < 0) {
                throw new StencilforgeException("--periodic: " + org.stencilforge.arithmetic.RationalParser.quote(p) + " is not an axis of this "
                        + d + "-dimensional operator; give axis names (" + String.join(",",
                                java.util.stream.IntStream.range(0, d).mapToObj(a -> Notation.axis(a, d)).toList())
                        + "), true/false per axis, or all");
            }
            out.set(axis, true);
        }
        return out;
    }

    /**
     * @param options the stencil options of {@code nd}
     * @param limits the size bounds of the stencils
     * @return what generated code applies: {@code D} and {@code D^T} on grids of any size
     */
    org.stencilforge.codegen.GridKernel kernel(GridOptions options, Limits limits) {
        StencilRequest request = options.toRequest();
        int d = request instanceof StencilRequest.Tensor t ? t.operator().dimension()
                : request instanceof StencilRequest.Points p ? p.operator().dimension()
                : ((StencilRequest.Shaped) request).operator().dimension();
        if (d < 2 || d > 3) {
            throw new StencilforgeException("code for the whole operator on a grid is generated in 2 or 3 dimensions,"
                    + " not " + d + "; in 1 dimension use stencilforge matrix");
        }
        if (maxCodeTerms < 1) {
            throw new StencilforgeException("--max-code-terms must be 1 or more");
        }
        List<Integer> sizes = sizes(d);
        List<Boolean> axes = periodic(d);
        // code is for every grid from the kernel's minLength on: the matrix on the grid asked for is not assembled
        Grids.checkSizes(d, sizes, axes, bounds());
        org.stencilforge.codegen.GridKernel kernel;
        if (request instanceof StencilRequest.Tensor t) {
            kernel = org.stencilforge.codegen.Kernels.grid(t.operator(), Grids.terms(t.operator(), t.axes(), limits),
                    axes, sizes, limits, maxCodeTerms);
        } else {
            var rule = request instanceof StencilRequest.Points p ? p.rule() : ((StencilRequest.Shaped) request).rule();
            kernel = org.stencilforge.codegen.Kernels.grid(Derivations.derive(request, 1, limits).stencil(), rule, axes,
                    sizes, limits, maxCodeTerms);
        }
        for (int a = 0; a < d; a++) {
            if (sizes.get(a) < kernel.minLength().get(a)) {
                throw new StencilforgeException(sizes.get(a) + " points on axis " + (a + 1) + " are too few for the"
                        + " generated code (it needs " + kernel.minLength().get(a) + " or more): give more points");
            }
        }
        return kernel;
    }
}
