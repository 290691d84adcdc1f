package org.stencilforge.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 *
 * <p>Output that cannot be written (a full disk, a closed pipe, an unwritable
 * {@code --output} file) is also exit code 2 with one {@code error:} line: it is
 * not a bug to report (exit code 1 asks for that) but a problem outside the
 * program that the user fixes, like bad input. A run never exits 0 having lost
 * its output.
 *
 * <p>Arguments are taken literally: {@code @file} is not expanded, so no file's
 * contents reach a message. Every {@code error:} line is one line of printable
 * characters in which user text appears only as a short excerpt (see
 * {@link #excerpt}).
 */
@Command(name = "stencilforge",
        mixinStandardHelpOptions = true,
        version = "stencilforge 0.1.0",
        description = "Exact finite-difference stencils: weights, order of accuracy, truncation error.",
        footer = {"", "Try:  stencilforge weights --derivative 2 --accuracy 4"})
public final class Main implements Callable<Integer> {

    /** Exit code of a run that succeeded. */
    public static final int OK = 0;
    /** Exit code of an internal failure. */
    public static final int INTERNAL_FAILURE = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code when the reader of standard output closed it early: 128 + SIGPIPE, as a shell reports it. */
    public static final int PIPE_CLOSED = 141;

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
        // standard output through a stream that reports write errors; System.out swallows them
        Output.Stdout out = new Output.Stdout();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (Throwable t) { // an Error escaping picocli, e.g. OutOfMemoryError
            err.println("error: internal failure (" + excerpt(String.valueOf(t), args) + ")");
            code = INTERNAL_FAILURE;
        }
        if (out.checkError() && code == OK && !out.readerGone()) { // e.g. --help into a full disk
            err.println("error: " + Output.stdoutFailure(out));
            code = BAD_INPUT;
        }
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
        return configure(commandLine(args.length == 0 ? null : args[0]), out, err).execute(args);
    }

    /** picocli's system property: regular expressions of the types whose built-in converters it skips. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** The subcommands, by name, in the order {@code --help} lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS;

    static {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("weights", WeightsCommand::new);
        m.put("matrix", MatrixCommand::new);
        m.put("table", TableCommand::new);
        m.put("nd", NdCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("design", DesignCommand::new);
        m.put("compact", CompactCommand::new);
        m.put("response", ResponseCommand::new);
        m.put("sbp", SbpCommand::new);
        m.put("reference-tables", ReferenceTablesCommand::new);
        SUBCOMMANDS = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Builds the command line with only the subcommand that was named, when one was: picocli
     * builds the model of every subcommand it is given, and a cold start should not pay for five
     * it will not run. Anything else (no argument, {@code --help}, a typo) gets every subcommand,
     * so that help and messages list them all.
     */
    static CommandLine commandLine(String first) {
        // no option is a date, time or SQL type: picocli need not load java.time and java.sql to convert them
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        CommandLine cl = new CommandLine(new Main());
        SUBCOMMANDS.forEach((name, command) -> {
            if (first == null || !SUBCOMMANDS.containsKey(first) || first.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        return cl;
    }

    /**
     * Sets the writers and the error policy: bad input gives exit code 2 and one
     * {@code error:} line; anything else thrown is an internal failure, exit code 1.
     */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setExpandAtFiles(false); // "@/etc/shadow" is an ordinary argument, not the file's lines
        // an option's value may look like an option: --offsets=-h1,0,h2 starts like -h (help)
        cl.setAllowOptionsAsOptionParameters(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + excerpt(ex.getMessage(), arguments) + " (see '" + command + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String[] arguments = parseResult.originalArgs().toArray(new String[0]);
            if (ex instanceof Output.ReaderGone) { // `... | head`: the reader has all it wanted
                return PIPE_CLOSED;
            }
            if (ex instanceof StencilforgeException) {
                err.println("error: " + excerpt(ex.getMessage(), arguments));
                return BAD_INPUT;
            }
            err.println("error: internal failure (" + excerpt(String.valueOf(ex), arguments) + "); please report it");
            return INTERNAL_FAILURE;
        });
        return cl;
    }

    /** The longest excerpt of one user argument an error message shows, in characters. */
    static final int EXCERPT = 40;
    /** The longest word of any other text an error message shows. */
    private static final int WORD = 60;
    /** The longest error message. */
    private static final int MESSAGE = 300;
    /** How much of a message is looked at. */
    private static final int LONGEST = 1 << 16;

    /**
     * A message as one short line that cannot disturb the terminal: every user
     * argument longer than {@value #EXCERPT} characters that it quotes (picocli
     * quotes whole arguments and option values) is cut to its first
     * {@value #EXCERPT} and {@code ...}; any word still longer than {@value #WORD}
     * (a piece of an argument) is cut likewise, and the whole to {@value #MESSAGE};
     * control characters become {@code ?}.
     *
     * @param message the message
     * @param arguments the command line, whose words are the user's text
     * @return the excerpt
     */
    static String excerpt(String message, String[] arguments) {
        String m = message == null ? "" : message;
        m = m.length() > LONGEST ? cut(m, LONGEST) : m; // what is past this is cut anyway
        Set<String> user = new HashSet<>();
        for (String a : arguments == null ? new String[0] : arguments) {
            int eq = a.indexOf('=');
            for (String token : eq < 0 ? List.of(a) : List.of(a, a.substring(eq + 1))) { // picocli quotes values
                if (token.codePointCount(0, token.length()) > EXCERPT) {
                    user.add(token);
                }
            }
        }
        // the longest arguments wherever they appear (they may hold spaces); a bounded number of passes
        List<String> longest = new ArrayList<>(user);
        longest.sort(Comparator.comparingInt(String::length).reversed());
        for (String a : longest.subList(0, Math.min(longest.size(), 16))) {
            m = m.replace(a, cut(a, EXCERPT));
        }
        // the others as picocli quotes them, 'like this', in one pass
        List<String> parts = new ArrayList<>();
        for (String part : m.split("'", -1)) {
            parts.add(user.contains(part) ? cut(part, EXCERPT) : part);
        }
        StringBuilder b = new StringBuilder();
        for (String word : String.join("'", parts).split("(?<=\\s)|(?=\\s)")) {
            b.append(word.codePointCount(0, word.length()) > WORD ? cut(word, WORD) : word);
        }
        return printable(b.codePointCount(0, b.length()) > MESSAGE ? cut(b.toString(), MESSAGE) : b.toString());
    }

    /** @return the first {@code n} code points of {@code s} and an ellipsis */
    private static String cut(String s, int n) {
        return s.substring(0, s.offsetByCodePoints(0, n)) + "...";
    }

    /**
     * One line of printable characters: user text echoed in a message cannot
     * disturb the terminal (no escapes, no line breaks, no bidirectional overrides).
     */
    private static String printable(String message) {
        StringBuilder b = new StringBuilder();
        message.codePoints().forEach(c -> b.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c));
        return b.toString();
    }
}
