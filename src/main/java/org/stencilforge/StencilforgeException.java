package org.stencilforge;

/**
 * A request that cannot be carried out because of what was asked: a malformed
 * number, duplicate nodes, too few nodes for the derivative, a size past a limit.
 *
 * <p>The message is one sentence a user can act on: it names the problem and
 * what would fix it. The command line prints it after {@code error:} and exits
 * with code 2; anything else that is thrown is an internal failure.
 */
public final class StencilforgeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and how to fix it, without a trailing period
     */
    public StencilforgeException(String message) {
        super(message);
    }
}
