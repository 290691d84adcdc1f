package org.stencilforge.verify;

import org.stencilforge.StencilforgeException;
import org.stencilforge.derivation.Limits;

/**
 * The bounds of {@code verify}, on top of {@link Limits} (points per stencil and
 * the work budget): rows of a matrix ({@code --max-size}, default
 * {@value #DEFAULT_MATRIX_SIZE}), bytes of an input file ({@code --max-file-bytes},
 * default {@value #DEFAULT_FILE_BYTES}, 64 MiB), and at most
 * {@value #MAX_STENCILS} stencils per file.
 *
 * @param limits points per stencil, error terms, work
 * @param maxSize the most rows a matrix may have
 * @param maxFileBytes the largest input file
 */
public record VerifyLimits(Limits limits, int maxSize, long maxFileBytes) {

    /** Exit code of a failed verdict (the same number as an internal failure, which says so on stderr). */
    public static final int FAIL = 1;
    /** Default most rows of a matrix. */
    public static final int DEFAULT_MATRIX_SIZE = 5000;
    /** Default largest input file, 64 MiB. */
    public static final long DEFAULT_FILE_BYTES = 64L << 20;
    /** The most stencils one file may hold. */
    public static final int MAX_STENCILS = 100_000;

    /** @throws StencilforgeException if a bound is below 1 */
    public VerifyLimits {
        if (maxSize < 1 || maxFileBytes < 1) {
            throw new StencilforgeException("--max-size and --max-file-bytes must be at least 1");
        }
    }

    /** @return the default bounds */
    public static VerifyLimits defaults() {
        return new VerifyLimits(Limits.DEFAULT, DEFAULT_MATRIX_SIZE, DEFAULT_FILE_BYTES);
    }
}
