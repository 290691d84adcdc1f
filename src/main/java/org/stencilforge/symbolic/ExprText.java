package org.stencilforge.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stencilforge.symbolic.Expr.Num;
import org.stencilforge.symbolic.Expr.Power;
import org.stencilforge.symbolic.Expr.Product;
import org.stencilforge.symbolic.Expr.Split;
import org.stencilforge.symbolic.Expr.Sum;
import org.stencilforge.symbolic.Expr.Sym;

/**
 * Writes an {@link Expr} in one of two dialects: the plain text syntax
 * (parsed back by {@link ExpressionParser}) and LaTeX ({@code \frac},
 * subscripts {@code h_{1}} for {@code h1}, {@code h_{x}} for {@code hx}).
 */
enum ExprText {
    /** {@code -h2/(h1*(h1 + h2))}. */
    PLAIN,
    /** {@code -\frac{h_{2}}{h_{1} (h_{1} + h_{2})}}. */
    LATEX;

    private static final Pattern LETTER_DIGITS = Pattern.compile("([A-Za-z])([0-9]+)");
    private static final Pattern H_AXIS = Pattern.compile("([hd])([a-z])");
    private static final Pattern UNDERSCORE = Pattern.compile("([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_]+)");
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    String write(Expr e) {
        if (e instanceof Num n) {
            return number(n.value().numerator(), n.value().denominator(), n.value().signum() < 0);
        } else if (e instanceof Sym s) {
            return this == PLAIN ? s.name() : symbol(s.name());
        } else if (e instanceof Sum s) {
            // lead with a positive term where there is one: h2 - h1, not -h1 + h2
            List<Expr> terms = new ArrayList<>(s.terms());
            for (int i = 0; i < terms.size() && negative(terms.get(0)); i++) {
                if (!negative(terms.get(i))) {
                    terms.add(0, terms.remove(i));
                }
            }
            StringBuilder b = new StringBuilder();
            for (Expr t : terms) {
                boolean negative = negative(t);
                String body = write(negative ? Expr.negate(t) : t);
                if (b.length() == 0) {
                    b.append(negative ? "-" : "").append(negative && isSum(Expr.negate(t)) ? paren(body) : body);
                } else {
                    b.append(negative ? " - " : " + ").append(body);
                }
            }
            return b.toString();
        }
        return product(e);
    }

    private String product(Expr e) {
        if (e instanceof Power p && p.exponent() > 0) {
            String base = write(p.base());
            boolean atomic = p.base() instanceof Sym
                    || p.base() instanceof Num n && n.value().isInteger() && n.value().signum() >= 0;
            String exponent = Integer.toString(p.exponent());
            return (atomic ? base : paren(base)) + "^" + (this == LATEX && exponent.length() > 1
                    ? "{" + exponent + "}" : exponent);
        }
        Split split = Split.of(e);
        String sign = split.coefficient().signum() < 0 ? "-" : "";
        List<String> num = new ArrayList<>();
        if (!split.p().equals(BigInteger.ONE) || split.numerator().isEmpty()) {
            num.add(split.p().toString());
        }
        for (Expr f : split.numerator()) {
            num.add(isSum(f) ? paren(write(f)) : write(f));
        }
        List<String> den = new ArrayList<>();
        if (!split.q().equals(BigInteger.ONE)) {
            den.add(split.q().toString());
        }
        for (Expr f : split.denominator()) {
            den.add(isSum(f) ? paren(write(f)) : write(f));
        }
        String joiner = this == PLAIN ? "*" : " ";
        String numerator = String.join(joiner, num);
        if (den.isEmpty()) {
            return sign + numerator;
        }
        String denominator = String.join(joiner, den);
        if (this == LATEX) { // a sum alone over the bar needs no parentheses
            if (num.size() == 1 && split.numerator().size() == 1 && isSum(split.numerator().get(0))) {
                numerator = write(split.numerator().get(0));
            }
            return sign + "\\frac{" + numerator + "}{" + denominator + "}";
        }
        boolean simple = den.size() == 1 && !isSum(split.denominator().isEmpty() ? null : split.denominator().get(0));
        return sign + numerator + "/" + (simple ? denominator : paren(denominator));
    }

    private String number(BigInteger p, BigInteger q, boolean negative) {
        String sign = negative ? "-" : "";
        if (q.equals(BigInteger.ONE)) {
            return sign + p.abs();
        }
        return this == PLAIN ? sign + p.abs() + "/" + q : sign + "\\frac{" + p.abs() + "}{" + q + "}";
    }

    private String paren(String s) {
        return this == PLAIN ? "(" + s + ")" : "\\left(" + s + "\\right)";
    }

    private static boolean isSum(Expr e) {
        return e instanceof Sum;
    }

    /** @return whether the term is written with a leading minus: a negative number or coefficient */
    static boolean negative(Expr t) {
        if (t instanceof Num n) {
            return n.value().signum() < 0;
        }
        if (t instanceof Product || t instanceof Power) {
            return Split.of(t).coefficient().signum() < 0;
        }
        return false;
    }

    /** @return the LaTeX of a symbol name: {@code h_{1}}, {@code h_{x}}, {@code \alpha}, {@code \mathit{dt}} */
    static String symbol(String name) {
        if (GREEK.contains(name)) {
            return "\\" + name;
        }
        if (name.length() == 1) {
            return name;
        }
        Matcher m = LETTER_DIGITS.matcher(name);
        if (m.matches()) {
            return m.group(1) + "_{" + m.group(2) + "}";
        }
        m = H_AXIS.matcher(name);
        if (m.matches()) {
            return m.group(1) + "_{" + m.group(2) + "}";
        }
        m = UNDERSCORE.matcher(name);
        if (m.matches()) {
            return symbol(m.group(1)) + "_{" + m.group(2).replace("_", "\\_") + "}";
        }
        return "\\mathit{" + name + "}";
    }
}
