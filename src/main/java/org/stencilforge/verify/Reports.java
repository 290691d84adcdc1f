package org.stencilforge.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.render.Notation;

/**
 * The text, Markdown and JSON of verification reports. Prints only values the
 * library computed (and weight literals, which passed {@link Literals}' pattern).
 */
public final class Reports {

    /** Exact numbers longer than this are shown in text and Markdown as a 4-digit decimal (JSON keeps them exact). */
    static final int SHORT = 40;

    /** The output formats of {@code verify}. */
    public enum Format {
        /** For people. */
        TEXT,
        /** For people, as Markdown. */
        MARKDOWN,
        /** For machines: documented keys. */
        JSON
    }

    private Reports() {
    }

    // ---------------------------------------------------------------- stencils

    /**
     * @param reports one or more stencil reports (failing ones first in text and Markdown)
     * @param format the format
     * @return the whole text
     */
    public static String stencils(List<StencilCheck.Report> reports, Format format) {
        if (format == Format.JSON) {
            if (reports.size() == 1) {
                return json(reports.get(0)) + "\n";
            }
            return "{\"stencils\": [\n" + reports.stream().map(Reports::json).collect(Collectors.joining(",\n"))
                    + "\n], \"failing\": [" + java.util.stream.IntStream.range(0, reports.size())
                            .filter(i -> !reports.get(i).pass()).mapToObj(Integer::toString)
                            .collect(Collectors.joining(","))
                    + "], \"pass\": " + reports.stream().allMatch(StencilCheck.Report::pass) + "}\n";
        }
        boolean md = format == Format.MARKDOWN;
        List<StencilCheck.Report> ordered = new ArrayList<>(reports.stream().filter(r -> !r.pass()).toList());
        ordered.addAll(reports.stream().filter(StencilCheck.Report::pass).toList());
        StringBuilder b = new StringBuilder();
        if (reports.size() > 1) {
            long failing = reports.stream().filter(r -> !r.pass()).count();
            b.append(md ? "# " : "").append(failing == 0 ? "PASS" : "FAIL").append(": ").append(reports.size())
                    .append(" stencils, ").append(failing).append(" failing").append(md ? "\n\n" : "\n\n");
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0) {
                b.append(md ? "\n---\n\n" : "\n");
            }
            b.append(md ? markdown(ordered.get(i)) : text(ordered.get(i)));
        }
        return b.toString();
    }

    private static String text(StencilCheck.Report r) {
        StringBuilder b = new StringBuilder();
        boolean line = r.dimension() == 1;
        b.append(r.label().isEmpty() ? "" : r.label() + ": ").append(r.pass() ? "PASS" : "FAIL").append('\n');
        for (StencilCheck.Check c : r.checks()) {
            b.append("  ").append(c.pass() ? "ok   " : "FAIL ").append(c.name()).append(": ").append(c.detail())
                    .append('\n');
        }
        b.append('\n');
        b.append("weights read as: ").append(r.mode().label()).append(" (tolerance ").append(r.tolerance().text())
                .append(")\n");
        b.append(line ? "derivative detected: " : "operator detected: ")
                .append(r.detected() == null ? "none" : line ? Integer.toString(r.detected().order())
                        : Notation.PLAIN.operator(r.detected()));
        if (r.claimed() != null) {
            b.append(" (claimed ").append(line ? Integer.toString(r.claimed().order())
                    : Notation.PLAIN.operator(r.claimed())).append(')');
        }
        b.append('\n');
        b.append("order of accuracy of the weights as given (exact): ").append(Notation.order(r.error())).append('\n');
        b.append("truncation error (approximation - exact): ").append(error(r.error(), line)).append('\n');
        b.append("order within the tolerance: ").append(orderTol(r)).append('\n');
        if (r.exact() != null) {
            b.append("exact stencil on these offsets: order ").append(Notation.order(r.exactError()))
                    .append(", error ").append(error(r.exactError(), line)).append('\n');
        } else {
            b.append("exact stencil on these offsets: none (").append(r.exactNote()).append(")\n");
        }
        b.append('\n');
        List<String> header = new ArrayList<>(List.of("offset", "given", "exact", "abs error", "rel error"));
        boolean ulp = r.maxUlp() != null;
        if (ulp) {
            header.addAll(List.of("ulp", "correctly rounded"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (StencilCheck.WeightCheck w : r.weights()) {
            List<String> row = new ArrayList<>(List.of(offset(w.offset()), w.text().strip(), shortNumber(w.exact()),
                    Fractions.sci(w.absError(), 2), Fractions.sci(w.relError(), 2)));
            if (ulp) {
                row.add(w.ulps() == Long.MAX_VALUE ? "huge" : Long.toString(w.ulps()));
                row.add(w.correctlyRounded() ? "yes" : "no");
            }
            rows.add(row);
        }
        if (r.weights().isEmpty()) {
            for (int j = 0; j < r.given().size(); j++) {
                rows.add(List.of(offset(r.given().offsets().get(j)), shortNumber(r.given().weights().get(j)), "", "",
                        ""));
            }
        }
        b.append(table(header, rows, false));
        if (r.maxUlp() != null || r.maxRel() != null) {
            b.append("largest error: ").append(r.maxUlp() == null ? "" : ulps(r.maxUlp()) + " ulp, ")
                    .append(Fractions.sci(r.maxRel(), 3)).append(" relative\n");
        }
        b.append(recovered(r));
        return b.toString();
    }

    private static String markdown(StencilCheck.Report r) {
        // the same content, the table as a Markdown table and the rest as a list
        String text = text(r);
        StringBuilder b = new StringBuilder();
        String[] parts = text.split("\n\n", -1);
        b.append("## ").append(parts[0].lines().findFirst().orElse("")).append("\n\n");
        parts[0].lines().skip(1).forEach(l -> b.append("- ").append(l.strip()).append('\n'));
        b.append('\n');
        parts[1].lines().forEach(l -> b.append("- ").append(l).append('\n'));
        b.append('\n');
        List<String> lines = parts.length > 2 ? parts[2].lines().toList() : List.of();
        List<List<String>> cells = new ArrayList<>();
        int tableLines = 1 + r.given().size();
        for (int i = 0; i < Math.min(tableLines, lines.size()); i++) {
            cells.add(List.of(lines.get(i).strip().split("\\s{2,}")));
        }
        if (!cells.isEmpty()) {
            b.append(table(cells.get(0), cells.subList(1, cells.size()), true));
        }
        for (int i = tableLines; i < lines.size(); i++) {
            b.append(lines.get(i).isBlank() ? "\n" : lines.get(i).startsWith(" ") ? "  " + lines.get(i).strip() + "\n"
                    : "\n" + lines.get(i) + "\n");
        }
        return b.toString();
    }

    private static String orderTol(StencilCheck.Report r) {
        return r.orderWithinTolerance().isPresent() ? Integer.toString(r.orderWithinTolerance().getAsInt())
                : "exact within the tolerance through degree " + r.bound();
    }

    private static String recovered(StencilCheck.Report r) {
        StencilCheck.Recovered rec = r.recovered();
        if (rec == null) {
            return "intended rational stencil: none found (no simple fractions near the weights reach the"
                    + " expected order)\n";
        }
        if (rec.method().equals("as given")) {
            return "intended rational stencil: the weights as given (order " + orderOf(rec.order()) + ")\n";
        }
        StringBuilder b = new StringBuilder("intended rational stencil ("
                + (rec.method().equals("rounding") ? "simplest fractions within " + Fractions.sci(rec.width(), 2)
                        + " relative" : "the exact stencil on these offsets")
                + "), order " + orderOf(rec.order()) + ":\n  ");
        b.append(rec.weights().stream().map(Reports::shortNumber).collect(Collectors.joining(", "))).append('\n');
        if (!rec.changed().isEmpty() && rec.changed().size() <= 10) {
            for (int j : rec.changed()) {
                b.append("  at offset ").append(offset(r.given().offsets().get(j))).append(": given ")
                        .append(r.weights().isEmpty() ? shortNumber(r.given().weights().get(j))
                                : r.weights().get(j).text().strip())
                        .append(", intended ").append(shortNumber(rec.weights().get(j))).append('\n');
            }
        } else if (!rec.changed().isEmpty()) {
            b.append("  ").append(rec.changed().size()).append(" of ").append(rec.weights().size())
                    .append(" weights differ from the given ones\n");
        }
        return b.toString();
    }

    private static String orderOf(OptionalInt order) {
        return order.isPresent() ? Integer.toString(order.getAsInt()) : "exact";
    }

    private static String ulps(long u) {
        return u == Long.MAX_VALUE ? "more than 9.2e18" : Long.toString(u);
    }

    /** @return an exact number, or a 4-digit decimal with {@code ≈} when it is too long to read */
    static String shortNumber(Rational x) {
        if (x == null) {
            return "";
        }
        String s = x.toString();
        return s.length() <= SHORT ? s : "≈" + Fractions.sci(x, 4);
    }

    static String offset(List<Rational> s) {
        return s.size() == 1 ? s.get(0).toString()
                : "(" + s.stream().map(Rational::toString).collect(Collectors.joining(", ")) + ")";
    }

    /** @return error terms with long coefficients shortened */
    static String error(TruncationError e, boolean line) {
        if (e.terms().isEmpty()) {
            return "0";
        }
        List<String> terms = new ArrayList<>();
        for (ErrorTerm t : e.terms()) {
            if (t.coefficient().toString().length() <= SHORT) {
                terms.add(Notation.PLAIN.term(t, line));
            } else {
                String h = Notation.PLAIN.hPower(t.hPower());
                terms.add("≈" + Fractions.sci(t.coefficient(), 4) + (h.isEmpty() ? "" : " " + h) + " "
                        + (line ? Notation.PLAIN.derivative(t.derivative().get(0))
                                : Notation.PLAIN.partial(t.derivative())));
            }
        }
        return Notation.signedSum(terms) + Notation.PLAIN.bigO(e.remainder());
    }

    /** A table with right-aligned columns, or a Markdown table. */
    static String table(List<String> header, List<List<String>> rows, boolean markdown) {
        StringBuilder b = new StringBuilder();
        if (markdown) {
            b.append("| ").append(String.join(" | ", header)).append(" |\n|");
            header.forEach(h -> b.append(" ---: |"));
            b.append('\n');
            for (List<String> row : rows) {
                b.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            return b.toString();
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], c < row.size() ? row.get(c).length() : 0);
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            StringBuilder l = new StringBuilder();
            for (int c = 0; c < header.size(); c++) {
                String cell = c < row.size() ? row.get(c) : "";
                l.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - cell.length())).append(cell);
            }
            b.append(l.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- JSON

    static String json(StencilCheck.Report r) {
        boolean line = r.dimension() == 1;
        StringBuilder b = new StringBuilder("{");
        if (!r.label().isEmpty()) {
            b.append("\"label\": ").append(string(r.label())).append(", ");
        }
        b.append("\"dimension\": ").append(r.dimension());
        b.append(", \"derivative\": ").append(r.detected() == null ? "null"
                : line ? Integer.toString(r.detected().order()) : operatorJson(r.detected()));
        b.append(", \"claimed\": ").append(r.claimed() == null ? "null"
                : line ? Integer.toString(r.claimed().order()) : operatorJson(r.claimed()));
        b.append(", \"weights_are\": ").append(string(r.mode().label()));
        b.append(", \"tolerance\": ").append(string(r.tolerance().text()));
        b.append(", \"offsets\": [").append(r.given().offsets().stream().map(Reports::offsetJson)
                .collect(Collectors.joining(","))).append(']');
        b.append(", \"weights\": ").append(numbers(r.given().weights()));
        b.append(", \"order\": ").append(orderJson(r.error().order()));
        b.append(", \"error\": ").append(errorJson(r.error(), line));
        b.append(", \"order_within_tolerance\": ").append(orderJson(r.orderWithinTolerance()));
        b.append(", \"exact_weights\": ").append(r.exact() == null ? "null"
                : numbers(r.weights().stream().map(StencilCheck.WeightCheck::exact).toList()));
        b.append(", \"exact_order\": ").append(r.exactError() == null ? "null" : orderJson(r.exactError().order()));
        b.append(", \"exact_error\": ").append(r.exactError() == null ? "null" : errorJson(r.exactError(), line));
        b.append(", \"abs_error\": ").append(r.exact() == null ? "null" : strings(r.weights().stream()
                .map(w -> Fractions.sci(w.absError(), 3)).toList()));
        b.append(", \"rel_error\": ").append(r.exact() == null ? "null" : strings(r.weights().stream()
                .map(w -> Fractions.sci(w.relError(), 3)).toList()));
        b.append(", \"ulp\": ").append(r.maxUlp() == null ? "null" : "[" + r.weights().stream()
                .map(w -> Long.toString(w.ulps())).collect(Collectors.joining(",")) + "]");
        b.append(", \"correctly_rounded\": ").append(r.maxUlp() == null ? "null" : "[" + r.weights().stream()
                .map(w -> Boolean.toString(w.correctlyRounded())).collect(Collectors.joining(",")) + "]");
        b.append(", \"max_ulp\": ").append(r.maxUlp() == null ? "null" : Long.toString(r.maxUlp()));
        b.append(", \"max_rel_error\": ").append(r.maxRel() == null ? "null" : string(Fractions.sci(r.maxRel(), 3)));
        StencilCheck.Recovered rec = r.recovered();
        b.append(", \"recovered\": ").append(rec == null ? "null" : "{\"method\": " + string(rec.method())
                + ", \"width\": " + (rec.width() == null ? "null" : string(Fractions.sci(rec.width(), 3)))
                + ", \"weights\": " + numbers(rec.weights()) + ", \"order\": " + orderJson(rec.order())
                + ", \"changed\": [" + rec.changed().stream().map(Object::toString).collect(Collectors.joining(","))
                + "]}");
        b.append(", \"checks\": [").append(r.checks().stream().map(c -> "{\"name\": " + string(c.name())
                + ", \"pass\": " + c.pass() + ", \"detail\": " + string(c.detail()) + "}")
                .collect(Collectors.joining(", "))).append(']');
        b.append(", \"pass\": ").append(r.pass()).append('}');
        return b.toString();
    }

    static String orderJson(OptionalInt order) {
        return order.isPresent() ? Integer.toString(order.getAsInt()) : "null";
    }

    static String errorJson(TruncationError e, boolean line) {
        return "[" + e.terms().stream().map(t -> "{\"derivative\": "
                + (line ? Integer.toString(t.derivative().get(0)) : t.derivative().toString())
                + ", \"hPower\": " + t.hPower() + ", \"coefficient\": \"" + t.coefficient() + "\"}")
                .collect(Collectors.joining(", ")) + "]";
    }

    static String operatorJson(org.stencilforge.stencil.DifferentialOperator op) {
        return "[" + op.terms().stream().map(t -> "{\"derivative\": " + t.derivative() + ", \"coefficient\": \""
                + t.coefficient() + "\"}").collect(Collectors.joining(", ")) + "]";
    }

    static String offsetJson(List<Rational> s) {
        return s.size() == 1 ? "\"" + s.get(0) + "\"" : numbers(s);
    }

    static String numbers(List<Rational> xs) {
        return "[" + xs.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(",")) + "]";
    }

    static String strings(List<String> xs) {
        return "[" + xs.stream().map(Reports::string).collect(Collectors.joining(",")) + "]";
    }

    /** @return a JSON string; the texts are the library's own, escaped anyway */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
