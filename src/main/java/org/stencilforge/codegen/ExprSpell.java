package org.stencilforge.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.symbolic.Expr;

/**
 * Spells an {@link Expr} in infix floating-point arithmetic, the same in Java,
 * C, Fortran and Python but for the literal's suffix: numbers as floating
 * literals ({@code 3.0 / 4.0}, never integer division), symbols by name,
 * powers as repeated products, a negative power as {@code 1.0 / (...)}, every
 * compound fully parenthesised. Never Symja's {@code JavaForm}.
 */
final class ExprSpell {

    private ExprSpell() {
    }

    /**
     * @param e an expression
     * @param realSuffix the suffix of a floating literal: {@code ""} ({@code 3.0}) or {@code "_real64"}
     * @return the expression as code
     */
    static String spell(Expr e, String realSuffix) {
        if (e instanceof Expr.Num n) {
            Rational r = n.value();
            String p = literal(r.numerator().abs(), realSuffix);
            String v = r.isInteger() ? p : p + " / " + literal(r.denominator(), realSuffix);
            return r.signum() < 0 ? "(-" + v + ")" : r.isInteger() ? v : "(" + v + ")";
        } else if (e instanceof Expr.Sym s) {
            return s.name();
        } else if (e instanceof Expr.Sum s) {
            List<String> parts = new ArrayList<>();
            s.terms().forEach(t -> parts.add(spell(t, realSuffix)));
            return "(" + String.join(" + ", parts) + ")";
        } else if (e instanceof Expr.Product p) {
            List<String> parts = new ArrayList<>();
            p.factors().forEach(f -> parts.add(spell(f, realSuffix)));
            return "(" + String.join(" * ", parts) + ")";
        }
        Expr.Power p = (Expr.Power) e;
        String base = spell(p.base(), realSuffix);
        List<String> copies = new ArrayList<>();
        for (int k = 0; k < Math.abs(p.exponent()); k++) {
            copies.add(base);
        }
        String product = "(" + String.join(" * ", copies) + ")";
        return p.exponent() > 0 ? product : "(" + literal(BigInteger.ONE, realSuffix) + " / " + product + ")";
    }

    private static String literal(BigInteger n, String realSuffix) {
        return n + ".0" + realSuffix;
    }
}
