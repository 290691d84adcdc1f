package org.stencilforge.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Work;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;

/**
 * Verifies a whole differentiation matrix row by row, and with a norm {@code H}
 * the summation-by-parts property {@code H D + Dᵀ H = B},
 * {@code B = diag(-1, 0, ..., 0, 1)}, exactly.
 *
 * <p>Row {@code i} is the stencil with offsets {@code j - i} (uniform grid) or
 * {@code x_j - x_i} (nodes) and the row's non-zero entries as weights (times
 * {@code h^M} with {@code --spacing h}). Interior rows are those with the same
 * offsets and weights as the middle row; the others are closures. A row fails when
 * it does not approximate derivative {@code M} (within the tolerance) or its
 * order within the tolerance is below 1 (inconsistent) or below
 * {@code --expect-order}. The operator's order is the lowest row order.
 */
public final class MatrixCheck {

    private MatrixCheck() {
    }

    /**
     * @param matrix the matrix as read
     * @param derivative {@code M}
     * @param points {@code --points}, or {@code null}
     * @param nodes {@code --nodes}, or {@code null}
     * @param spacing {@code --spacing}, or {@code null} (1)
     * @param norm {@code H}, or {@code null}
     * @param mode how to read the entries, or {@code null} for the default rule
     * @param tolerance the tolerance, or {@code null} for the default
     * @param expectOrder the least row order expected, or {@code null}
     */
    public record Request(InputFiles.Matrix matrix, int derivative, Integer points, List<Rational> nodes,
            Rational spacing, InputFiles.Matrix norm, WeightMode mode, Tolerance tolerance, Integer expectOrder) {
    }

    /**
     * One row.
     *
     * @param row its index, from 0
     * @param interior whether it equals the middle row
     * @param report its stencil report
     */
    public record Row(int row, boolean interior, StencilCheck.Report report) {
    }

    /**
     * The SBP check.
     *
     * @param symmetric whether {@code H} is symmetric
     * @param positiveDefinite whether {@code H} is positive definite (exact LDLᵀ)
     * @param holds whether {@code H D + Dᵀ H = B}
     * @param detail where it fails, in words, or {@code "holds"}
     * @param entry the first failing entry {@code (i, j)} of {@code H D + Dᵀ H}, 0-based, or {@code null}
     */
    public record Sbp(boolean symmetric, boolean positiveDefinite, boolean holds, String detail, int[] entry) {
    }

    /**
     * @param size {@code N}
     * @param derivative {@code M}
     * @param mode how the entries were read
     * @param tolerance the tolerance
     * @param rows every row
     * @param order the lowest exact row order, empty if every row is exact
     * @param orderWithinTolerance the lowest row order within the tolerance
     * @param failing the failing rows
     * @param sbp the SBP check, or {@code null}
     * @param pass whether no row fails and SBP (if asked) holds
     */
    public record Report(int size, int derivative, WeightMode mode, Tolerance tolerance, List<Row> rows,
            OptionalInt order, OptionalInt orderWithinTolerance, List<Integer> failing, Sbp sbp, boolean pass) {
    }

