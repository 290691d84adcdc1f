package org.stencilforge.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stencilforge.sbp.SbpOperator;
import org.stencilforge.sbp.SummationByParts;

/**
 * The SBP first-derivative operator of the given accuracy and norm on 100 points: derived (exact
 * solve of the boundary block's accuracy conditions), built and certified ({@code block}: the 4-3
 * restricted-full norm with its published parameters, whatever the accuracy parameter). SampleTime mode:
 * read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SbpBenchmark {

    @Param({"2", "4", "6", "8"})
    public int accuracy;

    @Benchmark
    public SbpOperator deriveAndCertify() {
        return SummationByParts.operator(1, accuracy, 100, Map.of(), SummationByParts.DEFAULT_MAX_POINTS);
    }

    @Benchmark
    public SbpOperator deriveAndCertifyBlockNorm() {
        return SummationByParts.operator(1, 4, SummationByParts.NormShape.BLOCK, 100, Map.of(),
                SummationByParts.DEFAULT_MAX_POINTS, SummationByParts.Choice.PUBLISHED,
                SummationByParts.DEFAULT_MAX_SEARCH_POINTS);
    }
}
