package org.stencilforge.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code stencilforge} command: parses, calls the library, renders.
 *
 * <p>Exit codes: 0 success; 2 bad input, with one line on stderr starting
 * {@code error:}; 1 an internal failure, with a short message. Output is
 * written only once it is complete, so a failed run prints nothing on stdout.
 */
@Command(name = "stencilforge",
        mixinStandardHelpOptions = true,
        version = "stencilforge 0.1.0",
        description = "Exact finite-difference stencils: weights, order of accuracy, truncation error.",
        subcommands = {WeightsCommand.class, MatrixCommand.class, TableCommand.class, NdCommand.class,
            ReferenceTablesCommand.class},
        footer = {"", "Try:  stencilforge weights --derivative 2 --accuracy 4"})
public final class Main implements Callable<Integer> {

    /** Exit code of a run that succeeded. */
    public static final int OK = 0;
    /** Exit code of an internal failure. */
    public static final int INTERNAL_FAILURE = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: name one, e.g. weights");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (Throwable t) { // an Error escaping picocli, e.g. OutOfMemoryError
            err.println("error: internal failure (" + t + ")");
            code = INTERNAL_FAILURE;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process, for tests and embedding.
     *
     * @param args the arguments
     * @param out where results go
     * @param err where errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new Main()), out, err).execute(args);
    }

    /**
     * Sets the writers and the error policy: bad input gives exit code 2 and one
     * {@code error:} line; anything else thrown is an internal failure, exit code 1.
     */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + printable(ex.getMessage()) + " (see '" + command + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StencilforgeException) {
                err.println("error: " + printable(ex.getMessage()));
                return BAD_INPUT;
            }
            err.println("error: internal failure (" + printable(String.valueOf(ex)) + "); please report it");
            return INTERNAL_FAILURE;
        });
        return cl;
    }

    /** One line of printable characters: user text echoed in a message cannot disturb the terminal. */
    private static String printable(String message) {
        StringBuilder b = new StringBuilder();
        message.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
