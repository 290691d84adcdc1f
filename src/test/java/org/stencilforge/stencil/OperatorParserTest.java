package org.stencilforge.stencil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

class OperatorParserTest {

    private static DifferentialOperator.Term t(int c, int... alpha) {
        return new DifferentialOperator.Term(MultiIndex.of(alpha), Rational.of(c));
    }

    @Test
    void readsSumsOfPartialsWithCoefficients() {
        assertEquals(new DifferentialOperator(2, List.of(t(1, 2, 0), t(1, 0, 2))), OperatorParser.parse("Dxx + Dyy", 0));
        assertEquals(new DifferentialOperator(2, List.of(t(1, 3, 1))), OperatorParser.parse("Dxxxy", 0));
        assertEquals(new DifferentialOperator(2, List.of(
                new DifferentialOperator.Term(MultiIndex.of(2, 0), Rational.of(-1, 2)), t(2, 1, 1))),
                OperatorParser.parse("2 Dxy - 1/2 D[2,0]", 0));
        assertEquals(new DifferentialOperator(3, List.of(t(-3, 0, 1, 1))), OperatorParser.parse("-3*Dyz", 0));
        assertEquals(new DifferentialOperator(3, List.of(t(1, 1, 0, 0))), OperatorParser.parse("Dx", 3));
        assertEquals(DifferentialOperator.laplacian(3), OperatorParser.parse("laplacian", 3));
    }

    @Test
    void laplacianAndBiharmonicExpand() {
        // Δ² = ∂x⁴ + 2∂x²∂y² + ∂y⁴
        assertEquals(new DifferentialOperator(2, List.of(t(1, 4, 0), t(2, 2, 2), t(1, 0, 4))),
                DifferentialOperator.biharmonic(2));
        assertTrue(DifferentialOperator.biharmonic(3).isIsotropic());
        assertTrue(OperatorParser.parse("3 Dxx + 3 Dyy", 0).isIsotropic());
        assertEquals(false, OperatorParser.parse("Dxx + 2 Dyy", 0).isIsotropic());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dxx + Dqq      | at character 8, 'q' is not an axis",
        "Dxx Dyy        | at character 5, expected + or -",
        "Dxx +          | at character 6, expected a derivative",
        "2/0 Dxx        | at character 1, the coefficient is not a number",
        "D              | at character 2, D needs axes",
        "D[1,a]         | a multi-index is a list of orders",
        "D[1,1] + Dz    | does not exist in 2 dimensions",
        "D[1,0] + D[1,0,0] | this multi-index has 3 axes but the operator has 2",
        "Dz + D[1,0]    | this multi-index has 2 axes but the operator uses 3",
        "Dx + Dxx       | mixes derivatives of different orders",
        "Dx - Dx        | the operator is zero",
        "laplacian      | does not say its dimension",
    })
    void badOperatorsSayWhereAndWhat(String text, String expected) {
        StencilforgeException e = assertThrows(StencilforgeException.class, () -> OperatorParser.parse(text, 0));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void multiIndicesOrderByDegreeThenEarlierAxes() {
        assertEquals(List.of(MultiIndex.of(2, 0), MultiIndex.of(1, 1), MultiIndex.of(0, 2)), MultiIndex.ofOrder(2, 2));
        assertEquals(10, MultiIndex.ofOrder(3, 3).size());
        assertTrue(MultiIndex.of(0, 3).compareTo(MultiIndex.of(4, 0)) < 0);
        assertEquals(java.math.BigInteger.valueOf(12), MultiIndex.of(3, 2).factorial());
    }
}
