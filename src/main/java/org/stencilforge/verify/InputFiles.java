package org.stencilforge.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;

/**
 * Reads the files of {@code verify}: many stencils ({@code --input}: CSV, JSON or
 * the plain form) and matrices ({@code --matrix}, {@code --norm}: dense CSV or
 * Matrix Market coordinate format). Every message names the line and column.
 *
 * <p>The plain form, for weights copied from papers: {@code #} starts a comment;
 * a line {@code derivative M} sets the derivative, {@code offsets S1 S2 ...} the
 * offsets, and every {@code weights W1 W2 ...} line is one stencil on the
 * current offsets. Numbers are separated by spaces or commas.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * A matrix as read: its non-zero entries by row, as typed.
     *
     * @param rows the number of rows
     * @param columns the number of columns
     * @param entries row {@code i}: column to entry, ascending, non-zero entries only
     */
    public record Matrix(int rows, int columns, List<TreeMap<Integer, Entry>> entries) {
    }

    /**
     * One entry as typed.
     *
     * @param text the literal
     * @param where its place, {@code line L, column C}
     */
    public record Entry(String text, String where) {
    }

    /** @return the file's text, refused when larger than the limit or not UTF-8 */
    static String read(Path file, VerifyLimits limits) {
        String name = RationalParser.quote(file.toString());
        try {
            if (Files.isDirectory(file)) {
                throw new StencilforgeException("cannot read " + name + ": it is a directory");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new StencilforgeException(name + " has " + size + " bytes, past the limit of "
                        + limits.maxFileBytes() + " (raise it with --max-file-bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > limits.maxFileBytes()) {
                throw new StencilforgeException(name + " is past the limit of " + limits.maxFileBytes()
                        + " bytes (raise it with --max-file-bytes)");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StencilforgeException(name + " is not UTF-8 text; give a CSV, JSON or Matrix Market file");
        } catch (IOException e) {
            throw new StencilforgeException("cannot read " + name + " (" + e.getClass().getSimpleName()
                    + "); check the path");
        }
    }

    private static String at(int line, int column) {
        return "line " + line + ", column " + column;
    }

    // ------------------------------------------------------------------ stencils

    /**
     * @param file a CSV, JSON or plain file
     * @param derivative the derivative for stencils the file does not give one, or {@code null} to detect it
     * @param limits the bounds
     * @return the stencils, labelled by their first line
     */
    public static List<StencilCheck.Input> stencils(Path file, Integer derivative, VerifyLimits limits) {
        String text = read(file, limits);
        String trimmed = text.stripLeading();
        String lower = file.toString().toLowerCase(Locale.ROOT);
        List<StencilCheck.Input> out;
        if (lower.endsWith(".json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            out = json(text, derivative);
        } else if (isPlain(text)) {
            out = plain(text, derivative);
        } else {
            out = csv(text, derivative);
        }
        if (out.isEmpty()) {
            throw new StencilforgeException(RationalParser.quote(file.toString()) + " holds no stencil");
        }
        if (out.size() > VerifyLimits.MAX_STENCILS) {
            throw new StencilforgeException("the file holds more than " + VerifyLimits.MAX_STENCILS + " stencils");
        }
        return out;
    }

    private static boolean isPlain(String text) {
        for (String line : text.split("\r?\n", -1)) {
            String l = stripComment(line).strip().toLowerCase(Locale.ROOT);
            if (!l.isEmpty()) {
                return l.matches("(derivative|offsets|weights)\\b.*");
            }
        }
        return false;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static DifferentialOperator partial(int m) {
        return DifferentialOperator.partial(MultiIndex.of(m));
    }

    private static List<StencilCheck.Input> plain(String text, Integer derivative) {
        List<StencilCheck.Input> out = new ArrayList<>();
        Integer m = derivative;
        List<List<Rational>> offsets = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = stripComment(lines[i]);
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            int column = l.indexOf(s) + 1;
            String[] parts = s.split("[\\s:]+", 2);
            String key = parts[0].toLowerCase(Locale.ROOT);
            String rest = parts.length > 1 ? parts[1] : "";
            int restColumn = column + s.indexOf(rest, parts[0].length());
            List<String[]> tokens = tokens(rest, restColumn);
            switch (key) {
                case "derivative" -> {
                    if (tokens.size() != 1 || !tokens.get(0)[0].matches("\\d{1,4}")) {
                        throw new StencilforgeException(at(i + 1, restColumn) + ": write the derivative as an"
                                + " integer, e.g. 'derivative 2'");
                    }
                    m = Integer.parseInt(tokens.get(0)[0]);
                }
                case "offsets" -> {
                    offsets = new ArrayList<>();
                    for (String[] t : tokens) {
                        offsets.add(List.of(number(t[0], i + 1, Integer.parseInt(t[1]))));
                    }
                }
                case "weights" -> {
                    if (offsets == null) {
                        throw new StencilforgeException(at(i + 1, column) + ": weights before any 'offsets' line;"
                                + " give the offsets first");
                    }
                    List<String> w = new ArrayList<>();
                    for (String[] t : tokens) {
                        checkLiteral(t[0], i + 1, Integer.parseInt(t[1]));
                        w.add(t[0]);
                    }
                    if (w.size() != offsets.size()) {
                        throw new StencilforgeException(at(i + 1, column) + ": " + w.size() + " weights but "
                                + offsets.size() + " offsets; give one weight per offset");
                    }
                    out.add(new StencilCheck.Input("line " + (i + 1), m == null ? null : partial(m), offsets, w));
                }
                default -> throw new StencilforgeException(at(i + 1, column) + ": a line of the plain form starts"
                        + " with derivative, offsets or weights");
            }
        }
        return out;
    }

    /** @return the numbers of a line separated by spaces or commas, each with its column */
    private static List<String[]> tokens(String rest, int column) {
        List<String[]> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s,;]+").matcher(rest);
        while (m.find()) {
            out.add(new String[] {m.group(), Integer.toString(column + m.start())});
        }
        return out;
    }

    private static Rational number(String text, int line, int column) {
        try {
            return RationalParser.parse(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException(at(line, column) + ": " + e.getMessage());
        }
    }

    private static void checkLiteral(String text, int line, int column) {
        Literals.read(text, WeightMode.DECIMAL, at(line, column));
    }

    private static List<StencilCheck.Input> csv(String text, Integer derivative) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = new LinkedHashMap<>();
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].matches(".*[A-Za-z_].*") && !lines[first].matches(".*\\d.*e.*")) {
            String[] names = lines[first].split(",", -1);
            for (int c = 0; c < names.length; c++) {
                columns.put(names[c].strip().toLowerCase(Locale.ROOT), c);
            }
            if (!columns.containsKey("offset") || !columns.containsKey("weight")) {
                throw new StencilforgeException(at(first + 1, 1) + ": a CSV header needs the columns offset and"
                        + " weight");
            }
            first++;
        } else {
            columns.put("offset", 0);
            columns.put("weight", 1);
        }
        List<StencilCheck.Input> out = new ArrayList<>();
        List<List<Rational>> offsets = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        String key = null;
        int start = 0;
        Integer m = derivative;
        for (int i = first; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!offsets.isEmpty()) {
                    out.add(new StencilCheck.Input("line " + start, m == null ? null : partial(m), offsets, weights));
                    offsets = new ArrayList<>();
                    weights = new ArrayList<>();
                }
                key = null;
                continue;
            }
            String[] cells = line.split(",", -1);
            int[] starts = new int[cells.length];
            for (int c = 1; c < cells.length; c++) {
                starts[c] = starts[c - 1] + cells[c - 1].length() + 1;
            }
            int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(1) + 1;
            if (cells.length < needed) {
                throw new StencilforgeException(at(i + 1, line.length() + 1) + ": " + cells.length
                        + " columns, expected " + needed + " (offset,weight)");
            }
            String group = "";
            for (String g : List.of("scheme", "derivative", "accuracy")) {
                if (columns.containsKey(g)) {
                    group += cells[columns.get(g)].strip() + "|";
                }
            }
            if (key != null && !group.equals(key) && !offsets.isEmpty()) {
                out.add(new StencilCheck.Input("line " + start, m == null ? null : partial(m), offsets, weights));
                offsets = new ArrayList<>();
                weights = new ArrayList<>();
            }
            if (offsets.isEmpty()) {
                start = i + 1;
                if (columns.containsKey("derivative")) {
                    int c = columns.get("derivative");
                    String d = cells[c].strip();
                    if (!d.matches("\\d{1,4}")) {
                        throw new StencilforgeException(at(i + 1, starts[c] + 1) + ": the derivative must be an"
                                + " integer");
                    }
                    m = Integer.parseInt(d);
                }
            }
            key = group;
            int oc = columns.get("offset");
            int wc = columns.get("weight");
            offsets.add(List.of(number(cells[oc].strip(), i + 1, starts[oc] + 1)));
            checkLiteral(cells[wc].strip(), i + 1, starts[wc] + 1);
            weights.add(cells[wc].strip());
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    private static List<StencilCheck.Input> json(String text, Integer derivative) {
        Json p = new Json(text);
        Object v = p.value();
        p.end();
        List<StencilCheck.Input> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(stencil(o, derivative, p));
            }
        } else {
            out.add(stencil(v, derivative, p));
        }
        return out;
    }

    private static StencilCheck.Input stencil(Object o, Integer derivative, Json p) {
        if (!(o instanceof Json.Obj obj)) {
            throw new StencilforgeException("JSON: expected an object with offsets and weights, or a list of them");
        }
        String where = at(obj.line, obj.column);
        Object offs = obj.map.get("offsets");
        Object ws = obj.map.get("weights");
        if (!(offs instanceof List<?> ol) || !(ws instanceof List<?> wl)) {
            throw new StencilforgeException(where + ": the object needs the lists \"offsets\" and \"weights\"");
        }
        List<List<Rational>> offsets = new ArrayList<>();
        for (Object s : ol) {
            if (s instanceof List<?> vec) {
                List<Rational> v = new ArrayList<>();
                for (Object x : vec) {
                    v.add(jsonNumber(x, where));
                }
                offsets.add(v);
            } else {
                offsets.add(List.of(jsonNumber(s, where)));
            }
        }
        List<String> weights = new ArrayList<>();
        for (Object w : wl) {
            if (!(w instanceof Json.Num n)) {
                throw new StencilforgeException(where + ": a weight must be a number or a string holding one");
            }
            Literals.read(n.text, WeightMode.DECIMAL, at(n.line, n.column));
            weights.add(n.text);
        }
        DifferentialOperator op = derivative == null ? null : partial(derivative);
        Object d = obj.map.get("derivative");
        if (d instanceof Json.Num n && n.text.matches("\\d{1,4}")) {
            op = partial(Integer.parseInt(n.text));
        } else if (d instanceof List<?> alpha) {
            int[] a = new int[alpha.size()];
            for (int i = 0; i < a.length; i++) {
                if (!(alpha.get(i) instanceof Json.Num n) || !n.text.matches("\\d{1,4}")) {
                    throw new StencilforgeException(where + ": \"derivative\" must be an integer or a list of them");
                }
                a[i] = Integer.parseInt(((Json.Num) alpha.get(i)).text);
            }
            op = DifferentialOperator.partial(MultiIndex.of(a));
        } else if (d != null && !(d instanceof Json.Null)) {
            throw new StencilforgeException(where + ": \"derivative\" must be an integer or a list of them");
        }
        return new StencilCheck.Input(where.replace(", column " + obj.column, ""), op, offsets, weights);
    }

    private static Rational jsonNumber(Object x, String where) {
        if (!(x instanceof Json.Num n)) {
            throw new StencilforgeException(where + ": an offset must be a number or a string holding one");
        }
        return number(n.text, n.line, n.column);
    }

    /** A small JSON reader: objects, lists, strings and numbers (both as {@link Num}), true/false/null. */
    private static final class Json {
        record Num(String text, int line, int column) {
        }

        static final class Null {
        }

        static final class Obj {
            final Map<String, Object> map = new LinkedHashMap<>();
            int line;
            int column;
        }

        private final String s;
        private int i;
        private int depth;

        Json(String s) {
            this.s = s;
        }

        private StencilforgeException fail(String what) {
            int line = 1;
            int col = 1;
            for (int k = 0; k < i && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new StencilforgeException("JSON " + at(line, col) + ": " + what);
        }

        private int[] pos() {
            int line = 1;
            int col = 1;
            for (int k = 0; k < i; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new int[] {line, col};
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        void end() {
            space();
            if (i < s.length()) {
                throw fail("unexpected text after the value");
            }
        }

        Object value() {
            space();
            if (i >= s.length()) {
                throw fail("unexpected end of the file");
            }
            if (++depth > 64) {
                throw fail("nested too deeply");
            }
            try {
                char c = s.charAt(i);
                if (c == '{') {
                    Obj o = new Obj();
                    int[] p = pos();
                    o.line = p[0];
                    o.column = p[1];
                    i++;
                    space();
                    if (i < s.length() && s.charAt(i) == '}') {
                        i++;
                        return o;
                    }
                    while (true) {
                        space();
                        if (i >= s.length() || s.charAt(i) != '"') {
                            throw fail("expected a key in double quotes");
                        }
                        String key = ((Num) value()).text;
                        space();
                        expect(':');
                        o.map.put(key, value());
                        space();
                        if (i < s.length() && s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect('}');
                        return o;
                    }
                }
                if (c == '[') {
                    i++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (i < s.length() && s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (i < s.length() && s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect(']');
                        return list;
                    }
                }
                if (c == '"') {
                    int[] p = pos();
                    int start = ++i;
                    while (i < s.length() && s.charAt(i) != '"') {
                        if (s.charAt(i) == '\\' || s.charAt(i) < 0x20) {
                            throw fail("escapes and control characters are not expected in these strings");
                        }
                        i++;
                    }
                    if (i >= s.length()) {
                        throw fail("a string is not closed");
                    }
                    return new Num(s.substring(start, i++), p[0], p[1] + 1);
                }
                for (String word : List.of("true", "false", "null")) {
                    if (s.startsWith(word, i)) {
                        i += word.length();
                        return word.equals("null") ? new Null() : word;
                    }
                }
                int[] p = pos();
                int start = i;
                while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                if (start == i) {
                    throw fail("expected a value");
                }
                return new Num(s.substring(start, i), p[0], p[1]);
            } finally {
                depth--;
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw fail("expected '" + c + "'");
            }
            i++;
        }
    }

    // ------------------------------------------------------------------ matrices

    /**
     * @param file dense CSV (rows of comma-separated numbers) or Matrix Market coordinate format
     * @param limits the bounds (rows)
     * @return the matrix
     */
    public static Matrix matrix(Path file, VerifyLimits limits) {
        String text = read(file, limits);
        String[] lines = text.split("\r?\n", -1);
        if (text.startsWith("%%MatrixMarket")) {
            return matrixMarket(lines, limits);
        }
        List<TreeMap<Integer, Entry>> rows = new ArrayList<>();
        int columns = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (columns < 0) {
                columns = cells.length;
                if (columns > limits.maxSize()) {
                    throw new StencilforgeException(at(i + 1, 1) + ": " + columns + " columns, past the limit of "
                            + limits.maxSize() + " (raise it with --max-size)");
                }
            } else if (cells.length != columns) {
                throw new StencilforgeException(at(i + 1, 1) + ": " + cells.length + " columns but the first row has "
                        + columns + "; a dense CSV matrix has the same number in every row");
            }
            if (rows.size() >= limits.maxSize()) {
                throw new StencilforgeException(at(i + 1, 1) + ": more than " + limits.maxSize()
                        + " rows (raise the limit with --max-size)");
            }
            TreeMap<Integer, Entry> row = new TreeMap<>();
            int col = 1;
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].strip();
                if (!isZero(cell)) {
                    checkLiteral(cell, i + 1, col);
                    if (Literals.read(cell, WeightMode.DECIMAL, at(i + 1, col)).signum() != 0) {
                        row.put(c, new Entry(cell, at(i + 1, col)));
                    }
                }
                col += cells[c].length() + 1;
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new StencilforgeException("the matrix file holds no rows");
        }
        return new Matrix(rows.size(), columns, rows);
    }

    /** @return whether a cell is a plain zero, read without building a number */
    private static boolean isZero(String cell) {
        boolean digit = false;
        for (int k = 0; k < cell.length(); k++) {
            char c = cell.charAt(k);
            if (c == 'e' || c == 'E') {
                return digit;
            }
            if (c == '0') {
                digit = true;
            } else if (!(c == '.' || (k == 0 && (c == '-' || c == '+')))) {
                return false;
            }
        }
        return digit;
    }

    private static Matrix matrixMarket(String[] lines, VerifyLimits limits) {
        String header = lines[0].strip().toLowerCase(Locale.ROOT);
        String[] h = header.split("\\s+");
        if (h.length < 5 || !h[1].equals("matrix") || !h[2].equals("coordinate")
                || !(h[3].equals("real") || h[3].equals("integer")) || !(h[4].equals("general")
                        || h[4].equals("symmetric"))) {
            throw new StencilforgeException(at(1, 1) + ": expected '%%MatrixMarket matrix coordinate real general'"
                    + " (or integer, or symmetric)");
        }
        boolean symmetric = h[4].equals("symmetric");
        int i = 1;
        while (i < lines.length && (lines[i].startsWith("%") || lines[i].isBlank())) {
            i++;
        }
        if (i >= lines.length) {
            throw new StencilforgeException("the Matrix Market file has no size line");
        }
        String[] size = lines[i].strip().split("\\s+");
        if (size.length != 3 || !lines[i].strip().matches("\\d{1,9}\\s+\\d{1,9}\\s+\\d{1,12}")) {
            throw new StencilforgeException(at(i + 1, 1) + ": expected the size line 'rows columns entries'");
        }
        int rows = Integer.parseInt(size[0]);
        int columns = Integer.parseInt(size[1]);
        long count = Long.parseLong(size[2]);
        if (Math.max(rows, columns) > limits.maxSize()) {
            throw new StencilforgeException(at(i + 1, 1) + ": " + rows + "×" + columns + " is past the limit of "
                    + limits.maxSize() + " rows and columns (raise it with --max-size)");
        }
        List<TreeMap<Integer, Entry>> entries = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            entries.add(new TreeMap<>());
        }
        long seen = 0;
        for (i++; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("%")) {
                continue;
            }
            String s = line.strip();
            String[] t = s.split("\\s+");
            int col = line.indexOf(s) + 1;
            if (t.length != 3 || !t[0].matches("\\d{1,9}") || !t[1].matches("\\d{1,9}")) {
                throw new StencilforgeException(at(i + 1, col) + ": expected an entry 'row column value'");
            }
            int r = Integer.parseInt(t[0]);
            int c = Integer.parseInt(t[1]);
            if (r < 1 || r > rows || c < 1 || c > columns) {
                throw new StencilforgeException(at(i + 1, col) + ": the entry (" + r + ", " + c
                        + ") is outside the " + rows + "×" + columns + " matrix (indices start at 1)");
            }
            int valueColumn = col + s.lastIndexOf(t[2]);
            checkLiteral(t[2], i + 1, valueColumn);
            if (++seen > count) {
                throw new StencilforgeException(at(i + 1, col) + ": more entries than the " + count
                        + " the size line says");
            }
            Entry e = new Entry(t[2], at(i + 1, valueColumn));
            if (entries.get(r - 1).put(c - 1, e) != null) {
                throw new StencilforgeException(at(i + 1, col) + ": the entry (" + r + ", " + c + ") appears twice");
            }
            if (symmetric && r != c) {
                entries.get(c - 1).put(r - 1, e);
            }
        }
        if (seen != count) {
            throw new StencilforgeException("the Matrix Market file has " + seen + " entries but its size line says "
                    + count);
        }
        for (TreeMap<Integer, Entry> row : entries) {
            row.entrySet().removeIf(e -> Literals.read(e.getValue().text(), WeightMode.DECIMAL, "x").isZero());
        }
        return new Matrix(rows, columns, entries);
    }
}
