package org.stencilforge.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lele's tridiagonal sixth-order first derivative with its default closures on 10^6 doubles: the generated
 * {@link Compact6#applyAll} against a hand-written Thomas solve of the same system (same right side, same
 * rows). SampleTime mode: read the p0.50 line (median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompactSolveBenchmark {

    private static final int N = 1_000_000;

    private double[] f;
    private double[] out;
    private double[] work;
    private double[] cp;
    private final double h = 1.0 / N;

    @Setup
    public void setUp() {
        f = new double[N];
        for (int i = 0; i < N; i++) {
            f[i] = Math.sin(2 * Math.PI * i * h);
        }
        out = new double[N];
        work = new double[Compact6.workLength(N)];
        cp = new double[N];
    }

    @Benchmark
    public double[] generated() {
        Compact6.applyAll(f, out, h, work);
        return out;
    }

    /** The textbook Thomas algorithm on rows (0, 1, 2), (1/4, 1, 1/4), (1/3, 1, 1/3) ..., (1/4, 1, 1/4), (2, 1, 0). */
    @Benchmark
    public double[] handWrittenThomas() {
        int n = N;
        double[] d = out;
        double s = 1.0 / h;
        d[0] = (-2.5 * f[0] + 2.0 * f[1] + 0.5 * f[2]) * s;
        d[1] = 0.75 * (f[2] - f[0]) * s;
        for (int i = 2; i < n - 2; i++) {
            d[i] = (7.0 / 9.0 * (f[i + 1] - f[i - 1]) + 1.0 / 36.0 * (f[i + 2] - f[i - 2])) * s;
        }
        d[n - 2] = 0.75 * (f[n - 1] - f[n - 3]) * s;
        d[n - 1] = (2.5 * f[n - 1] - 2.0 * f[n - 2] - 0.5 * f[n - 3]) * s;
        cp[0] = 2.0;
        for (int i = 1; i < n; i++) {
            double a = i == 1 || i == n - 2 ? 0.25 : i == n - 1 ? 2.0 : 1.0 / 3.0;
            double c = i == 1 || i == n - 2 ? 0.25 : i == n - 1 ? 0.0 : 1.0 / 3.0;
            double m = 1.0 / (1.0 - a * cp[i - 1]);
            cp[i] = c * m;
            d[i] = (d[i] - a * d[i - 1]) * m;
        }
        for (int i = n - 2; i >= 0; i--) {
            d[i] -= cp[i] * d[i + 1];
        }
        return d;
    }
}
