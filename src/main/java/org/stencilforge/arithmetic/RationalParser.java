package org.stencilforge.arithmetic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stencilforge.StencilforgeException;

/**
 * Reads exact numbers as users type them: integers ({@code -3}), fractions
 * ({@code 3/4}, {@code -1/2}) and decimals ({@code 0.25}, {@code -.5},
 * {@code 1.5e-3}), each as the exact rational it denotes — {@code 0.1} is
 * {@code 1/10}, never the double nearest to it.
 *
 * <p>A number is at most {@value #MAX_LENGTH} characters long and a decimal
 * exponent at most {@value #MAX_EXPONENT} in magnitude, so that no input can
 * make the parser build an astronomically large integer.
 */
public final class RationalParser {

    /** The longest number text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;
    /** The largest decimal exponent accepted, in magnitude. */
    public static final int MAX_EXPONENT = 1000;

    private static final Pattern FRACTION = Pattern.compile("([+-]?\\d+)/(\\d+)");
    private static final Pattern DECIMAL =
            Pattern.compile("([+-]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");
    private static final String FORMS = "write an integer, a fraction p/q or a decimal such as 0.25";

    private RationalParser() {
    }

    /**
     * @param text an integer, fraction or decimal; surrounding blanks are ignored
     * @return the exact value of {@code text}
     * @throws StencilforgeException if {@code text} is not such a number
     */
    public static Rational parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new StencilforgeException("empty number: " + FORMS);
        }
        if (t.length() > MAX_LENGTH) {
            throw new StencilforgeException("number longer than " + MAX_LENGTH + " characters: "
                    + quote(t) + "; write it as a shorter fraction or decimal");
        }
        Matcher fraction = FRACTION.matcher(t);
        if (fraction.matches()) {
            BigInteger denominator = new BigInteger(fraction.group(2));
            if (denominator.signum() == 0) {
                throw new StencilforgeException("zero denominator in " + quote(t) + "; " + FORMS);
            }
            return Rational.of(new BigInteger(fraction.group(1)), denominator);
        }
        Matcher decimal = DECIMAL.matcher(t);
        String whole = decimal.matches() ? decimal.group(2) : "";
        String fractional = decimal.matches() && decimal.group(3) != null ? decimal.group(3) : "";
        if (whole.isEmpty() && fractional.isEmpty()) {
            throw new StencilforgeException("not a number: " + quote(t) + "; " + FORMS);
        }
        int exponent = 0;
        if (decimal.group(4) != null) {
            String e = decimal.group(4);
            String digits = e.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > 4 || Integer.parseInt(digits) > MAX_EXPONENT) {
                throw new StencilforgeException("exponent out of range in " + quote(t)
                        + "; exponents up to " + MAX_EXPONENT + " in magnitude are accepted");
            }
            exponent = Integer.parseInt(e);
        }
        BigInteger digits = new BigInteger(whole + fractional);
        if ("-".equals(decimal.group(1))) {
            digits = digits.negate();
        }
        int scale = fractional.length() - exponent;
        return scale >= 0
                ? Rational.of(digits, BigInteger.TEN.pow(scale))
                : Rational.of(digits.multiply(BigInteger.TEN.pow(-scale)));
    }

    /**
     * @param text numbers separated by commas, e.g. {@code -1,0,1/2}
     * @return the numbers in the order given
     * @throws StencilforgeException if the list is empty or an entry is not a number
     */
    public static List<Rational> parseList(String text) {
        if (text.isBlank()) {
            throw new StencilforgeException("empty list: give comma-separated numbers such as -1,0,1");
        }
        List<Rational> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (part.isBlank()) {
                throw new StencilforgeException("empty entry in the list " + quote(text)
                        + "; separate numbers by single commas, e.g. -1,0,1");
            }
            values.add(parse(part));
        }
        return List.copyOf(values);
    }

    /**
     * Quotes user text for an error message: printable ASCII only, at most 40
     * characters, so that nothing typed can disturb the terminal or the log.
     *
     * @param text what the user typed
     * @return the text in double quotes, shortened and with other characters as {@code ?}
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        int n = Math.min(text.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return b.append(text.length() > n ? "...\"" : "\"").toString();
    }
}
