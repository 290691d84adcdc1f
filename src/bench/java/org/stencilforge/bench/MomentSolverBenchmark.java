package org.stencilforge.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Shapes;
import org.stencilforge.stencil.DifferentialOperator;

/**
 * The Laplacian on a box of (2r+1)^3 points at the highest order it reaches,
 * solved exactly (rule auto). SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MomentSolverBenchmark {

    @Param({"1", "2", "3"})
    public int radius;

    private final Limits limits = new Limits(2049, 10);
    private List<List<Rational>> box;

    @Setup
    public void setUp() {
        box = Shapes.BOX.offsets(3, radius, limits);
    }

    @Benchmark
    public MomentSolver.Solution laplacianOnABox() {
        return MomentSolver.solve(DifferentialOperator.laplacian(3), box, MomentSolver.Rule.AUTO, limits);
    }
}
