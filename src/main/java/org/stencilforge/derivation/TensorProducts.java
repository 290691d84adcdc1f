package org.stencilforge.derivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.DifferentialOperator;
import org.stencilforge.stencil.Stencil;

/**
 * Multidimensional stencils as products of 1-D stencils: {@code ∂^α} is the
 * product over the axes of the 1-D stencils of derivative {@code α_i}, and an
 * operator {@code Σ c_α ∂^α} the sum of such products with their coefficients.
 * Weights are exact products; points whose weights cancel to zero are left out.
 */
public final class TensorProducts {

    private TensorProducts() {
    }

    /**
     * @param operator the operator
     * @param axes one 1-D rule per axis
     * @param limits the size bounds
     * @return the stencil
     * @throws StencilforgeException if a 1-D stencil cannot be made or the product is too large
     */
    public static Stencil of(DifferentialOperator operator, List<AxisStencil> axes, Limits limits) {
        int d = operator.dimension();
        if (axes.size() != d) {
            throw new StencilforgeException(axes.size() + " axis rules for a " + d + "-dimensional operator;"
                    + " give one per axis");
        }
        Map<List<Rational>, Rational> sum = new TreeMap<>(Stencil.OFFSET_ORDER);
        for (DifferentialOperator.Term term : operator.terms()) {
            List<Stencil> factors = new ArrayList<>();
            long size = 1;
            for (int i = 0; i < d; i++) {
                Stencil factor = axis(term.derivative().get(i), axes.get(i), limits);
                factors.add(factor);
                size *= factor.size();
                limits.checkNodes(size);
            }
            accumulate(factors, 0, new ArrayList<>(), term.coefficient(), sum);
        }
        List<List<Rational>> offsets = new ArrayList<>();
        List<Rational> weights = new ArrayList<>();
        sum.forEach((point, w) -> {
            if (!w.isZero()) {
                offsets.add(point);
                weights.add(w);
            }
        });
        return new Stencil(operator, offsets, weights);
    }

    /** The 1-D stencil of derivative {@code m} on one axis. */
    private static Stencil axis(int m, AxisStencil rule, Limits limits) {
        if (rule instanceof AxisStencil.Offsets o) {
            return Stencils.fromOffsets(m, o.offsets(), limits);
        }
        AxisStencil.Preset p = (AxisStencil.Preset) rule;
        return m == 0
                ? Stencil.of(0, List.of(Rational.ZERO), List.of(Rational.ONE))
                : Stencils.preset(p.scheme(), m, p.accuracy(), limits);
    }

    private static void accumulate(List<Stencil> factors, int axis, List<Rational> point, Rational weight,
            Map<List<Rational>, Rational> sum) {
        if (axis == factors.size()) {
            sum.merge(List.copyOf(point), weight, Rational::add);
            return;
        }
        Stencil f = factors.get(axis);
        for (int j = 0; j < f.size(); j++) {
            point.add(f.offsets().get(j).get(0));
            accumulate(factors, axis + 1, point, weight.multiply(f.weights().get(j)), sum);
            point.remove(point.size() - 1);
        }
    }
}
