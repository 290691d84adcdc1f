package org.stencilforge.frequency;

import static org.stencilforge.Checks.require;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.stencilforge.arithmetic.Polynomial;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.Stencil;

/**
 * The exact symbol {@code H(ω) = Σ_j w_j e^{i s_j ω}} of a stencil on a uniform grid
 * ({@code h = 1}), as a trigonometric polynomial with rational coefficients:
 * {@code H(ω) = Σ_k c_k cos(kθ) + i Σ_k b_k sin(kθ)} with {@code θ = ω} when every offset is an
 * integer and {@code θ = ω/2} when some are half-integers (staggered grids). The ideal
 * response it approximates is {@code κ (iω)^m}: {@code κ = 1} for a 1-D derivative, and for a
 * stencil in several dimensions read along a direction {@code d} ({@code ω} the frequency along
 * {@code d}, offsets {@code s_j · d}) the operator's polynomial at {@code d}. Immutable.
 *
 * @param half whether {@code θ = ω/2} (half-integer offsets) rather than {@code ω}
 * @param cos {@code c_0, c_1, ...}: the coefficients of {@code cos(kθ)}
 * @param sin {@code b_0 = 0, b_1, ...}: the coefficients of {@code sin(kθ)}
 * @param order {@code m}, the order of the operator
 * @param kappa {@code κ}, the ideal response's coefficient
 * @param offsets the offsets {@code s_j} along the line, ascending and distinct
 * @param weights their weights, merged where points project to the same offset
 */