    /**
     * @param request what to check
     * @param limits the bounds
     * @return the report
     */
    public static Report verify(Request request, VerifyLimits limits) {
        InputFiles.Matrix a = request.matrix();
        int n = a.rows();
        if (a.columns() != n) {
            throw new StencilforgeException("the matrix has " + n + " rows and " + a.columns()
                    + " columns; a differentiation matrix is square");
        }
        if (request.points() != null && request.points() != n) {
            throw new StencilforgeException("the matrix is " + n + "×" + n + " but --points says "
                    + request.points());
        }
        if (request.nodes() != null && request.nodes().size() != n) {
            throw new StencilforgeException("the matrix is " + n + "×" + n + " but --nodes gives "
                    + request.nodes().size() + " nodes");
        }
        if (request.nodes() != null && request.spacing() != null) {
            throw new StencilforgeException("--nodes carry the spacings; drop --spacing");
        }
        if (request.spacing() != null && request.spacing().signum() <= 0) {
            throw new StencilforgeException("--spacing must be positive");
        }
        if (request.nodes() != null) {
            for (int i = 1; i < n; i++) {
                if (request.nodes().get(i).compareTo(request.nodes().get(i - 1)) <= 0) {
                    throw new StencilforgeException("--nodes must be strictly ascending, in the order of the"
                            + " matrix's rows");
                }
            }
        }
        int m = request.derivative();
        // read every entry in one mode
        List<String> texts = new ArrayList<>();
        List<String> places = new ArrayList<>();
        long work = 0;
        for (TreeMap<Integer, InputFiles.Entry> row : a.entries()) {
            for (InputFiles.Entry e : row.values()) {
                texts.add(e.text());
                places.add(e.where());
            }
            work = Work.plus(work, Work.lineAnalysis(Math.max(1, row.size()), m, 1, 16, 1074, 1200));
        }
        limits.limits().checkWork(work, "verifying this matrix");
        Literals.Weights all = Literals.read(texts, request.mode(), places::get);
        Rational scale = request.spacing() == null ? Rational.ONE : request.spacing().pow(m);
        StencilCheck.Options options = new StencilCheck.Options(all.mode(), request.tolerance(),
                request.expectOrder(), null, 1, limits.limits(), false);
        DifferentialOperator op = DifferentialOperator.partial(MultiIndex.of(m));
        List<StencilCheck.Report> reports = new ArrayList<>();
        List<List<Rational>> weightsByRow = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, InputFiles.Entry> row = a.entries().get(i);
            if (row.isEmpty()) {
                throw new StencilforgeException("row " + i + " (0-based) of the matrix has no non-zero entry, so"
                        + " it approximates nothing");
            }
            List<List<Rational>> offsets = new ArrayList<>();
            List<Rational> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (Map.Entry<Integer, InputFiles.Entry> e : row.entrySet()) {
                int j = e.getKey();
                offsets.add(List.of(request.nodes() != null ? request.nodes().get(j).subtract(request.nodes().get(i))
                        : Rational.of(j - i)));
                Rational v = all.values().get(k++).multiply(scale);
                values.add(v);
                shown.add(scale.equals(Rational.ONE) ? e.getValue().text() : v.toString());
            }
            weightsByRow.add(values);
            reports.add(StencilCheck.verify(new StencilCheck.Input("row " + i, op, offsets, shown), options,
                    new Literals.Weights(all.mode(), values, shown)));
        }
        int middle = n / 2;
        List<Row> rows = new ArrayList<>();
        List<Integer> failing = new ArrayList<>();
        OptionalInt order = OptionalInt.empty();
        OptionalInt orderTol = OptionalInt.empty();
        for (int i = 0; i < n; i++) {
            StencilCheck.Report r = reports.get(i);
            boolean interior = r.given().offsets().equals(reports.get(middle).given().offsets())
                    && r.given().weights().equals(reports.get(middle).given().weights()) && request.nodes() == null;
            rows.add(new Row(i, interior, r));
            boolean pass = r.pass() && r.detected() != null && r.detected().order() == m;
            if (!pass) {
                failing.add(i);
            }
            order = min(order, r.error().order());
            orderTol = min(orderTol, r.orderWithinTolerance());
        }
        Sbp sbp = request.norm() == null ? null : sbp(request, weightsByRow, limits);
        boolean pass = failing.isEmpty() && (sbp == null || (sbp.holds() && sbp.symmetric() && sbp.positiveDefinite()));
        return new Report(n, m, all.mode(), reports.get(0).tolerance(), rows, order, orderTol, failing, sbp, pass);
    }

    private static OptionalInt min(OptionalInt a, OptionalInt b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalInt.of(Math.min(a.getAsInt(), b.getAsInt()));
    }

    /** H D + Dᵀ H = B, H symmetric positive definite; all exact, on sparse rows. */
    private static Sbp sbp(Request request, List<List<Rational>> weightsByRow, VerifyLimits limits) {
        int n = request.matrix().rows();
        if (request.derivative() != 1) {
            throw new StencilforgeException("--norm checks summation by parts, which is for first-derivative"
                    + " matrices (--derivative 1)");
        }
        InputFiles.Matrix hm = request.norm();
        List<TreeMap<Integer, Rational>> h = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (TreeMap<Integer, InputFiles.Entry> row : hm.entries()) {
            row.values().forEach(e -> {
                texts.add(e.text());
                places.add(e.where());
            });
        }
        List<Rational> values = Literals.read(texts, request.mode(), j -> "the norm, " + places.get(j)).values();
        boolean diagonal = (hm.rows() == 1 && hm.columns() == n) || (hm.columns() == 1 && hm.rows() == n);
        if (!diagonal && (hm.rows() != n || hm.columns() != n)) {
            throw new StencilforgeException("the norm is " + hm.rows() + "×" + hm.columns() + " but the matrix is "
                    + n + "×" + n + "; give H as " + n + " diagonal entries or a full " + n + "×" + n + " matrix");
        }
        for (int i = 0; i < n; i++) {
            h.add(new TreeMap<>());
        }
        int k = 0;
        for (int r = 0; r < hm.rows(); r++) {
            for (Integer c : hm.entries().get(r).keySet()) {
                Rational v = values.get(k++);
                if (diagonal) {
                    int i = hm.rows() == 1 ? c : r;
                    h.get(i).put(i, v);
                } else {
                    h.get(r).put(c, v);
                }
            }
        }
        // symmetric?
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Rational> e : h.get(i).entrySet()) {
                int j = e.getKey();
                if (j > i && !e.getValue().equals(h.get(j).getOrDefault(i, Rational.ZERO))) {
                    return new Sbp(false, false, false, "H is not symmetric: entry (" + i + ", " + j + ") is "
                            + Reports.shortNumber(e.getValue()) + " but (" + j + ", " + i + ") is "
                            + Reports.shortNumber(h.get(j).getOrDefault(i, Rational.ZERO)), new int[] {i, j});
                }
                if (j < i && !h.get(j).containsKey(i)) {
                    return new Sbp(false, false, false, "H is not symmetric: entry (" + i + ", " + j + ") is "
                            + Reports.shortNumber(e.getValue()) + " but (" + j + ", " + i + ") is 0",
                            new int[] {j, i});
                }
            }
        }
        long band = 0;
        for (int i = 0; i < n; i++) {
            if (!h.get(i).isEmpty()) {
                band = Math.max(band, Math.max(i - h.get(i).firstKey(), h.get(i).lastKey() - i));
            }
        }
        limits.limits().checkWork(Work.times(Work.times(n, (band + 1) * (band + 1)), 2000), "factoring the norm");
        String pd = ldlt(h, (int) band);
        // H D, then H D + (H D)^T against B
        List<TreeMap<Integer, Rational>> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Rational> row = new TreeMap<>();
            List<Rational> w = weightsByRow.get(i);
            int c = 0;
            for (Integer j : request.matrix().entries().get(i).keySet()) {
                row.put(j, w.get(c++));
            }
            d.add(row);
        }
        List<TreeMap<Integer, Rational>> hd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Rational> row = new TreeMap<>();
            for (Map.Entry<Integer, Rational> e : h.get(i).entrySet()) {
                for (Map.Entry<Integer, Rational> f : d.get(e.getKey()).entrySet()) {
                    row.merge(f.getKey(), e.getValue().multiply(f.getValue()), Rational::add);
                }
            }
            hd.add(row);
        }
        List<TreeMap<Integer, Rational>> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            q.add(new TreeMap<>(hd.get(i)));
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Rational> e : hd.get(i).entrySet()) {
                q.get(e.getKey()).merge(i, e.getValue(), Rational::add);
            }
        }
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Rational> row = q.get(i);
            if (i == 0 || i == n - 1) {
                row.putIfAbsent(i, Rational.ZERO);
            }
            for (Map.Entry<Integer, Rational> e : row.entrySet()) {
                int j = e.getKey();
                Rational b = i != j ? Rational.ZERO : i == 0 && n > 1 ? Rational.of(-1) : i == n - 1 ? Rational.ONE
                        : Rational.ZERO;
                if (n == 1 && i == 0) {
                    b = Rational.ZERO;
                }
                if (!e.getValue().equals(b)) {
                    return new Sbp(true, pd == null, false, "H D + D^T H = B fails at entry (" + i + ", " + j
                            + "): it is " + Reports.shortNumber(e.getValue()) + ", B has " + b
                            + (pd == null ? "" : "; and " + pd), new int[] {i, j});
                }
            }
        }
        return new Sbp(true, pd == null, true, pd == null ? "holds; H is symmetric positive definite"
                : "H D + D^T H = B holds, but " + pd, null);
    }

    /** @return {@code null} if H is positive definite, else where the exact LDLᵀ finds a pivot that is not positive */
    private static String ldlt(List<TreeMap<Integer, Rational>> h, int band) {
        int n = h.size();
        List<TreeMap<Integer, Rational>> a = new ArrayList<>();
        for (TreeMap<Integer, Rational> row : h) {
            a.add(new TreeMap<>(row));
        }
        for (int k = 0; k < n; k++) {
            Rational pivot = a.get(k).getOrDefault(k, Rational.ZERO);
            if (pivot.signum() <= 0) {
                return "H is not positive definite: the pivot of row " + k + " in its exact LDL^T factorisation is "
                        + Reports.shortNumber(pivot);
            }
            for (int i = k + 1; i <= Math.min(n - 1, k + band); i++) {
                Rational lik = a.get(i).get(k);
                if (lik == null || lik.isZero()) {
                    continue;
                }
                Rational f = lik.divide(pivot);
                for (Map.Entry<Integer, Rational> e : a.get(k).tailMap(k + 1).entrySet()) {
                    a.get(i).merge(e.getKey(), f.multiply(e.getValue()).negate(), Rational::add);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- output

    /**
     * @param r the report
     * @param format the format
     * @return the whole text
     */
    public static String render(Report r, Reports.Format format) {
        if (format == Reports.Format.JSON) {
            return json(r) + "\n";
        }
        boolean md = format == Reports.Format.MARKDOWN;
        StringBuilder b = new StringBuilder();
        b.append(md ? "## " : "").append(r.pass() ? "PASS" : "FAIL").append(": ").append(r.size()).append("×")
                .append(r.size()).append(" matrix of derivative ").append(r.derivative()).append(", ")
                .append(r.failing().size()).append(" failing rows").append(md ? "\n\n" : "\n");
        String bullet = md ? "- " : "";
        b.append(bullet).append("entries read as: ").append(r.mode().label()).append(" (tolerance ")
                .append(r.tolerance().text()).append(")\n");
        b.append(bullet).append("order of the operator (lowest row order): ").append(orderText(r.order()))
                .append(", within the tolerance ").append(orderText(r.orderWithinTolerance())).append('\n');
        List<Integer> interior = r.rows().stream().filter(Row::interior).map(Row::row).toList();
        b.append(bullet).append("interior rows: ").append(interior.isEmpty() ? "none" : ranges(interior))
                .append(" (the middle row's stencil); closures: ")
                .append(ranges(r.rows().stream().filter(x -> !x.interior()).map(Row::row).toList())).append('\n');
        if (r.sbp() != null) {
            b.append(bullet).append("summation by parts: ").append(r.sbp().detail()).append('\n');
        }
        b.append(md ? "\n" : "\n");
        List<String> header = List.of("row", "kind", "offsets", "derivative", "order", "leading error", "");
        List<List<String>> rows = new ArrayList<>();
        List<Row> ordered = new ArrayList<>();
        r.failing().forEach(i -> ordered.add(r.rows().get(i)));
        r.rows().stream().filter(x -> !r.failing().contains(x.row())).forEach(ordered::add);
        for (Row row : ordered) {
            StencilCheck.Report s = row.report();
            rows.add(List.of(Integer.toString(row.row()), row.interior() ? "interior" : "closure",
                    offsets(s.given().axis(0)), s.detected() == null ? "none" : Integer.toString(s.detected().order()),
                    Reports.orderJson(s.error().order()).replace("null", "exact"),
                    Reports.error(new org.stencilforge.analysis.TruncationError(s.error().leading(),
                            OptionalInt.empty()), true),
                    r.failing().contains(row.row()) ? "FAIL" : "ok"));
        }
        b.append(Reports.table(header, rows, md));
        return b.toString();
    }

    private static String orderText(OptionalInt o) {
        return o.isPresent() ? Integer.toString(o.getAsInt()) : "exact";
    }

    private static String offsets(List<Rational> s) {
        boolean consecutive = s.stream().allMatch(Rational::isInteger);
        for (int i = 1; consecutive && i < s.size(); i++) {
            consecutive = s.get(i).subtract(s.get(i - 1)).equals(Rational.ONE);
        }
        return consecutive && s.size() > 2 ? s.get(0) + ".." + s.get(s.size() - 1)
                : s.stream().map(Rational::toString).collect(Collectors.joining(","));
    }

    private static String ranges(List<Integer> xs) {
        if (xs.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        int start = xs.get(0);
        int prev = start;
        for (int i = 1; i <= xs.size(); i++) {
            if (i < xs.size() && xs.get(i) == prev + 1) {
                prev = xs.get(i);
                continue;
            }
            out.add(start == prev ? Integer.toString(start) : start + ".." + prev);
            if (i < xs.size()) {
                start = xs.get(i);
                prev = start;
            }
        }
        return String.join(", ", out);
    }

    private static String json(Report r) {
        StringBuilder b = new StringBuilder("{\"size\": ").append(r.size());
        b.append(", \"derivative\": ").append(r.derivative());
        b.append(", \"weights_are\": ").append(Reports.string(r.mode().label()));
        b.append(", \"tolerance\": ").append(Reports.string(r.tolerance().text()));
        b.append(", \"order\": ").append(Reports.orderJson(r.order()));
        b.append(", \"order_within_tolerance\": ").append(Reports.orderJson(r.orderWithinTolerance()));
        Row lowest = r.rows().stream().filter(x -> x.report().error().order().isPresent())
                .min(java.util.Comparator.comparingInt(x -> x.report().error().order().getAsInt())).orElse(null);
        b.append(", \"error\": ").append(lowest == null ? "[]" : Reports.errorJson(lowest.report().error(), true));
        b.append(", \"exact_weights\": null, \"max_ulp\": null");
        b.append(", \"rows\": [\n");
        for (int i = 0; i < r.rows().size(); i++) {
            Row row = r.rows().get(i);
            StencilCheck.Report s = row.report();
            b.append(i == 0 ? " " : ",\n ").append("{\"row\": ").append(row.row())
                    .append(", \"kind\": \"").append(row.interior() ? "interior" : "closure").append('"')
                    .append(", \"offsets\": ").append(Reports.numbers(s.given().axis(0)))
                    .append(", \"weights\": ").append(Reports.numbers(s.given().weights()))
                    .append(", \"derivative\": ").append(s.detected() == null ? "null" : s.detected().order())
                    .append(", \"order\": ").append(Reports.orderJson(s.error().order()))
                    .append(", \"order_within_tolerance\": ").append(Reports.orderJson(s.orderWithinTolerance()))
                    .append(", \"error\": ").append(Reports.errorJson(s.error(), true))
                    .append(", \"pass\": ").append(!r.failing().contains(row.row())).append('}');
        }
        b.append("\n], \"failing_rows\": [").append(r.failing().stream().map(Object::toString)
                .collect(Collectors.joining(","))).append(']');
        b.append(", \"sbp\": ");
        if (r.sbp() == null) {
            b.append("null");
        } else {
            Sbp s = r.sbp();
            b.append("{\"holds\": ").append(s.holds()).append(", \"symmetric\": ").append(s.symmetric())
                    .append(", \"positive_definite\": ").append(s.positiveDefinite())
                    .append(", \"entry\": ").append(s.entry() == null ? "null" : "[" + s.entry()[0] + "," + s.entry()[1] + "]")
                    .append(", \"detail\": ").append(Reports.string(s.detail())).append('}');
        }
        b.append(", \"pass\": ").append(r.pass()).append('}');
        return b.toString();
    }
}
