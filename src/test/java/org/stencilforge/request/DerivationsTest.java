package org.stencilforge.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Scheme;

/** The request layer: what the options imply, and one entry point for every kind of request. */
class DerivationsTest {

    private static List<Rational> q(String list) {
        return RationalParser.parseList(list);
    }

    @Test
    void lineOptionsPickThePresetOffsetsOrNodes() {
        assertEquals(new StencilRequest.Preset(Scheme.CENTRAL, 2, 4),
                new LineOptions(2, 4, null, null, null, null).toRequest());
        assertEquals(new StencilRequest.Offsets(1, q("-1/2,1/2")),
                new LineOptions(1, null, null, "-1/2,1/2", null, null).toRequest());
        assertEquals(new StencilRequest.Nodes(2, q("0,1/2,3/2,3"), Rational.ONE),
                new LineOptions(2, null, null, null, "0,0.5,1.5,3", "1").toRequest());
        assertThrows(StencilforgeException.class, () -> new LineOptions(2, 4, null, "0,1", null, null).toRequest());
        assertThrows(StencilforgeException.class, () -> new LineOptions(2, null, null, null, "0,1,2", null).toRequest());
    }

    @Test
    void gridOptionsInferTheDimensionAndTheWayToTheWeights() {
        // offsets imply d = 2 and the Taylor conditions
        StencilRequest points = new GridOptions(null, "laplacian", null, null, null, null, "0,0;1,0;-1,0;0,1;0,-1",
                null, null, null).toRequest();
        assertEquals(new StencilRequest.Points(DifferentialOperator.laplacian(2),
                List.of(q("0,0"), q("1,0"), q("-1,0"), q("0,1"), q("0,-1")), MomentSolver.Rule.AUTO), points);
        // per-axis accuracies imply d = 3 and a tensor product
        StencilRequest tensor = new GridOptions("2,0,1", null, null, "2,2,4", null, null, null, null, null, null)
                .toRequest();
        assertInstanceOf(StencilRequest.Tensor.class, tensor);
        assertEquals(List.of(new AxisStencil.Preset(Scheme.CENTRAL, 2), new AxisStencil.Preset(Scheme.CENTRAL, 2),
                new AxisStencil.Preset(Scheme.CENTRAL, 4)), ((StencilRequest.Tensor) tensor).axes());
        // a shape takes its dimension from --dimension
        assertEquals(new StencilRequest.Shaped(DifferentialOperator.laplacian(3), Shapes.BOX, 1,
                MomentSolver.Rule.MIN_NORM), new GridOptions(null, "laplacian", 3, null, null, null, null, Shapes.BOX,
                        1, MomentSolver.Rule.MIN_NORM).toRequest());
        assertThrows(StencilforgeException.class, () -> new GridOptions("1,1", null, null, "2", null, null, null,
                null, null, MomentSolver.Rule.MIN_NORM).toRequest());
    }

    @Test
    void theFivePointRequestGivesTheFivePointLaplacian() {
        // The classic 5-point Laplacian (f(x±h,y) + f(x,y±h) - 4 f(x,y)) / h^2, error h^2/12 (f_xxxx + f_yyyy).
        AnalysedStencil result = Derivations.derive(new GridOptions(null, "Dxx + Dyy", null, null, null, null,
                "0,0;1,0;-1,0;0,1;0,-1", null, null, null).toRequest(), 1, Limits.DEFAULT);
        assertEquals(List.of(q("-1,0"), q("0,-1"), q("0,0"), q("0,1"), q("1,0")), result.stencil().offsets());
        assertEquals(q("1,1,-4,1,1"), result.stencil().weights());
        assertEquals(List.of(Choice.UNIQUE), result.choice());
        assertEquals(2, result.error().order().getAsInt());
        assertEquals(List.of(MultiIndex.of(4, 0), MultiIndex.of(0, 4)),
                result.error().terms().stream().map(t -> t.derivative()).toList());
        assertTrue(result.error().terms().stream().allMatch(t -> t.coefficient().equals(Rational.of(1, 12))));
    }

    @Test
    void aOneDimensionalRequestIsALineAndATensorProductIsNot() {
        AnalysedStencil line = Derivations.derive(new StencilRequest.Preset(Scheme.CENTRAL, 2, 2), 2,
                Limits.DEFAULT);
        assertTrue(line.isLine());
        assertEquals(q("1,-2,1"), line.stencil().weights());
        // the same stencil asked for as a 1-D tensor product is reported with how it was chosen
        AnalysedStencil tensor = Derivations.derive(new StencilRequest.Tensor(DifferentialOperator.partial(
                MultiIndex.of(2)), List.of(new AxisStencil.Preset(Scheme.CENTRAL, 2))), 2, Limits.DEFAULT);
        assertEquals(line.stencil(), tensor.stencil());
        assertEquals(line.error(), tensor.error());
        assertEquals(List.of(Choice.TENSOR_PRODUCT), tensor.choice());
    }

    @Test
    void aCentralRangeOfAccuraciesKeepsItsEvenOrders() {
        Family family = Family.parse(Scheme.CENTRAL, "1..3", "1..7", Limits.DEFAULT);
        assertEquals(List.of(1, 2, 3), family.derivatives());
        assertEquals(List.of(2, 4, 6), family.accuracies());
        assertEquals(List.of(1, 2, 3), Family.parse(Scheme.FORWARD, "1", "1..3", Limits.DEFAULT).accuracies());
        assertEquals(9, Derivations.table(family, 1, Limits.DEFAULT).entries().size());
        assertThrows(StencilforgeException.class, () -> Family.parse(Scheme.CENTRAL, "1", "3..3", Limits.DEFAULT));
    }
}
