package org.stencilforge.stencil;

/** Where a preset stencil takes its points relative to the evaluation point. */
public enum Scheme {
    /** Points symmetric about {@code x}: offsets {@code -r..r}. */
    CENTRAL,
    /** Points at and after {@code x}: offsets {@code 0..n-1}. */
    FORWARD,
    /** Points at and before {@code x}: offsets {@code -(n-1)..0}. */
    BACKWARD
}
