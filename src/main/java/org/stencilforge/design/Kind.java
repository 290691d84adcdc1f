package org.stencilforge.design;

/** The kinds of design, as {@code stencilforge design --kind} names them. */
public enum Kind {
    /** {@link NoiseRobust}. */
    NOISE_ROBUST,
    /** {@link SavitzkyGolay}. */
    SAVITZKY_GOLAY,
    /** {@link DispersionRelationPreserving}. */
    DRP
}
