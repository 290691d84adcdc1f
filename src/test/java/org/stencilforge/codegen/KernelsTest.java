package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.operator.DifferentiationOperator;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;

/** The language-neutral description: representation of coefficients, rows, documentation. */
class KernelsTest {

    private static final BigInteger TWO_53 = BigInteger.TWO.pow(53);

    @Test
    void numeratorsUpToTwoTo53AreWrittenAsIntegers() {
        // 2^53 / 3 and -1/3: common denominator 3, numerators 2^53 and -1, both exact doubles
        Sum sum = Sum.row(0, List.of(Rational.of(TWO_53, BigInteger.valueOf(3)), Rational.of(-1, 3)));
        assertTrue(sum.integers());
        assertEquals(BigInteger.valueOf(3), sum.denominator());
        assertEquals(List.of(TWO_53, BigInteger.valueOf(-1)),
                sum.terms().stream().map(Sum.Term::numerator).toList());
        assertTrue(sum.divided());
    }

    @Test
    void aNumeratorPastTwoTo53MakesEveryWeightARoundedDouble() {
        // (2^53 + 1) / 3 = 3002399751580331 and 1/3: over the common denominator 3 the first numerator is
        // 2^53 + 1, not a double, so the whole row switches to correctly rounded weights
        Rational big = Rational.of(TWO_53.add(BigInteger.ONE), BigInteger.valueOf(3));
        Sum sum = Sum.row(-1, List.of(big, Rational.ZERO, Rational.of(1, 3)));
        assertFalse(sum.integers());
        assertFalse(sum.divided());
        // 3002399751580331 < 2^53 is itself a double
        assertEquals(3002399751580331.0, sum.terms().get(0).rounded(), 0.0);
        assertEquals(1.0 / 3.0, sum.terms().get(1).rounded(), 0.0);
        assertEquals(List.of(-1, 1), sum.terms().stream().map(Sum.Term::column).toList(), "zero weights left out");
        assertEquals("3002399751580331, 0, 1/3", sum.exactText(), "the comment keeps every weight");
        // and a negative numerator of magnitude 2^53 + 1 too
        assertFalse(Sum.row(0, List.of(Rational.of(TWO_53.add(BigInteger.ONE).negate()))).integers());
        assertTrue(Sum.row(0, List.of(Rational.of(TWO_53.negate()))).integers());
    }

    @Test
    void wholeArrayKernelHasTheRowsOfTheOperatorAndItsTranspose() {
        // 2nd-order central first derivative: closure rows (-3/2, 2, -1/2) at the top, mirrored at the bottom
        DifferentiationOperator op = GeneratedCodeTest.operator(1,
                Stencils.presetOffsets(Scheme.CENTRAL, 1, 2, Limits.DEFAULT));
        ArrayKernel k = Kernels.of(op);
        assertEquals(1, k.derivative());
        assertEquals(op.minLength(), k.minLength());
        Rows d = k.operator();
        assertEquals(1, d.interiorStart());
        assertEquals(1, d.interiorEndBeforeN());
        assertEquals("-3/2, 2, -1/2", d.top().get(0).exactText());
        assertEquals(List.of(0, 1, 2), d.top().get(0).terms().stream().map(Sum.Term::column).toList());
        assertEquals("-1/2, 0, 1/2", d.interior().exactText());
        assertEquals(List.of(-1, 1), d.interior().terms().stream().map(Sum.Term::column).toList());
        assertEquals(List.of(BigInteger.valueOf(-1), BigInteger.ONE),
                d.interior().terms().stream().map(Sum.Term::numerator).toList());
        assertEquals(BigInteger.TWO, d.interior().denominator());
        assertEquals(List.of(-3, -2, -1), d.bottom().get(0).terms().stream().map(Sum.Term::column).toList());
        // D^T: the flipped stencil inside, (1/2, 0, -1/2) relative to i
        assertEquals("1/2, 0, -1/2", k.adjoint().interior().exactText());
        assertEquals(List.of(-1, 1), k.adjoint().interior().terms().stream().map(Sum.Term::column).toList());
        // its first row is column 0 of D: -3/2 from row 0, -1/2 from row 1
        assertEquals("-3/2, -1/2", k.adjoint().top().get(0).exactText());
    }

    @Test
    void documentationIsComputedOnceInPlainNotation() {
        ArrayKernel k = Kernels.of(GeneratedCodeTest.operator(2,
                Stencils.presetOffsets(Scheme.CENTRAL, 2, 4, Limits.DEFAULT)));
        assertEquals(List.of(
                "Derivative 2 on a uniform grid of spacing h.",
                "",
                "Interior: f''(x) is approximated by",
                "(-f(x-2h) + 16 f(x-h) - 30 f(x) + 16 f(x+h) - f(x+2h)) / (12 h^2),",
                "order of accuracy 4, leading error (approximation - exact) -1/90 h^4 f^(6)(x).",
                "Rows whose stencil would leave the array use the 6 nearest points instead",
                "(one-sided at the ends), order of accuracy at least 4."), k.docLines());
        PointKernel p = Kernels.of(GeneratedStencilTest.tensor("laplacian", 2, 2));
        assertEquals(List.of(
                "Approximates Dxx + Dyy on a uniform grid of spacing h in 2 dimensions,",
                "order of accuracy 2 (leading error, approximation - exact:",
                "1/12 h^2 Dxxxx f + 1/12 h^2 Dyyyy f)."), p.docLines());
        for (String line : p.docLines()) {
            assertTrue(line.chars().allMatch(c -> c < 0x7f), "plain ASCII: " + line);
        }
    }

    @Test
    void pointKernelHasIntegerOffsetsAndItsReach() {
        PointKernel p = Kernels.of(GeneratedStencilTest.tensor("laplacian", 2, 2));
        assertEquals(2, p.dimension());
        assertEquals(2, p.order());
        assertEquals(5, p.stencil().terms().size());
        assertEquals(1, p.below(0));
        assertEquals(1, p.above(1));
        assertTrue(p.usesAxis(0) && p.usesAxis(1));
        assertTrue(p.stencil().integers());
        assertEquals(BigInteger.ONE, p.stencil().denominator());
        // Dxx in 2-D never moves along y
        assertFalse(Kernels.of(GeneratedStencilTest.tensor("Dxx", 2, 2)).usesAxis(1));
    }

    @Test
    void fractionalOffsetsAreRefused() {
        Stencil staggered = TensorProducts.of(OperatorParser.parse("Dxy", 2), List.of(
                new AxisStencil.Offsets(RationalParser.parseList("-1/2,1/2")),
                new AxisStencil.Offsets(RationalParser.parseList("-1/2,1/2"))), Limits.DEFAULT);
        AnalysedStencil result = new AnalysedStencil(staggered, TruncationError.of(staggered, 1),
                List.of(Choice.TENSOR_PRODUCT));
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> Kernels.of(result));
        assertTrue(e.getMessage().contains("integer offsets"), e.getMessage());
    }
}
