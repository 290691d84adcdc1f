package org.stencilforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.Polynomials;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.AxisStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.MultiIndex;
import org.stencilforge.stencil.Stencil;
import org.stencilforge.stencil.OperatorParser;
import org.stencilforge.stencil.Scheme;

/**
 * Generated C, Fortran and Python for multidimensional stencils, compiled and
 * run on a random polynomial the stencil is exact on: every interior point
 * agrees with the operator applied exactly to the polynomial, to rounding.
 */
class GeneratedStencilTest {

    static AnalysedStencil tensor(String op, int d, int accuracy) {
        Stencil s = TensorProducts.of(OperatorParser.parse(op, d), IntStream.range(0, d)
                .mapToObj(i -> (AxisStencil) new AxisStencil.Preset(Scheme.CENTRAL, accuracy)).toList(),
                Limits.DEFAULT);
        return new AnalysedStencil(s, TruncationError.of(s, 1), List.of(Choice.TENSOR_PRODUCT));
    }

    static AnalysedStencil ninePoint() {
        MomentSolver.Solution s = MomentSolver.solve(DifferentialOperator.laplacian(2),
                Shapes.BOX.offsets(2, 1, Limits.DEFAULT), MomentSolver.Rule.AUTO, Limits.DEFAULT);
        return new AnalysedStencil(s.stencil(), TruncationError.of(s.stencil(), 1), s.choice());
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : GeneratedCodeTest.TARGETS) {
            all.add(Arguments.of(language, "5-point Laplacian", tensor("laplacian", 2, 2)));
            all.add(Arguments.of(language, "9-point Laplacian", ninePoint()));
            all.add(Arguments.of(language, "3-D Laplacian, order 4", tensor("laplacian", 3, 4)));
            all.add(Arguments.of(language, "f_xy, order 4", tensor("Dxy", 2, 4)));
            all.add(Arguments.of(language, "Dxxz in 3-D", tensor("D[2,0,1]", 3, 2)));
            all.add(Arguments.of(language, "Dx in 1-D", tensor("Dx", 1, 6)));
            // past Kernels.TABLE_SUM_TERMS: table-driven
            all.add(Arguments.of(language, "f_xy, order 12, table-driven", tensor("Dxy", 2, 12)));
            all.add(Arguments.of(language, "Dx in 1-D, order 130, table-driven", tensor("Dx", 1, 130)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void generatedStencilIsExactOnPolynomials(Language language, String label, AnalysedStencil result) {
        Stencil s = result.stencil();
        int d = s.dimension();
        PointKernel kernel = Kernels.of(result);
        String source = language.emit(kernel, "nd");
        Toolchain code = GeneratedCodeTest.compile(language, source, "nd", true);
        int degree = result.error().order().getAsInt() + s.operator().order() - 1;
        Map<MultiIndex, Rational> p = Polynomials.random(new Random(4L + d), d, degree);
        // the reach of the stencil, from the model's offsets
        int[] below = new int[d];
        int[] above = new int[d];
        for (List<Rational> offset : s.offsets()) {
            for (int k = 0; k < d; k++) {
                below[k] = Math.max(below[k], -offset.get(k).numerator().intValueExact());
                above[k] = Math.max(above[k], offset.get(k).numerator().intValueExact());
            }
        }
        int[] shape = new int[d];
        int[] strides = new int[d];
        int size = 1;
        for (int k = d - 1; k >= 0; k--) { // C order: the last axis varies fastest
            shape[k] = below[k] + above[k] + 3 + k;
            strides[k] = size;
            size *= shape[k];
        }
        Rational h = Rational.of(1, 4);
        double[] values = new double[size];
        List<Integer> interior = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        List<Double> tolerance = new ArrayList<>();
        double scale = Math.pow(h.toDouble(), -s.operator().order());
        for (int index = 0; index < size; index++) {
            int[] point = point(index, shape, strides);
            values[index] = Polynomials.evaluate(p, at(point, new int[d], h)).toDouble();
        }
        for (int index = 0; index < size; index++) {
            int[] point = point(index, shape, strides);
            boolean inside = true;
            for (int k = 0; k < d; k++) {
                inside &= point[k] >= below[k] && point[k] < shape[k] - above[k];
            }
            if (!inside) {
                continue;
            }
            interior.add(index);
            expected.add(Polynomials.apply(s.operator(), p, at(point, new int[d], h)).toDouble());
            double sum = 0; // Σ |w_j f_j|, which the rounding errors scale with
            for (int j = 0; j < s.size(); j++) {
                int flat = index;
                for (int k = 0; k < d; k++) {
                    flat += s.offsets().get(j).get(k).numerator().intValueExact() * strides[k];
                }
                sum += Math.abs(s.weights().get(j).toDouble() * values[flat]);
            }
            tolerance.add(1e-12 * sum * scale + 1e-12);
        }
        Toolchain.Grid grid = new Toolchain.Grid(values, shape, strides,
                interior.stream().mapToInt(Integer::intValue).toArray(), h.toDouble());
        double[] got;
        if (code instanceof GeneratedPython python) {
            int[] reach = new int[d];
            for (int k = 0; k < d; k++) {
                reach[k] = below[k] + above[k];
            }
            got = python.run(grid, reach);
        } else {
            got = code.run(grid);
        }
        assertEquals(interior.size(), got.length, "one value per interior point\n" + source);
        for (int j = 0; j < got.length; j++) {
            assertEquals(expected.get(j), got[j], tolerance.get(j), language + " " + label + " at flat index "
                    + interior.get(j) + "\n" + source);
        }
    }

    private static int[] point(int index, int[] shape, int[] strides) {
        int[] p = new int[shape.length];
        for (int k = 0; k < shape.length; k++) {
            p[k] = index / strides[k] % shape[k];
        }
        return p;
    }

    private static List<Rational> at(int[] point, int[] origin, Rational h) {
        List<Rational> x = new ArrayList<>();
        for (int k = 0; k < point.length; k++) {
            x.add(Rational.of(point[k] - origin[k]).multiply(h).add(Rational.of(1, 2)));
        }
        return x;
    }
}
