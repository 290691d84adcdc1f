package org.stencilforge.real;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.stencil.Stencil;

/**
 * Stencils and differentiation matrices on real nodes to guaranteed digits: each
 * is computed in ball arithmetic at a working precision of {@code D + 30} digits;
 * if any printed number is not settled (its ball does not round to one
 * {@code D}-digit decimal at both ends), the working precision is doubled and the
 * whole computation repeated, up to {@link Settings#maxWorkingDigits()}.
 */
public final class RealStencils {

    /** The default limit on the working precision. */
    public static final int DEFAULT_MAX_WORKING_DIGITS = 4000;
    /** The highest limit a user may set on the working precision. */
    public static final int MAX_WORKING_DIGITS = 100_000;

    private RealStencils() {
    }

    /**
     * @param digits {@code D}, in {@link Digits#MIN}..{@link Digits#MAX}
     * @param maxWorkingDigits the highest working precision to try
     */
    public record Settings(int digits, int maxWorkingDigits) {

        /** Checks the ranges. */
        public Settings {
            if (digits < Digits.MIN || digits > Digits.MAX) {
                throw new StencilforgeException("--digits must be " + Digits.MIN + " to " + Digits.MAX + ", not " + digits);
            }
            if (maxWorkingDigits < digits + 30 || maxWorkingDigits > MAX_WORKING_DIGITS) {
                throw new StencilforgeException("--max-working-digits must be from --digits + 30 = " + (digits + 30)
                        + " to " + MAX_WORKING_DIGITS + ", not " + maxWorkingDigits);
            }
        }
    }

