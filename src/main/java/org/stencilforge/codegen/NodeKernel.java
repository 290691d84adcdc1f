package org.stencilforge.codegen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.real.Ball;

/**
 * Generated code's view of weights or a differentiation matrix on given (non-uniform or real)
 * nodes, for one node count: every row is {@code width} coefficients applied to the samples
 * from column {@code first}, the coefficients already correctly rounded to the precision.
 * The nodes are absolute positions, so there is no spacing {@code h}. Immutable.
 *
 * <p>Rounding: exact (rational) weights are rounded once by {@link Precision#round}; real ones
 * come from balls ({@link org.stencilforge.real.RealStencils#weightBalls}) whose two ends must
 * round to the same value of the precision, the working precision doubling from
 * {@value #START_DIGITS} digits until every one does (up to {@code --max-working-digits}); so
 * every literal is the correctly rounded value of the exact weight. A ball that holds 0 gives the
 * literal 0 once it lies within half the smallest subnormal ({@link Precision#zeroBound}), where
 * every number rounds to 0: a weight that is exactly 0 (by symmetry) is proved to round to 0 at
 * a few hundred working digits.
 *
 * @param all whether code applies every row ({@code apply_all(f, out)}) rather than one ({@code apply(f)})
 * @param size {@code n}, the number of nodes (and samples)
 * @param width the coefficients of every row
 * @param first for every row, the column of its first coefficient
 * @param values every row's coefficients, row after row, each a value of {@code precision}
 * @param nodes the nodes in ascending order, rounded to the precision (for comments)
 * @param precision the arithmetic of the generated code
 * @param doc what the code computes, plain lines
 */
public record NodeKernel(boolean all, int size, int width, List<Integer> first, List<Double> values, List<Double> nodes,
        Precision precision, List<String> doc) {

    /**
     * The first working precision tried for real nodes: doubling from 45 reaches 360 digits, enough
     * to prove that an exact zero rounds to 0 in double precision (below {@code 2^-1075}, 324 digits).
     */
    public static final int START_DIGITS = 45;

    /** Copies the lists. */
    public NodeKernel {
        first = List.copyOf(first);
        values = List.copyOf(values);
        nodes = List.copyOf(nodes);
        doc = List.copyOf(doc);
    }

    /**
     * @param all whether it is a matrix (else one row of weights)
     * @param nodes the nodes, ascending
     * @param rows the exact rows, each of {@code n} weights in node order
     * @param precision the precision
     * @param what what the rows compute, e.g. {@code the derivative f'(z) at z = 0}
     * @return the kernel
     */
    public static NodeKernel exact(boolean all, List<Rational> nodes, List<List<Rational>> rows, Precision precision,
            String what) {
        List<List<Double>> rounded = new ArrayList<>();
        rounded.add(nodes.stream().map(precision::round).toList());
        rows.forEach(r -> rounded.add(r.stream().map(precision::round).toList()));
        return of(all, rounded, precision, what);
    }

    /**
     * @param all whether it is a matrix (else one row of weights)
     * @param balls at a working precision: the nodes (ascending), then the rows
     * @param precision the precision
     * @param maxWorkingDigits the highest working precision to try
     * @param what what the rows compute
     * @return the kernel, every value correctly rounded
     * @throws StencilforgeException if a value does not settle within {@code maxWorkingDigits}
     */
    public static NodeKernel real(boolean all, IntFunction<List<List<Ball>>> balls, Precision precision,
            int maxWorkingDigits, String what) {
        int p = Math.min(START_DIGITS, maxWorkingDigits);
        while (true) {
            List<List<Double>> rounded;
            try {
                rounded = settle(balls.apply(p), precision);
            } catch (ArithmeticException e) {
                rounded = null;
            }
            if (rounded != null) {
                return of(all, rounded, precision, what);
            }
            if (p >= maxWorkingDigits) {
                throw new StencilforgeException("could not round every weight to " + precision.label() + " precision"
                        + " within " + maxWorkingDigits + " working digits (a weight may lie on a rounding tie);"
                        + " raise --max-working-digits");
            }
            p = (int) Math.min(2L * p, maxWorkingDigits);
        }
    }

    private static List<List<Double>> settle(List<List<Ball>> balls, Precision precision) {
        List<List<Double>> out = new ArrayList<>();
        for (List<Ball> row : balls) {
            List<Double> r = new ArrayList<>(row.size());
            for (Ball b : row) {
                Double v = round(b, precision);
                if (v == null) {
                    return null;
                }
                r.add(v);
            }
            out.add(r);
        }
        return out;
    }

    /** @return the value both ends of the ball round to, or {@code null} when they differ */
    static Double round(Ball b, Precision precision) {
        if (b.containsZero()) {
            // every number in the ball rounds to 0 when the ball lies below half the smallest subnormal
            return b.mid().abs().add(b.rad()).compareTo(precision.zeroBound()) <= 0 ? 0.0 : null;
        }
        double lo = precision.round(rational(b.lower()));
        double hi = precision.round(rational(b.upper()));
        return lo == hi ? lo : null;
    }

    private static Rational rational(BigDecimal d) {
        return d.scale() <= 0 ? Rational.of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())))
                : Rational.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** The narrowest band holding every non-zero coefficient, the same width for every row. */
    private static NodeKernel of(boolean all, List<List<Double>> rounded, Precision precision, String what) {
        List<Double> nodes = rounded.get(0);
        List<List<Double>> rows = rounded.subList(1, rounded.size());
        int n = nodes.size();
        int width = 1;
        for (List<Double> row : rows) {
            int lo = lowest(row);
            int hi = highest(row);
            width = Math.max(width, hi - lo + 1);
        }
        List<Integer> first = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (List<Double> row : rows) {
            int start = Math.min(lowest(row), n - width);
            first.add(start);
            values.addAll(row.subList(start, start + width));
        }
        List<String> doc = new ArrayList<>();
        doc.add("Approximates " + what + " on " + n + " given nodes (absolute positions, ascending;");
        doc.add("no spacing h): " + (all ? "the differentiation matrix D, out = D f" : "the weights w, sum of w[j] f[j]")
                + ", from the samples f[j] at the nodes x_j.");
        doc.add("Coefficients are the exact ones correctly rounded to " + precision.label() + " precision.");
        List<String> xs = nodes.stream().map(x -> Spell.literal(x, precision)).toList();
        doc.add("x = " + String.join(", ", xs.size() > 12 ? List.of(xs.get(0), xs.get(1), "...", xs.get(xs.size() - 1))
                : xs));
        return new NodeKernel(all, n, width, first, values, nodes, precision, doc);
    }

    private static int lowest(List<Double> row) {
        for (int j = 0; j < row.size(); j++) {
            if (row.get(j) != 0) {
                return j;
            }
        }
        return 0;
    }

    private static int highest(List<Double> row) {
        for (int j = row.size() - 1; j >= 0; j--) {
            if (row.get(j) != 0) {
                return j;
            }
        }
        return 0;
    }

    /** @return the number of rows: {@code n} for a matrix, 1 for weights */
    public int rows() {
        return first.size();
    }
}
