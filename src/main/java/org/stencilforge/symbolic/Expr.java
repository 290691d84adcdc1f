package org.stencilforge.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * A small immutable expression tree over exact rationals and named symbols:
 * what users type for symbolic offsets, and what the symbolic derivation
 * returns (weights, error coefficients). Division is a {@link Power} with a
 * negative exponent, subtraction a {@link Sum} with a negated term; exponents
 * are integers. Symja expressions are built from this tree and read back into
 * it, never from or to text.
 *
 * <p>{@link #text()} writes the documented syntax that {@link ExpressionParser}
 * reads back: integers and fractions, symbol names as typed, {@code +},
 * {@code -}, {@code *}, {@code /}, {@code ^} with an integer exponent and
 * parentheses, with a blank on each side of a binary {@code +} and {@code -}
 * only: {@code -h2/(h1*(h1 + h2))}, {@code (h2 - h1)/3}, {@code h1*h2/6}.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Sum, Expr.Product, Expr.Power {

    /** An exact number. */
    record Num(Rational value) implements Expr {
    }

    /** A symbol, by the name the user typed. */
    record Sym(String name) implements Expr {
    }

    /** A sum of at least two terms, in order. */
    record Sum(List<Expr> terms) implements Expr {
        /** Copies the list. */
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    /** A product of at least two factors, in order. */
    record Product(List<Expr> factors) implements Expr {
        /** Copies the list. */
        public Product {
            factors = List.copyOf(factors);
        }
    }

    /** {@code base^exponent}, an integer exponent other than 0 and 1; {@code -1} is a reciprocal. */
    record Power(Expr base, int exponent) implements Expr {
    }

    /** @return the number as an expression */
    static Expr number(Rational r) {
        return new Num(r);
    }

    /** @return the number as an expression */
    static Expr number(long n) {
        return new Num(Rational.of(n));
    }

    /** @return the symbol */
    static Expr symbol(String name) {
        return new Sym(name);
    }

    /** @return {@code a + b + ...}, or the single term itself */
    static Expr sum(List<Expr> terms) {
        return terms.size() == 1 ? terms.get(0) : terms.isEmpty() ? number(0) : new Sum(terms);
    }

    /** @return {@code a * b * ...}, or the single factor itself */
    static Expr product(List<Expr> factors) {
        return factors.size() == 1 ? factors.get(0) : factors.isEmpty() ? number(1) : new Product(factors);
    }

    /** @return {@code -e} */
    static Expr negate(Expr e) {
        if (e instanceof Num n) {
            return new Num(n.value().negate());
        }
        return product(List.of(number(-1), e));
    }

    /** @return {@code base^k}: the base itself for 1, the number 1 for 0 */
    static Expr power(Expr base, int k) {
        return k == 1 ? base : k == 0 ? number(1) : new Power(base, k);
    }

    /**
     * @param values a value for every symbol of this expression
     * @return the exact value
     * @throws StencilforgeException if a symbol has no value or a denominator is zero there
     */
    default Rational evaluate(Map<String, Rational> values) {
        if (this instanceof Num n) {
            return n.value();
        } else if (this instanceof Sym s) {
            Rational v = values.get(s.name());
            if (v == null) {
                throw new StencilforgeException("no value for the symbol " + s.name());
            }
            return v;
        } else if (this instanceof Sum s) {
            Rational r = Rational.ZERO;
            for (Expr t : s.terms()) {
                r = r.add(t.evaluate(values));
            }
            return r;
        } else if (this instanceof Product p) {
            Rational r = Rational.ONE;
            for (Expr f : p.factors()) {
                r = r.multiply(f.evaluate(values));
            }
            return r;
        }
        Power p = (Power) this;
        Rational b = p.base().evaluate(values);
        if (p.exponent() < 0) {
            if (b.isZero()) {
                throw new StencilforgeException("division by zero in " + text());
            }
            return Rational.ONE.divide(b).pow(-p.exponent());
        }
        return b.pow(p.exponent());
    }

    /** @return the symbols in order of first appearance */
    default Set<String> symbols() {
        Set<String> out = new LinkedHashSet<>();
        collect(this, out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        } else if (e instanceof Sum s) {
            s.terms().forEach(t -> collect(t, out));
        } else if (e instanceof Product p) {
            p.factors().forEach(f -> collect(f, out));
        } else if (e instanceof Power p) {
            collect(p.base(), out);
        }
    }

    /**
     * The total degree in the symbols, for an expression as Symja returns it
     * (sums of distinct monomials, factors, powers): the degree of a numerator
     * minus that of a denominator; 0 for a number.
     *
     * @return the total degree
     */
    default int degree() {
        if (this instanceof Num) {
            return 0;
        } else if (this instanceof Sym) {
            return 1;
        } else if (this instanceof Sum s) {
            return s.terms().stream().mapToInt(Expr::degree).max().orElse(0);
        } else if (this instanceof Product p) {
            return p.factors().stream().mapToInt(Expr::degree).sum();
        }
        Power p = (Power) this;
        return p.exponent() * p.base().degree();
    }

    /** @return whether the expression is a number */
    default boolean isNumber() {
        return this instanceof Num;
    }

    /** @return the expression in the documented text syntax, e.g. {@code -h2/(h1*(h1 + h2))} */
    default String text() {
        return ExprText.PLAIN.write(this);
    }

    /** @return the expression in LaTeX: {@code -\frac{h_2}{h_1 (h_1 + h_2)}} */
    default String latex() {
        return ExprText.LATEX.write(this);
    }

    /** The numeric coefficient of a product (or of a number), and the rest. */
    record Split(Rational coefficient, List<Expr> numerator, List<Expr> denominator) {

        static Split of(Expr e) {
            Rational c = Rational.ONE;
            List<Expr> num = new ArrayList<>();
            List<Expr> den = new ArrayList<>();
            List<Expr> factors = new ArrayList<>();
            flatten(e, factors);
            for (Expr f : factors) {
                if (f instanceof Num n) {
                    c = c.multiply(n.value());
                } else if (f instanceof Power p && p.exponent() < 0) {
                    if (p.base() instanceof Num n) {
                        c = c.multiply(Rational.ONE.divide(n.value()).pow(-p.exponent()));
                    } else if (p.base() instanceof Product inner) {
                        Split s = of(product(inner.factors().stream().map(g -> g instanceof Power q
                                ? power(q.base(), -q.exponent() * p.exponent()) : power(g, -p.exponent())).toList()));
                        c = c.divide(s.coefficient());
                        den.addAll(s.numerator());
                        num.addAll(s.denominator());
                    } else {
                        den.add(power(p.base(), -p.exponent()));
                    }
                } else {
                    num.add(f);
                }
            }
            return new Split(c, num, den);
        }

        private static void flatten(Expr e, List<Expr> out) {
            if (e instanceof Product p) {
                p.factors().forEach(f -> flatten(f, out));
            } else {
                out.add(e);
            }
        }

        BigInteger p() {
            return coefficient.numerator().abs();
        }

        BigInteger q() {
            return coefficient.denominator();
        }
    }
}