public record Symbol(boolean half, List<Rational> cos, List<Rational> sin, int order, Rational kappa,
        List<Rational> offsets, List<Rational> weights) {

    /** Copies the lists. */
    public Symbol {
        cos = List.copyOf(cos);
        sin = List.copyOf(sin);
        offsets = List.copyOf(offsets);
        weights = List.copyOf(weights);
    }

    /**
     * The symbol of a 1-D stencil.
     *
     * @param stencil a 1-D stencil on integer or half-integer offsets
     * @return its symbol, ideal {@code (iω)^m}
     * @throws org.stencilforge.StencilforgeException if an offset is neither
     */
    public static Symbol of(Stencil stencil) {
        require(stencil.dimension() == 1, "a stencil in " + stencil.dimension() + " dimensions needs a direction");
        return of(stencil, List.of(1));
    }

    /**
     * The symbol of a stencil along a direction {@code d}: {@code Σ_j w_j e^{i (s_j·d) ω}}.
     *
     * @param stencil a stencil of any dimension
     * @param direction integers, one per axis, not all zero
     * @return the symbol, ideal {@code κ (iω)^m} with {@code κ} the operator's polynomial at {@code d}
     * @throws org.stencilforge.StencilforgeException if the projected offsets are not on a uniform
     *     grid of step 1 or 1/2, or the operator vanishes along the direction
     */
    public static Symbol of(Stencil stencil, List<Integer> direction) {
        require(direction.size() == stencil.dimension(), "--direction has " + direction.size()
                + " components but the stencil is " + stencil.dimension() + "-dimensional: give one per axis");
        require(direction.stream().anyMatch(x -> x != 0), "--direction must not be the zero vector");
        TreeMap<Rational, Rational> line = new TreeMap<>();
        for (int j = 0; j < stencil.size(); j++) {
            Rational s = Rational.ZERO;
            for (int a = 0; a < direction.size(); a++) {
                s = s.add(stencil.offsets().get(j).get(a).multiply(Rational.of(direction.get(a))));
            }
            line.merge(s, stencil.weights().get(j), Rational::add);
        }
        line.values().removeIf(Rational::isZero);
        require(!line.isEmpty(), "the stencil's weights cancel along this direction: its symbol is 0");
        boolean half = false;
        for (Rational s : line.keySet()) {
            require(s.multiply(Rational.of(2)).isInteger(), "the symbol needs a uniform grid: offset "
                    + s + " is not a multiple of h/2; give integer or half-integer (staggered) offsets");
            half |= !s.isInteger();
        }
        DifferentialOperator op = stencil.operator();
        Rational kappa = Rational.ZERO;
        for (DifferentialOperator.Term t : op.terms()) {
            Rational v = t.coefficient();
            for (int a = 0; a < direction.size(); a++) {
                v = v.multiply(Rational.of(direction.get(a)).pow(t.derivative().get(a)));
            }
            kappa = kappa.add(v);
        }
        require(!kappa.isZero(), "the operator vanishes along this direction (its ideal response is 0);"
                + " choose another --direction");
        int scale = half ? 2 : 1;
        int n = 0;
        for (Rational s : line.keySet()) {
            n = Math.max(n, s.abs().multiply(Rational.of(scale)).numerator().intValueExact());
        }
        List<Rational> c = new ArrayList<>();
        List<Rational> b = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            c.add(Rational.ZERO);
            b.add(Rational.ZERO);
        }
        line.forEach((s, w) -> {
            int k = s.multiply(Rational.of(scale)).numerator().intValueExact();
            int a = Math.abs(k);
            c.set(a, c.get(a).add(w));
            if (k != 0) {
                b.set(a, b.get(a).add(k > 0 ? w : w.negate()));
            }
        });
        return new Symbol(half, c, b, op.order(), kappa, new ArrayList<>(line.keySet()),
                new ArrayList<>(line.values()));
    }

    /** @return the largest {@code k} with a non-zero cosine or sine coefficient */
    public int degree() {
        return cos.size() - 1;
    }

    /** @return whether the cosine part vanishes: {@code H} is purely imaginary */
    public boolean cosineFree() {
        return cos.stream().allMatch(Rational::isZero);
    }

    /** @return whether the sine part vanishes: {@code H} is real */
    public boolean sineFree() {
        return sin.stream().allMatch(Rational::isZero);
    }

    /** @return {@code Re H} as a polynomial in {@code c = cos θ}: {@code Σ c_k T_k(c)} */
    Polynomial realPart() {
        Polynomial p = Polynomial.ZERO;
        List<Polynomial> t = chebyshev(true);
        for (int k = 0; k < cos.size(); k++) {
            p = p.add(t.get(k).scale(cos.get(k)));
        }
        return p;
    }

    /** @return {@code Im H / sin θ} as a polynomial in {@code c = cos θ}: {@code Σ b_k U_{k-1}(c)} */
    Polynomial imaginaryPart() {
        Polynomial p = Polynomial.ZERO;
        List<Polynomial> u = chebyshev(false);
        for (int k = 1; k < sin.size(); k++) {
            p = p.add(u.get(k - 1).scale(sin.get(k)));
        }
        return p;
    }

    /** @return {@code |H|^2 = (Re H)^2 + (1 - c^2) (Im H / sin θ)^2} as a polynomial in {@code c} */
    Polynomial magnitudeSquared() {
        Polynomial re = realPart();
        Polynomial im = imaginaryPart();
        Polynomial oneMinusC2 = Polynomial.of(List.of(Rational.ONE, Rational.ZERO, Rational.ONE.negate()));
        return re.multiply(re).add(oneMinusC2.multiply(im.multiply(im)));
    }

    /** @return {@code T_0..T_n} (first kind) or {@code U_0..U_n} (second kind) */
    private List<Polynomial> chebyshev(boolean first) {
        List<Polynomial> p = new ArrayList<>();
        Polynomial x = Polynomial.of(List.of(Rational.ZERO, Rational.ONE));
        p.add(Polynomial.ONE);
        p.add(first ? x : x.scale(Rational.of(2)));
        for (int k = 2; k <= degree() + 1; k++) {
            p.add(x.scale(Rational.of(2)).multiply(p.get(k - 1)).subtract(p.get(k - 2)));
        }
        return p;
    }

    /** @return the moment {@code M_n = Σ_j w_j s_j^n / n!} */
    Rational moment(int n) {
        Rational v = Rational.ZERO;
        for (int j = 0; j < offsets.size(); j++) {
            v = v.add(weights.get(j).multiply(offsets.get(j).pow(n)));
        }
        BigInteger f = BigInteger.ONE;
        for (int k = 2; k <= n; k++) {
            f = f.multiply(BigInteger.valueOf(k));
        }
        return v.divide(Rational.of(f));
    }

    /** @return {@code max |s_j|}, how far the stencil reaches along the line */
    public Rational reach() {
        Rational a = offsets.get(0).abs();
        Rational b = offsets.get(offsets.size() - 1).abs();
        return a.compareTo(b) >= 0 ? a : b;
    }
}
