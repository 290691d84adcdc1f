package org.stencilforge.verify;

/**
 * How to read weights typed as numbers ({@code --weights-are}).
 */
public enum WeightMode {
    /**
     * Each literal is the {@code double} a program printed: its exact binary
     * value, the double nearest to the decimal text ({@code a/b} is the
     * correctly rounded quotient of two doubles, as a program computes it).
     */
    DOUBLE,
    /** The same for {@code float}. */
    FLOAT,
    /** The text exactly: {@code 0.1} is {@code 1/10}, {@code 1.0/12.0} is {@code 1/12}. */
    DECIMAL;

    /** @return the binary format, or {@code null} for {@link #DECIMAL} */
    public Binary binary() {
        return switch (this) {
            case DOUBLE -> Binary.DOUBLE;
            case FLOAT -> Binary.FLOAT;
            case DECIMAL -> null;
        };
    }

    /** @return the label users type */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
