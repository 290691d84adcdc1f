package org.stencilforge.operator;

/** Which grid points a closure row uses. */
public enum BoundaryPoints {
    /** The {@code m + Q} consecutive points nearest the row, as centred on it as the grid allows. */
    NEAREST,
    /**
     * The {@code m + Q} consecutive points starting at the row's own point
     * (the first point at or past it) at the left end, ending at it at the
     * right end: one-sided rows, as other libraries build them.
     */
    OWN
}
