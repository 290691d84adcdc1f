package org.stencilforge;

/**
 * The one way a precondition on a value that user input can reach fails: with
 * a {@link StencilforgeException} whose message a user can act on, never a bare
 * {@code IllegalArgumentException} that would surface as an internal failure.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param condition what must hold
     * @param message what is wrong and how to fix it, one sentence without a trailing period
     * @throws StencilforgeException if the condition is false
     */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new StencilforgeException(message);
        }
    }
}
