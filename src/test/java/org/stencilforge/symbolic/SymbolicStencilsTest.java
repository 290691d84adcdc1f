package org.stencilforge.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/** Closed forms typed in from hand derivations, the errors and the limits. */
class SymbolicStencilsTest {

    private static SymbolicStencil derive(int m, String offsets, int terms) {
        return SymbolicStencils.fromOffsets(m, offsets, terms, SymbolicLimits.DEFAULT);
    }

    private static List<String> texts(List<Expr> es) {
        return es.stream().map(Expr::text).toList();
    }

    /**
     * f' on -h1, 0, h2. Taylor: f(x-h1) = f - h1 f' + h1^2/2 f'' - h1^3/6 f''' + ...,
     * f(x+h2) = f + h2 f' + h2^2/2 f'' + h2^3/6 f''' + .... Ask a f(x-h1) + b f(x) + c f(x+h2)
     * with a + b + c = 0, -a h1 + c h2 = 1, a h1^2 + c h2^2 = 0: a = -h2/(h1(h1+h2)),
     * c = h1/(h2(h1+h2)), b = -a - c = (h2 - h1)/(h1 h2). Error: (-a h1^3 + c h2^3)/6 f'''
     * = (h1^2 h2 + h1 h2^2)/(6 (h1+h2)) f''' = h1 h2/6 f'''.
     */
    @Test
    void firstDerivativeOnThreeNonUniformPoints() {
        SymbolicStencil s = derive(1, "-h1,0,h2", 2);
        assertEquals(List.of("-h2/(h1*(h1 + h2))", "(h2 - h1)/(h1*h2)", "h1/(h2*(h1 + h2))"), texts(s.weights()));
        assertEquals(3, s.error().get(0).derivative());
        assertEquals("h1*h2/6", s.error().get(0).coefficient().text());
        assertEquals(2, s.order().getAsInt());
        assertEquals(0, s.error().get(0).hPower());
        assertEquals(List.of("h1 = 0", "h2 = 0"), s.leadingVanishes().stream().map(Relation::text).toList());
        // C_4 = (-a h1^4 + c h2^4)/24 = h1 h2 (h2 - h1)/24
        assertEquals(4, s.error().get(1).derivative());
        assertEquals(0, Rational.of(1, 24).multiply(Rational.of(2 * 3 * (3 - 2)))
                .compareTo(s.error().get(1).coefficient().evaluate(Map.of("h1", Rational.of(2), "h2", Rational.of(3)))));
        assertEquals(List.of("0,1: h1 = 0", "0,2: h1 = -h2", "1,2: h2 = 0"), s.degeneracies().stream()
                .map(d -> d.first() + "," + d.second() + ": " + d.relation().text()).toList());
    }

    /**
     * f'' on -h1, 0, h2: a + b + c = 0, -a h1 + c h2 = 0, a h1^2 + c h2^2 = 2, so
     * a = 2/(h1(h1+h2)), c = 2/(h2(h1+h2)), b = -2/(h1 h2). Error (-a h1^3 + c h2^3)/6 f'''
     * = (2/6)(-h1^2 + h2^2)/(h1+h2) f''' = (h2 - h1)/3 f''': order 1, 2 when h1 = h2.
     */
    @Test
    void secondDerivativeOnThreeNonUniformPoints() {
        SymbolicStencil s = derive(2, "-h1,0,h2", 1);
        assertEquals(List.of("2/(h1*(h1 + h2))", "-2/(h1*h2)", "2/(h2*(h1 + h2))"), texts(s.weights()));
        assertEquals("(h2 - h1)/3", s.error().get(0).coefficient().text());
        assertEquals(1, s.order().getAsInt());
        assertEquals(List.of("h1 = h2"), s.leadingVanishes().stream().map(Relation::text).toList());
        assertEquals(4, s.next().getAsInt());
    }

    /** Equal spacings give back the uniform formulas: 1, -2, 1 over h^2 with -h^2/12... sign: +h^2/12 f''''. */
    @Test
    void equalSpacingsGiveTheUniformFormulas() {
        SymbolicStencil s = derive(2, "-h,0,h", 2);
        assertEquals(List.of("1/h^2", "-2/h^2", "1/h^2"), texts(s.weights()));
        assertEquals(4, s.error().get(0).derivative());
        assertEquals("h^2/12", s.error().get(0).coefficient().text());
        assertEquals(6, s.error().get(1).derivative());
        assertEquals("h^4/360", s.error().get(1).coefficient().text());
        SymbolicStencil d1 = derive(1, "-2*h,-h,0,h,2*h", 1);
        assertEquals(List.of("1/(12*h)", "-2/(3*h)", "0", "2/(3*h)", "-1/(12*h)"), texts(d1.weights()));
        assertEquals("-h^4/30", d1.error().get(0).coefficient().text());
        assertEquals(4, d1.order().getAsInt());
    }

    @Test
    void nodesAndAPoint() {
        SymbolicStencil s = SymbolicStencils.fromNodes(1, ExpressionParser.parseList("x0,x1,x2"),
                ExpressionParser.parse("x1"), 1, SymbolicLimits.DEFAULT);
        Map<String, Rational> at = Map.of("x0", Rational.of(-2), "x1", Rational.ZERO, "x2", Rational.of(3));
        // the same as -h1, 0, h2 with h1 = 2, h2 = 3: -3/10, 1/6, 2/15; error 1 f'''
        assertEquals(List.of(Rational.of(-3, 10), Rational.of(1, 6), Rational.of(2, 15)),
                s.weights().stream().map(w -> w.evaluate(at)).toList());
        assertEquals(Rational.ONE, s.error().get(0).coefficient().evaluate(at));
    }

    @Test
    void offsetsEqualForEveryValueAreRefused() {
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> derive(1, "h1,h1", 1));
        assertTrue(e.getMessage().contains("h1 and h1"), e.getMessage());
        e = assertThrows(StencilforgeException.class, () -> derive(1, "h,0,2*h-h", 1));
        assertTrue(e.getMessage().contains("numbers 1 and 3"), e.getMessage());
    }

    @Test
    void reservedNamesAreRefused() {
        for (String name : List.of("pi", "Pi", "e", "E", "i", "I", "D", "N", "d", "gamma", "Sin", "c")) {
            StencilforgeException e = assertThrows(StencilforgeException.class,
                    () -> ExpressionParser.parseList("-" + name + ",0,h"));
            assertTrue(e.getMessage().contains("symbol " + name + " is reserved"), e.getMessage());
        }
    }

    @Test
    void sizeLimit() {
        StencilforgeException e = assertThrows(StencilforgeException.class,
                () -> derive(1, "a1,a2,a3,a4,a5,a6,a7,a8,a9,a10", 1));
        assertTrue(e.getMessage().contains("10 symbolic points exceed the limit of 9"), e.getMessage());
    }

    @Test
    void timeLimitEndsAHugeRequestQuickly() {
        long start = System.nanoTime();
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> SymbolicStencils.fromOffsets(3,
                "a1,a2,a3,a4,a5,a6,a7,a8,a9", 3, new SymbolicLimits(9, 0.2)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("took longer than the limit of 0.2 seconds"), e.getMessage());
        assertTrue(seconds < 60, "took " + seconds + " s, Symja's start included");
    }
}
