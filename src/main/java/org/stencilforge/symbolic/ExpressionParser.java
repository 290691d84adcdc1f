package org.stencilforge.symbolic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Reads what users type for symbolic offsets and nodes into an {@link Expr}:
 * <pre>
 * list    = expr { "," expr }
 * expr    = ["+" | "-"] term { ("+" | "-") term }
 * term    = factor { ("*" | "/") factor }
 * factor  = atom [ "^" ["+" | "-"] integer ]
 * atom    = number | symbol | "(" expr ")" | ("+" | "-") factor
 * number  = digits ["." digits] [("e" | "E") ["+" | "-"] digits]    (exact: 0.1 is 1/10)
 * symbol  = letter { letter | digit | "_" }
 * </pre>
 * Blanks between tokens are ignored. A symbol must not be one of Symja's
 * builtin names, ignoring case ({@code pi}, {@code e}, {@code i}, {@code D},
 * {@code N}, {@code C}, {@code O}, {@code Gamma}, ...; the list is the
 * resource {@code symja-builtin-names.txt}), and the parser does not load
 * Symja. Errors name the 1-based character position. Nothing is simplified
 * here: {@code 2*h-h} stays as typed until the derivation.
 */
public final class ExpressionParser {

    /** The longest expression list accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;
    /** The largest exponent accepted after {@code ^}, in magnitude. */
    public static final int MAX_EXPONENT = 64;

    /** The longest symbol name: names are printed in every output, so they stay short. */
    public static final int MAX_SYMBOL_LENGTH = 32;

    private static final Set<String> RESERVED = loadReserved();

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * @param text one expression, e.g. {@code (1+r)*h}
     * @return its tree
     * @throws StencilforgeException naming the position of the first error, or a reserved symbol
     */
    public static Expr parse(String text) {
        ExpressionParser p = new ExpressionParser(checkLength(text));
        Expr e = p.expression();
        p.skipBlanks();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describe() + ": expected an operator (+ - * / ^) or the end");
        }
        return e;
    }

    /**
     * @param text comma-separated expressions, e.g. {@code -h1-h2,-h1,0,h3}
     * @return their trees, in order
     * @throws StencilforgeException naming the position of the first error, or a reserved symbol
     */
    public static List<Expr> parseList(String text) {
        ExpressionParser p = new ExpressionParser(checkLength(text));
        List<Expr> out = new ArrayList<>();
        while (true) {
            out.add(p.expression());
            p.skipBlanks();
            if (p.pos == text.length()) {
                return List.copyOf(out);
            }
            if (text.charAt(p.pos) != ',') {
                throw p.error("unexpected " + p.describe() + ": expected an operator (+ - * / ^), a comma or the end");
            }
            p.pos++;
        }
    }

    /**
     * @param name a symbol name
     * @return whether Symja reserves it (ignoring case)
     */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    private static String checkLength(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new StencilforgeException("expression longer than " + MAX_LENGTH + " characters: shorten it");
        }
        if (text.isBlank()) {
            throw new StencilforgeException("empty expression: write offsets such as -h1,0,h2");
        }
        return text;
    }

    private Expr expression() {
        skipBlanks();
        List<Expr> terms = new ArrayList<>();
        terms.add(term());
        while (true) {
            skipBlanks();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                boolean minus = text.charAt(pos++) == '-';
                Expr t = term();
                terms.add(minus ? Expr.negate(t) : t);
            } else {
                return Expr.sum(terms);
            }
        }
    }

    private Expr term() {
        List<Expr> factors = new ArrayList<>();
        factors.add(factor());
        while (true) {
            skipBlanks();
            if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                boolean divide = text.charAt(pos++) == '/';
                Expr f = factor();
                factors.add(divide ? Expr.power(f, -1) : f);
            } else {
                return Expr.product(factors);
            }
        }
    }

    private Expr factor() {
        Expr base = atom();
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '^') {
            pos++;
            skipBlanks();
            int start = pos;
            boolean negative = false;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                negative = text.charAt(pos++) == '-';
            }
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            if (pos == digits) {
                pos = start;
                throw error("expected an integer exponent after ^, found " + describe());
            }
            if (pos - digits > 3 || Integer.parseInt(text.substring(digits, pos)) > MAX_EXPONENT) {
                pos = digits;
                throw error("exponent larger than " + MAX_EXPONENT);
            }
            int k = Integer.parseInt(text.substring(digits, pos));
            if (pos < text.length() && text.charAt(pos) == '.') {
                throw error("the exponent must be an integer");
            }
            return Expr.power(base, negative ? -k : k);
        }
        return base;
    }

    private Expr atom() {
        skipBlanks();
        if (pos == text.length()) {
            throw error("the expression ends too early: expected a number, a symbol or (");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            int open = pos;
            pos++;
            Expr e = expression();
            skipBlanks();
            if (pos == text.length() || text.charAt(pos) != ')') {
                throw pos == text.length() ? errorAt(open, "this ( is never closed")
                        : error("expected ) to close the ( at character " + (open + 1) + ", found " + describe());
            }
            pos++;
            return e;
        }
        if (c == '-' || c == '+') {
            pos++;
            Expr f = factor();
            return c == '-' ? Expr.negate(f) : f;
        }
        if (isAsciiDigit(c) || c == '.') {
            return number();
        }
        if (isAsciiLetter(c)) {
            int start = pos;
            while (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || isAsciiDigit(text.charAt(pos))
                    || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.length() > MAX_SYMBOL_LENGTH) {
                throw errorAt(start, "a symbol of " + name.length() + " characters is longer than "
                        + MAX_SYMBOL_LENGTH + ": use short names such as h1 or dx");
            }
            if (isReserved(name)) {
                throw errorAt(start, "the symbol " + name + " is reserved by the algebra system (Symja) for one"
                        + " of its constants or functions: choose another name, such as " + name + "_1 or h1");
            }
            return Expr.symbol(name);
        }
        throw error("unexpected " + describe() + ": expected a number, a symbol or (");
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
                pos++;
            }
        }
        // an exponent only when digits follow: 2e is not a number (and e is reserved anyway)
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int q = pos + 1;
            if (q < text.length() && (text.charAt(q) == '+' || text.charAt(q) == '-')) {
                q++;
            }
            if (q < text.length() && isAsciiDigit(text.charAt(q))) {
                pos = q;
                while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        String token = text.substring(start, pos);
        if (token.equals(".")) {
            throw errorAt(start, "a lone . is not a number");
        }
        Rational value;
        try {
            value = RationalParser.parse(token);
        } catch (StencilforgeException e) {
            throw errorAt(start, e.getMessage());
        }
        if (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || text.charAt(pos) == '(')) {
            throw error("write * between a number and what it multiplies (2*h, not 2h)");
        }
        return Expr.number(value);
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private String describe() {
        if (pos >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(pos);
        return c >= 0x21 && c < 0x7f ? "'" + c + "'" : "character U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }

    private StencilforgeException error(String message) {
        return errorAt(pos, message);
    }

    private StencilforgeException errorAt(int at, String message) {
        return new StencilforgeException("at character " + (at + 1) + " of " + RationalParser.quote(text) + ": "
                + message);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** @return Symja's builtin names, lower case */
    static Set<String> loadReserved() {
        Set<String> names = new TreeSet<>();
        try (InputStream in = ExpressionParser.class.getResourceAsStream("symja-builtin-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource symja-builtin-names.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
