package org.stencilforge.real;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Real expressions as users type them: numbers (integers, {@code p/q}, exact
 * decimals, {@code 1e-3}), the constant {@code pi}, {@code + - * / ^},
 * parentheses, and the functions {@link #FUNCTIONS}. Parts without a function or
 * {@code pi} are folded exactly (rationals); the rest is enclosed in balls
 * ({@link Ball}) at any precision. Immutable.
 */
public sealed interface Expression extends Real {

    /** The functions an expression may call, each of one argument. */
    List<String> FUNCTIONS = List.of("sqrt", "exp", "log", "sin", "cos", "tan");
    /** The named constants. */
    List<String> CONSTANTS = List.of("pi");

    /** A rational number. */
    record Number(Rational value) implements Expression {
        @Override
        public Ball at(int digits) {
            return Ball.of(value, digits);
        }

        @Override
        public Rational exact() {
            return value;
        }

        @Override
        public String text() {
            return value.toString();
        }
    }

    /** The constant π. */
    record Pi() implements Expression {
        @Override
        public Ball at(int digits) {
            return Ball.pi(digits);
        }

        @Override
        public Rational exact() {
            return null;
        }

        @Override
        public String text() {
            return "pi";
        }
    }

    /** {@code -a}. */
    record Negation(Expression a) implements Expression {
        @Override
        public Ball at(int digits) {
            return a.at(digits).negate();
        }

        @Override
        public Rational exact() {
            Rational x = a.exact();
            return x == null ? null : x.negate();
        }

        @Override
        public String text() {
            return "-" + wrapped(a);
        }
    }

    /** {@code a op b} for one of {@code + - * /}. */
    record Binary(char op, Expression a, Expression b) implements Expression {
        @Override
        public Ball at(int digits) {
            exact(); // refuses a division by an exact zero
            Ball x = a.at(digits);
            Ball y = b.at(digits);
            return switch (op) {
                case '+' -> x.add(y, digits);
                case '-' -> x.subtract(y, digits);
                case '*' -> x.multiply(y, digits);
                default -> x.divide(y, digits);
            };
        }

        @Override
        public Rational exact() {
            Rational x = a.exact();
            Rational y = b.exact();
            if (x == null || y == null) {
                return null;
            }
            if (op == '/' && y.isZero()) {
                throw new StencilforgeException("division by zero in " + text());
            }
            return switch (op) {
                case '+' -> x.add(y);
                case '-' -> x.subtract(y);
                case '*' -> x.multiply(y);
                default -> x.divide(y);
            };
        }

        @Override
        public String text() {
            return wrapped(a) + op + wrapped(b);
        }
    }

    /** {@code a^b}: an integer power of anything, or any power of a positive base. */
    record Power(Expression base, Expression exponent) implements Expression {
        @Override
        public Ball at(int digits) {
            Rational e = exponent.exact();
            exact();
            if (e != null && e.isInteger()) {
                int n = e.numerator().intValueExact();
                Ball p = base.at(digits).pow(Math.abs(n), digits);
                return n >= 0 ? p : Ball.ONE.divide(p, digits);
            }
            return exponent.at(digits).multiply(base.at(digits).log(digits), digits).exp(digits);
        }

        @Override
        public Rational exact() {
            Rational b = base.exact();
            Rational e = exponent.exact();
            if (b == null || e == null || !e.isInteger()) {
                return null;
            }
            if (b.isZero() && e.signum() < 0) {
                throw new StencilforgeException("division by zero in " + text());
            }
            return b.pow(e.numerator().intValueExact());
        }

        @Override
        public String text() {
            return wrapped(base) + "^" + wrapped(exponent);
        }
    }

    /** One of {@link #FUNCTIONS} applied to an argument. */
    record Call(String function, Expression argument) implements Expression {
        @Override
        public Ball at(int digits) {
            Ball x = argument.at(digits);
            return switch (function) {
                case "sqrt" -> x.sqrt(digits);
                case "exp" -> x.exp(digits);
                case "log" -> x.log(digits);
                case "sin" -> x.sin(digits);
                case "cos" -> x.cos(digits);
                default -> x.sin(digits).divide(x.cos(digits), digits);
            };
        }

        @Override
        public Rational exact() {
            return null;
        }

        @Override
        public String text() {
            return function + "(" + argument.text() + ")";
        }
    }

    private static String wrapped(Expression e) {
        return e instanceof Number n && n.value().signum() >= 0 && n.value().isInteger() || e instanceof Pi
                || e instanceof Call ? e.text() : "(" + e.text() + ")";
    }

    /**
     * @param text an option's value
     * @return whether it is a real expression rather than exact numbers or symbols: it names a
     *     real function or {@code pi}, and every name not followed by {@code (} is {@code pi}
     *     (a bare other name is a symbol, for the symbolic path); the {@code e} of {@code 1e-3} is no name
     */
    static boolean looksReal(String text) {
        boolean real = false;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(text);
        while (m.find()) {
            int before = m.start() - 1;
            if (before >= 0 && (Character.isDigit(text.charAt(before)) || text.charAt(before) == '.')) {
                continue; // the exponent of a decimal, or a malformed number the parser names
            }
            String word = m.group().toLowerCase(Locale.ROOT);
            int next = m.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean call = next < text.length() && text.charAt(next) == '(';
            if (!call && !CONSTANTS.contains(word)) {
                return false;
            }
            real |= call || CONSTANTS.contains(word);
        }
        return real;
    }

    /**
     * @param option the option's name, for messages
     * @param text a comma-separated list of expressions (commas inside parentheses belong to them)
     * @return the expressions
     * @throws StencilforgeException naming the item and the place where it does not parse
     */
    static List<Expression> parseList(String option, String text) {
        List<Expression> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && (depth <= 0 || i == text.length())) {
                out.add(parse(option, text.substring(start, i)));
                start = i + 1;
                depth = 0;
            }
        }
        return out;
    }

    /**
     * @param option the option's name, for messages
     * @param text one expression
     * @return the expression
     * @throws StencilforgeException naming the place where it does not parse
     */
    static Expression parse(String option, String text) {
        return new Parser(option, text).whole();
    }

    /** A recursive-descent parser; positions in messages count from 1. */
    final class Parser {
        private static final Set<Character> OPERATORS = Set.of('+', '-', '*', '/', '^', '(', ')');
        private final String option;
        private final String text;
        private int pos;

        Parser(String option, String text) {
            this.option = option;
            this.text = text;
        }

        Expression whole() {
            if (text.isBlank()) {
                throw error("an empty item");
            }
            Expression e = sum();
            skip();
            if (pos < text.length()) {
                throw error("an unexpected '" + printable(text.charAt(pos)) + "'");
            }
            return e;
        }

        private Expression sum() {
            Expression e = product();
            for (skip(); pos < text.length() && (peek() == '+' || peek() == '-'); skip()) {
                char op = text.charAt(pos++);
                e = new Binary(op, e, product());
            }
            return e;
        }

        private Expression product() {
            Expression e = unary();
            for (skip(); pos < text.length() && (peek() == '*' || peek() == '/'); skip()) {
                char op = text.charAt(pos++);
                e = new Binary(op, e, unary());
            }
            return e;
        }

        private Expression unary() {
            skip();
            if (pos < text.length() && (peek() == '-' || peek() == '+')) {
                char op = text.charAt(pos++);
                Expression a = unary();
                return op == '-' ? new Negation(a) : a;
            }
            return power();
        }

        private Expression power() {
            Expression base = atom();
            skip();
            if (pos < text.length() && peek() == '^') {
                pos++;
                Expression exponent = unary();
                Rational e = exponent.exact();
                if (e != null && e.isInteger() && e.numerator().abs().bitLength() > 20) {
                    throw error("an exponent this large (" + e + "); at most 2^20 in magnitude");
                }
                return new Power(base, exponent);
            }
            return base;
        }

        private Expression atom() {
            skip();
            if (pos >= text.length()) {
                throw error("the end of the expression where a number, pi, a function or '(' belongs");
            }
            char c = peek();
            if (c == '(') {
                pos++;
                Expression e = sum();
                expect(')');
                return e;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                    pos++;
                }
                if (pos < text.length() && (peek() == 'e' || peek() == 'E') && pos + 1 < text.length()
                        && (Character.isDigit(text.charAt(pos + 1))
                            || (text.charAt(pos + 1) == '-' || text.charAt(pos + 1) == '+') && pos + 2 < text.length()
                                && Character.isDigit(text.charAt(pos + 2)))) {
                    pos += 2;
                    while (pos < text.length() && Character.isDigit(peek())) {
                        pos++;
                    }
                }
                String number = text.substring(start, pos);
                try {
                    return new Number(RationalParser.parse(number));
                } catch (StencilforgeException | ArithmeticException e) {
                    pos = start;
                    throw error("a number that cannot be read (" + number + ")");
                }
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < text.length() && Character.isLetterOrDigit(peek())) {
                    pos++;
                }
                String word = text.substring(start, pos);
                if (CONSTANTS.contains(word)) {
                    return new Pi();
                }
                if (FUNCTIONS.contains(word)) {
                    skip();
                    expect('(');
                    Expression argument = sum();
                    expect(')');
                    return new Call(word, argument);
                }
                pos = start;
                throw error("an unknown name '" + (word.length() > 20 ? word.substring(0, 20) + "..." : word)
                        + "' (functions: " + String.join(", ", FUNCTIONS) + "; constant: pi)");
            }
            throw error("an unexpected '" + printable(c) + "'");
        }

        private void expect(char c) {
            skip();
            if (pos >= text.length() || peek() != c) {
                throw error(pos >= text.length() ? "the end of the expression where '" + c + "' belongs"
                        : "'" + printable(peek()) + "' where '" + c + "' belongs");
            }
            pos++;
        }

        private char peek() {
            return text.charAt(pos);
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static String printable(char c) {
            return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
        }

        private StencilforgeException error(String what) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
            shown = shown.codePoints().allMatch(ch -> ch >= 0x20 && ch < 0x7f) ? shown : "(item with unprintable characters)";
            return new StencilforgeException(option + ": cannot read '" + shown.strip() + "': " + what + " at character "
                    + (pos + 1) + "; write numbers, pi, + - * / ^, parentheses and "
                    + String.join(", ", FUNCTIONS) + " of one argument");
        }
    }
}
