package org.stencilforge.operator;

/**
 * The three sizes of a convolution matrix of a kernel of {@code m} weights on
 * {@code n} samples, as NumPy's {@code convolve} names them: {@code full}
 * {@code (n+m-1)×n}, {@code same} {@code n×n} (rows {@code (m-1)/2 ..} of
 * {@code full}, rounded down), {@code valid} {@code (n-m+1)×n}.
 */
public enum ConvolutionMode {
    /** Every output that touches a sample: {@code n + m - 1} rows. */
    FULL,
    /** As many rows as samples, centred on the full output. */
    SAME,
    /** Only the rows where the kernel lies wholly on the samples: {@code n - m + 1} rows. */
    VALID
}