    /**
     * The weights of derivative {@code m} on real offsets, or on real nodes at a real point.
     *
     * @param points the offsets, or the nodes when {@code at} is given; any order
     * @param at the evaluation point, or {@code null} for offsets
     * @param derivative {@code m}
     * @param errorTerms how many non-zero error terms to list
     * @param settings digits and limits
     * @return the stencil
     * @throws StencilforgeException for too few points, coinciding points, or digits that do not settle
     */
    public static RealStencil weights(List<Real> points, Real at, int derivative, int errorTerms, Settings settings) {
        int n = points.size();
        if (derivative < 0) {
            throw new StencilforgeException("the derivative order must be 0 or more, not " + derivative);
        }
        if (n < derivative + 1) {
            throw new StencilforgeException(n + " points are too few for derivative " + derivative + ": give at least "
                    + (derivative + 1));
        }
        int d = settings.digits();
        return settle(settings, p -> {
            List<Ball> xs = points.stream().map(x -> x.at(p)).toList();
            Integer[] order = ascending(xs, points, at == null ? "offsets" : "nodes", p);
            Ball z = at == null ? null : at.at(p);
            List<Ball> offsets = new ArrayList<>(n);
            List<String> nodeText = at == null ? null : new ArrayList<>();
            List<String> offsetText = new ArrayList<>();
            for (int idx : order) {
                Ball x = xs.get(idx);
                Ball s = at == null ? x : x.subtract(z, p);
                offsets.add(s);
                if (nodeText != null && !add(nodeText, x, d)) {
                    return null;
                }
                if (!add(offsetText, s, d)) {
                    return null;
                }
            }
            Ball[][] w = RealFornberg.weights(offsets, derivative, p);
            List<String> weights = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (!add(weights, w[j][derivative], d)) {
                    return null;
                }
            }
            // C_k = Σ w_j s_j^k / k! (minus 1 at k = m); zero for k < n, the degree of exactness
            List<RealStencil.Term> terms = new ArrayList<>();
            int last = n + 4 * errorTerms + 4;
            Ball[] moments = RealFornberg.moments(offsets, derivative, last - n, p);
            Ball[] powers = moments != null ? null : offsets.stream().map(s -> s.pow(n, p)).toArray(Ball[]::new);
            for (int k = n; k <= last && terms.size() < errorTerms; k++) {
                Ball c = Ball.ZERO;
                if (moments != null) {
                    c = moments[k - n];
                } else {
                    for (int j = 0; j < n; j++) {
                        c = c.add(w[j][derivative].multiply(powers[j], p), p);
                        powers[j] = powers[j].multiply(offsets.get(j), p);
                    }
                }
                String text = Digits.of(c.divide(Ball.factorial(k), p), d);
                if (text == null) {
                    return null;
                }
                if (!text.equals("0")) {
                    terms.add(new RealStencil.Term(k, k - derivative, text, null));
                }
            }
            String atText = at == null ? null : Digits.of(z, d);
            if (at != null && atText == null) {
                return null;
            }
            return new RealStencil(derivative, d, atText, nodeText, offsetText, weights,
                    terms.isEmpty() ? null : terms.get(0).hPower(), terms, p, null);
        });
    }

    /**
     * The differentiation matrix of derivative {@code m} on real nodes.
     *
     * @param nodes the nodes, any order (rows and columns come out ascending)
     * @param derivative {@code m}
     * @param accuracy {@code P}: each row uses the {@code m + P} nearest nodes as the exact
     *     engine chooses them ({@link org.stencilforge.operator.Closures#onNodes}); {@code null}: every node
     * @param settings digits and limits
     * @return the matrix
     * @throws StencilforgeException for too few nodes, coinciding nodes, or digits that do not settle
     */
    public static RealMatrix matrix(List<Real> nodes, int derivative, Integer accuracy, Settings settings) {
        int n = nodes.size();
        int points = accuracy == null ? n : derivative + accuracy;
        if (accuracy != null && accuracy < 1) {
            throw new StencilforgeException("the accuracy order must be 1 or more, not " + accuracy);
        }
        if (derivative < 0 || n < Math.max(points, derivative + 1)) {
            throw new StencilforgeException(n + " nodes are too few for derivative " + derivative
                    + (accuracy == null ? "" : " at accuracy " + accuracy) + ": every row needs "
                    + Math.max(points, derivative + 1) + " nodes");
        }
        int d = settings.digits();
        return settle(settings, p -> {
            List<List<Ball>> balls = matrixBalls(nodes, derivative, accuracy, p);
            List<String> nodeText = new ArrayList<>();
            for (Ball x : balls.get(0)) {
                if (!add(nodeText, x, d)) {
                    return null;
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (List<Ball> ballRow : balls.subList(1, n + 1)) {
                List<String> row = new ArrayList<>(n);
                for (Ball w : ballRow) {
                    if (!add(row, w, d)) {
                        return null;
                    }
                }
                rows.add(row);
            }
            return new RealMatrix(derivative, d, accuracy, nodeText, rows, p, 0, false, null);
        });
    }

    /**
     * The weights of derivative {@code m} at {@code at} on real nodes as balls at one working
     * precision, in ascending node order: the input of a rounding to a binary format
     * ({@code codegen.NodeKernel}), which raises {@code p} until every ball settles.
     *
     * @param nodes the nodes, any order
     * @param at the evaluation point
     * @param derivative {@code m}
     * @param p the working precision in digits
     * @return the nodes (ascending) and the weights, each a list of balls
     * @throws StencilforgeException for coinciding nodes
     * @throws ArithmeticException when {@code p} is too low to evaluate a node
     */
    public static List<List<Ball>> weightBalls(List<Real> nodes, Real at, int derivative, int p) {
        if (derivative < 0 || nodes.size() < derivative + 1) {
            throw new StencilforgeException(nodes.size() + " nodes are too few for derivative " + derivative
                    + ": give at least " + (derivative + 1));
        }
        List<Ball> xs = sorted(nodes, p);
        Ball z = at.at(p);
        List<Ball> offsets = xs.stream().map(x -> x.subtract(z, p)).toList();
        Ball[][] w = RealFornberg.weights(offsets, derivative, p);
        List<Ball> weights = new ArrayList<>();
        for (Ball[] row : w) {
            weights.add(row[derivative]);
        }
        return List.of(xs, weights);
    }

    /**
     * The differentiation matrix of {@link #matrix} as balls at one working precision (see {@link #weightBalls}).
     *
     * @param nodes the nodes, any order
     * @param derivative {@code m}
     * @param accuracy {@code P} as in {@link #matrix}, or {@code null} for every node
     * @param p the working precision in digits
     * @return the ascending nodes, then the rows (exact zeros outside a row's nodes)
     * @throws StencilforgeException for too few or coinciding nodes
     * @throws ArithmeticException when {@code p} is too low to evaluate a node
     */
    public static List<List<Ball>> matrixBalls(List<Real> nodes, int derivative, Integer accuracy, int p) {
        int n = nodes.size();
        int points = accuracy == null ? n : derivative + accuracy;
        if (accuracy != null && accuracy < 1 || derivative < 0 || n < Math.max(points, derivative + 1)) {
            throw new StencilforgeException(n + " nodes are too few for derivative " + derivative
                    + (accuracy == null ? "" : " at accuracy " + accuracy) + ": every row needs "
                    + Math.max(points, derivative + 1) + " nodes (and the accuracy order must be 1 or more)");
        }
        List<Ball> xs = sorted(nodes, p);
        List<List<Ball>> out = new ArrayList<>();
        out.add(xs);
        int half = (points - 1) / 2;
        Ball[] q = accuracy == null ? RealFornberg.denominators(xs, p) : null; // shared by every row
        for (int i = 0; i < n; i++) {
            int start = Math.min(Math.max(0, i - half), n - points);
            List<Ball> offsets = new ArrayList<>(points);
            for (int l = start; l < start + points; l++) {
                offsets.add(l == i ? Ball.ZERO : xs.get(l).subtract(xs.get(i), p));
            }
            Ball[][] w = q != null ? RealFornberg.weights(offsets, q, derivative, p)
                    : RealFornberg.weights(offsets, derivative, p);
            List<Ball> row = new ArrayList<>(java.util.Collections.nCopies(n, Ball.ZERO));
            for (int l = 0; l < points; l++) {
                row.set(start + l, w[l][derivative]);
            }
            out.add(row);
        }
        return out;
    }

    private static List<Ball> sorted(List<Real> nodes, int p) {
        List<Ball> unsorted = nodes.stream().map(x -> x.at(p)).toList();
        return Arrays.stream(ascending(unsorted, nodes, "nodes", p)).map(unsorted::get).toList();
    }

    /**
     * The decimal expansions of an exact 1-D stencil, each correctly rounded by {@link Digits#of(Rational, int)}.
     *
     * @param exact a stencil with rational weights
     * @param digits {@code D}
     * @param both whether to keep the fractions beside the decimals
     * @return the stencil in decimals
     */
    public static RealStencil fromExact(AnalysedStencil exact, int digits, boolean both) {
        Stencil s = exact.stencil();
        List<RealStencil.Term> terms = exact.error().terms().stream()
                .map(t -> new RealStencil.Term(t.derivative().get(0), t.hPower(), Digits.of(t.coefficient(), digits),
                        both ? t.coefficient().toString() : null))
                .toList();
        return new RealStencil(s.derivative(), digits, exact.at().map(z -> Digits.of(z, digits)).orElse(null),
                exact.nodes().map(ns -> decimals(ns, digits)).orElse(null), decimals(s.axis(0), digits),
                decimals(s.weights(), digits), exact.error().order().isPresent() ? exact.error().order().getAsInt() : null,
                terms, 0, both ? s.weights().stream().map(Rational::toString).toList() : null);
    }

    /**
     * The decimal expansions of an exact differentiation matrix.
     *
     * @param exact the matrix
     * @param accuracy its order of accuracy, or {@code null} when every row uses every node
     * @param digits {@code D}
     * @param both whether to keep the fractions beside the decimals
     * @return the matrix in decimals
     */
    public static RealMatrix fromExact(DifferentiationMatrix exact, Integer accuracy, int digits, boolean both) {
        int n = exact.size();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> fractions = both ? new ArrayList<>() : null;
        for (int i = 0; i < n; i++) {
            List<Rational> row = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                row.add(exact.entry(i, j));
            }
            rows.add(decimals(row, digits));
            if (both) {
                fractions.add(row.stream().map(Rational::toString).toList());
            }
        }
        return new RealMatrix(exact.derivative(), digits, accuracy, decimals(exact.nodes(), digits), rows, 0,
                exact.hPower(), exact.transposed(), fractions);
    }

    private static List<String> decimals(List<Rational> values, int digits) {
        return values.stream().map(v -> Digits.of(v, digits)).toList();
    }

    /** @return whether the ball settled to {@code D} digits (and was added) */
    private static boolean add(List<String> out, Ball x, int digits) {
        String text = Digits.of(x, digits);
        if (text != null) {
            out.add(text);
        }
        return text != null;
    }

    /**
     * @return the indices of {@code xs} in ascending order
     * @throws StencilforgeException if two of them cannot be told apart
     */
    private static Integer[] ascending(List<Ball> xs, List<Real> given, String what, int p) {
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> xs.get(i).mid()));
        for (int i = 1; i < order.length; i++) {
            Ball a = xs.get(order[i - 1]);
            Ball b = xs.get(order[i]);
            if (a.upper().compareTo(b.lower()) >= 0) {
                int first = Math.min(order[i - 1], order[i]);
                int second = Math.max(order[i - 1], order[i]);
                throw new StencilforgeException(what + " " + (first + 1) + " and " + (second + 1) + " (" + shown(given.get(first))
                        + " and " + shown(given.get(second)) + ") coincide to " + p + " digits; give distinct " + what);
            }
        }
        return order;
    }

    private static String shown(Real x) {
        String t = x.text();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** Repeats {@code attempt} at doubling working precision until it settles every digit. */
    private static <T> T settle(Settings settings, IntFunction<T> attempt) {
        int p = settings.digits() + 30;
        while (true) {
            T result;
            try {
                result = attempt.apply(p);
            } catch (ArithmeticException e) {
                result = null;
            }
            if (result != null) {
                return result;
            }
            if (p >= settings.maxWorkingDigits()) {
                throw new StencilforgeException("could not settle " + settings.digits() + " digits within "
                        + settings.maxWorkingDigits() + " working digits (a value may lie on a rounding tie or"
                        + " need more precision, or a square root or logarithm is of 0); ask for fewer --digits"
                        + " or raise --max-working-digits");
            }
            p = (int) Math.min(2L * p, settings.maxWorkingDigits());
        }
    }
}
