package org.stencilforge.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.derivation.Limits;
import org.stencilforge.design.Band;
import org.stencilforge.design.DispersionRelationPreserving;
import org.stencilforge.design.NoiseRobust;
import org.stencilforge.design.SavitzkyGolay;
import org.stencilforge.operator.Closures;
import org.stencilforge.operator.DifferentiationOperator;

/**
 * Designed stencils are ordinary stencils for code generation: their C, Fortran and Python operators are
 * compiled and run through {@link GeneratedCodeTest#verify} (exact on polynomials to rounding, {@code apply}
 * equal to the rows of {@code apply_all}, the adjoint the exact transpose).
 */
class DesignedCodeTest {

    static List<AnalysedStencil> designs() {
        return List.of(
                NoiseRobust.design(1, 11, 2, Optional.empty(), 1, 101).result(),
                NoiseRobust.design(2, 9, 2, Optional.empty(), 1, 101).result(),
                SavitzkyGolay.design(1, 7, 3, Optional.empty(), 1, 101).result(),
                SavitzkyGolay.design(0, 9, 4, Optional.empty(), 1, 101).result(),
                DispersionRelationPreserving.design(7, 4, Band.HALF_PI, 12, 20, 1, 101, 4000).result());
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : GeneratedCodeTest.TARGETS) {
            for (AnalysedStencil s : designs()) {
                all.add(Arguments.of(language, s));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void designedOperatorsCompileAndAreExactOnPolynomials(Language language, AnalysedStencil design) {
        DifferentiationOperator op = Closures.around(design, Limits.DEFAULT);
        String source = language.emit(Kernels.of(op), "designed");
        Toolchain code = GeneratedCodeTest.compile(language, source, "designed", false);
        GeneratedCodeTest.verify(language, op, source, code::run, code::minLength,
                new int[] {op.minLength(), op.minLength() + 7, Math.max(64, op.minLength() + 20)}, 6, 0.125, true);
    }

}
