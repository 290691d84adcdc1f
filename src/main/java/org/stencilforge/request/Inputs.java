package org.stencilforge.request;

import java.util.List;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;

/** Numbers as users type them for an option, with the option named in any message. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * @param option the option's name, e.g. {@code --offsets}
     * @param text a comma-separated list of exact numbers
     * @return the numbers
     * @throws StencilforgeException naming the option, if a number does not parse
     */
    public static List<Rational> numbers(String option, String text) {
        try {
            return RationalParser.parseList(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException(option + ": " + e.getMessage());
        }
    }

    /**
     * @param option the option's name
     * @param text one exact number
     * @return the number
     * @throws StencilforgeException naming the option, if it does not parse
     */
    public static Rational number(String option, String text) {
        try {
            return RationalParser.parse(text);
        } catch (StencilforgeException e) {
            throw new StencilforgeException(option + ": " + e.getMessage());
        }
    }
}
