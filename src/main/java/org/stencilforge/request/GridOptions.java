package org.stencilforge.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;

/**
 * A multidimensional request as the command line gives it, and what it
 * implies: the dimension (from the offsets, the per-axis lists or the
 * accuracies when {@code dimension} is not given), the operator (a multi-index
 * or operator text), and the way to the weights: tensor products for
 * {@code accuracy} and {@code axisOffsets}, the Taylor conditions for
 * {@code offsets} and {@code shape}. Unset options are {@code null}.
 *
 * @param derivative a multi-index as typed, e.g. {@code 1,1}
 * @param operator operator text, e.g. {@code Dxx + Dyy} or {@code laplacian}
 * @param dimension the dimension, where nothing else implies it
 * @param accuracy one accuracy, or one per axis, comma-separated
 * @param scheme one scheme, or one per axis, comma-separated
 * @param axisOffsets one offset list per axis, separated by {@code ;}
 * @param offsets offset vectors separated by {@code ;}
 * @param shape a shape of offsets
 * @param radius the shape's radius
 * @param rule how to choose among weights that are not unique; {@code null} for the default
 */
public record GridOptions(String derivative, String operator, Integer dimension, String accuracy, String scheme,
        String axisOffsets, String offsets, Shapes shape, Integer radius, MomentSolver.Rule rule) {

    /** The most dimensions a request may have. */
    public static final int MAX_DIMENSION = OperatorParser.MAX_DIMENSION;

    /**
     * @return the request these options describe
     * @throws StencilforgeException if they describe no stencil, more than one,
     *     contradict each other, or do not parse
     */
    public StencilRequest toRequest() {
        int sources = (accuracy != null ? 1 : 0) + (axisOffsets != null ? 1 : 0) + (offsets != null ? 1 : 0)
                + (shape != null ? 1 : 0);
        if (sources != 1) {
            throw new StencilforgeException((sources == 0 ? "no points given" : "more than one way to give points")
                    + ": use exactly one of --accuracy, --axis-offsets, --offsets or --shape");
        }
        if (scheme != null && accuracy == null) {
            throw new StencilforgeException("--scheme chooses the points of --accuracy presets; drop it");
        }
        if ((radius != null) != (shape != null)) {
            throw new StencilforgeException("--shape and --radius go together, e.g. --shape box --radius 1");
        }
        if (rule != null && offsets == null && shape == null) {
            throw new StencilforgeException("--rule chooses among solutions on --offsets or --shape; tensor"
                    + " products are unique, so drop it");
        }
        MomentSolver.Rule chosen = rule == null ? MomentSolver.Rule.AUTO : rule;
        List<List<Rational>> points = offsets == null ? null : points(offsets);
        List<List<Rational>> axes = axisOffsets == null ? null : axisLists(axisOffsets);
        List<String> accuracies = accuracy == null ? null : List.of(accuracy.split(",", -1));
        int implied = points != null && !points.isEmpty() ? points.get(0).size()
                : axes != null ? axes.size()
                : accuracies != null && accuracies.size() > 1 ? accuracies.size() : 0;
        DifferentialOperator op = operator(implied);
        if (points != null) {
            return new StencilRequest.Points(op, points, chosen);
        }
        if (shape != null) {
            return new StencilRequest.Shaped(op, shape, radius, chosen);
        }
        return new StencilRequest.Tensor(op, axes != null
                ? axes.stream().map(a -> (AxisStencil) new AxisStencil.Offsets(a)).toList()
                : presets(accuracies, op.dimension()));
    }

    private DifferentialOperator operator(int implied) {
        if ((derivative == null) == (operator == null)) {
            throw new StencilforgeException("give exactly one of --derivative A1,A2,... (e.g. 1,1 for f_xy) or"
                    + " --operator TEXT (e.g. \"Dxx + Dyy\")");
        }
        int d = dimension != null ? dimension : implied;
        if (dimension == null && implied > MAX_DIMENSION) {
            throw new StencilforgeException("the offsets have " + implied + " coordinates, and stencils have at most "
                    + MAX_DIMENSION + " dimensions");
        }
        if (dimension != null && (dimension < 1 || dimension > MAX_DIMENSION)) {
            throw new StencilforgeException("--dimension must be between 1 and " + MAX_DIMENSION + ", not "
                    + dimension);
        }
        if (dimension != null && implied != 0 && implied != dimension) {
            throw new StencilforgeException("--dimension " + dimension + " disagrees with the other options,"
                    + " which imply " + implied + " dimensions");
        }
        if (derivative != null) {
            int[] alpha;
            try {
                alpha = Arrays.stream(derivative.split(",", -1)).mapToInt(t -> Integer.parseInt(t.strip()))
                        .toArray();
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--derivative: " + RationalParser.quote(derivative)
                        + " is not a multi-index; write the order per axis, e.g. 1,1 for f_xy or 2,0,1");
            }
            if (Arrays.stream(alpha).anyMatch(a -> a < 0 || a > 1000) || alpha.length > MAX_DIMENSION) {
                throw new StencilforgeException("--derivative: orders must be between 0 and 1000, in at most "
                        + MAX_DIMENSION + " dimensions");
            }
            if (d != 0 && alpha.length != d) {
                throw new StencilforgeException("--derivative " + derivative + " has " + alpha.length
                        + " axes but the other options imply " + d + " dimensions");
            }
            return DifferentialOperator.partial(MultiIndex.of(alpha));
        }
        DifferentialOperator op = OperatorParser.parse(operator, d);
        if (d != 0 && op.dimension() != d) {
            throw new StencilforgeException("the operator is " + op.dimension() + "-dimensional but the other"
                    + " options imply " + d + " dimensions");
        }
        return op;
    }

    private List<AxisStencil> presets(List<String> accuracies, int d) {
        List<String> schemes = scheme == null ? List.of("central") : List.of(scheme.split(",", -1));
        if ((accuracies.size() != 1 && accuracies.size() != d) || (schemes.size() != 1 && schemes.size() != d)) {
            throw new StencilforgeException("--accuracy and --scheme take one value, or one per axis (" + d + ")");
        }
        List<AxisStencil> axes = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            String p = accuracies.get(accuracies.size() == 1 ? 0 : i).strip();
            String s = schemes.get(schemes.size() == 1 ? 0 : i).strip();
            int order;
            try {
                order = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new StencilforgeException("--accuracy: " + RationalParser.quote(p) + " is not an order");
            }
            axes.add(new AxisStencil.Preset(scheme(s), order));
        }
        return axes;
    }

    private static Scheme scheme(String label) {
        for (Scheme s : Scheme.values()) {
            if (s.name().equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new StencilforgeException("--scheme: unknown value " + RationalParser.quote(label)
                + "; use one of " + Arrays.stream(Scheme.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                        .toList().toString().replace("[", "").replace("]", ""));
    }

    /** {@code "x1,y1; x2,y2"} → points; every point must have the same number of coordinates. */
    private static List<List<Rational>> points(String text) {
        List<List<Rational>> points = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            List<Rational> p = Inputs.numbers("--offsets", part);
            if (!points.isEmpty() && p.size() != points.get(0).size()) {
                throw new StencilforgeException("--offsets: " + RationalParser.quote(part.strip()) + " has " + p.size()
                        + " coordinates but the first offset has " + points.get(0).size());
            }
            points.add(p);
        }
        return points;
    }

    private static List<List<Rational>> axisLists(String text) {
        List<List<Rational>> axes = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            axes.add(Inputs.numbers("--axis-offsets", part));
        }
        return axes;
    }
}
