package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stencilforge.cli.MainTest.Run;

/**
 * Output that is safe and never silently lost: arguments are taken literally
 * ({@code @file} is inert), errors echo only short excerpts of user text, a write
 * error is an {@code error:} line and exit code 2, and {@code --output} writes
 * through devices, FIFOs and links instead of replacing them.
 */
class OutputSafetyTest {

    private static final String[] D2 = {"weights", "--derivative", "2", "--accuracy", "4"};

    private static Run run(String... args) {
        return MainTest.run(args);
    }

    private static String[] d2(String... more) {
        return Stream.concat(Stream.of(D2), Stream.of(more)).toArray(String[]::new);
    }

    /** What the command prints on stdout, for comparison with what lands in a file. */
    private static String expected() {
        Run r = run(D2);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    private static boolean isOther(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static void assertOneErrorLine(Run r) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void anAtFileIsAnOrdinaryArgumentAndItsContentsAreNeverShown(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "root:$6$TOPSECRET-LINE:19000:0:99999:7:::\n--derivative\n");
        String at = "@" + secret;
        for (String[] args : List.of(d2(at), new String[] {"weights", "--derivative", "1", "--offsets", at},
                new String[] {at}, new String[] {"weights", at})) {
            Run r = run(args);
            assertOneErrorLine(r);
            assertFalse(r.err().contains("TOPSECRET"), r.err());
        }
        assertTrue(run(d2(at)).err().startsWith("error: Unmatched argument at index 5: '@"), run(d2(at)).err());
    }

    static Stream<Arguments> longUserText() {
        String x = "x".repeat(5000);
        String nine = "9".repeat(5000);
        List<String> many = new ArrayList<>(List.of(D2));
        List<String> manyLong = new ArrayList<>(List.of(D2));
        for (int i = 0; i < 2000; i++) {
            many.add("word" + i);
            manyLong.add(i + "x".repeat(60)); // distinct and long: each is cut, in linear time
        }
        return Stream.<String[]>of(
                d2("--" + x), // unknown option
                d2(x), // unmatched argument
                d2("--format", x), // a converter's message
                d2("--format=" + x),
                new String[] {"weights", "--derivative", nine, "--accuracy", "2"}, // not an int
                new String[] {"weights", "--derivative", "1", "--offsets=1," + x}, // a piece of an argument
                new String[] {"weights", "--derivative", "1", "--offsets", "1,2," + x + "\u001b[2J\n" + x},
                new String[] {"nd", "--operator", "D[" + x + "]", "--dimension", "2"},
                new String[] {x},
                manyLong.toArray(String[]::new),
                many.toArray(String[]::new)) // very many unmatched arguments
                .map(args -> Arguments.of((Object) args));
    }

    @ParameterizedTest(name = "[{index}]") // the arguments are too long to name the cases
    @MethodSource("longUserText")
    void longUserTextInAnErrorIsAShortExcerpt(String[] args) {
        Run r = run(args);
        assertOneErrorLine(r);
        assertTrue(r.err().length() < 400, r.err().length() + " characters: " + r.err());
        assertFalse(r.err().contains("x".repeat(Main.EXCERPT + 1)), r.err());
        assertFalse(r.err().contains("9".repeat(Main.EXCERPT + 1)), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    @Test
    void anExcerptKeepsShortTextAndCutsLongArguments() {
        String arg = "a".repeat(100);
        assertEquals("Unknown option: '--x'", Main.excerpt("Unknown option: '--x'", new String[] {"--x"}));
        assertEquals("bad '" + "a".repeat(Main.EXCERPT) + "...' here",
                Main.excerpt("bad '" + arg + "' here", new String[] {arg}));
        assertEquals("value '" + "a".repeat(Main.EXCERPT) + "...'",
                Main.excerpt("value '" + arg + "'", new String[] {"--opt=" + arg}));
        assertEquals("bell ? and ? and ?", Main.excerpt("bell \u0007 and \n and \u202e", new String[0]));
        // an argument with spaces, or with a quote, is cut wherever it appears
        String spaced = "a b ".repeat(50);
        assertEquals("was " + spaced.substring(0, Main.EXCERPT) + "...", Main.excerpt("was " + spaced,
                new String[] {spaced}));
        String quote = "'" + "b".repeat(100);
        assertEquals("''" + "b".repeat(Main.EXCERPT - 1) + "...", Main.excerpt("'" + quote, new String[] {quote}));
    }

    /** The command run as its own process, with its standard output sent to {@code stdout}. */
    private static Process java(File stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout).start();
    }

    @Test
    void aFullDiskOnStandardOutputIsAnErrorLineAndExitCode2() throws Exception {
        File full = new File("/dev/full");
        if (!full.exists()) {
            System.err.println("SKIPPED: /dev/full does not exist here, so a full disk cannot be simulated");
        }
        assumeTrue(full.exists(), "/dev/full does not exist");
        for (String[] args : List.of(D2, new String[] {"--help"}, d2("--output", "-"))) {
            Process p = java(full, args);
            String err;
            try (InputStream e = p.getErrorStream()) {
                err = new String(e.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), err);
            assertEquals("error: cannot write to standard output (No space left on device); free some space"
                    + " or write to a file with --output FILE\n", err);
        }
        Run r = run(d2("--output", "/dev/full"));
        assertOneErrorLine(r);
        assertTrue(r.err().startsWith("error: cannot write \"/dev/full\" (No space left on device)"), r.err());
        assertTrue(isOther(full.toPath()), "/dev/full is still a device");
    }

    /** {@code stencilforge ... | head -c 10}: the reader closes the pipe; no error line, the SIGPIPE exit code. */
    @Test
    void aReaderThatClosesThePipeEarlyIsNotAnError() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2", "--points", "300,300",
                "--format", "mtx")); // about 4 MB, far more than a pipe holds
        Process p = new ProcessBuilder(command).start();
        try (InputStream out = p.getInputStream()) {
            assertEquals("%%MatrixMa", new String(out.readNBytes(10), StandardCharsets.UTF_8));
        }
        String err;
        try (InputStream e = p.getErrorStream()) {
            err = new String(e.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("", err);
        assertEquals(Main.PIPE_CLOSED, p.exitValue());
    }

    @Test
    void aWriteErrorInProcessIsAnErrorLineWithTheSystemsReason() throws IOException {
        assumeTrue(new File("/dev/full").exists(), "/dev/full does not exist");
        java.io.StringWriter err = new java.io.StringWriter();
        try (Output.Stdout full = new Output.Stdout(new java.io.FileOutputStream("/dev/full"))) {
            assertEquals(2, Main.run(D2, full, new java.io.PrintWriter(err, true)));
        }
        assertEquals("error: cannot write to standard output (No space left on device); free some space"
                + " or write to a file with --output FILE\n", err.toString());
    }

    @Test
    void aSuccessfulRunInItsOwnProcessExits0(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = java(out.toFile(), D2);
        p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(expected(), Files.readString(out));
    }

    @Test
    void outputDashIsStandardOutput() {
        Run r = run(d2("--output", "-"));
        assertEquals(0, r.code(), r.err());
        assertEquals(expected(), r.out());
    }

    @Test
    void devStdoutIsStandardOutput() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/dev/stdout")),
                "no /proc/self/fd or /dev/stdout here");
        for (String name : new String[] {"/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"}) {
            if (Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS)) {
                Run r = run(d2("--output", name));
                assertEquals(0, r.code(), r.err());
                assertEquals(expected(), r.out(), name);
            }
        }
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")));
    }

    @Test
    void devNullIsWrittenThroughAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "/dev/null does not exist");
        Run r = run(d2("--output", devNull.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(isOther(devNull), "/dev/null is still a device");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheText(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old text\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
        Run r = run(d2("--output", link.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("real.txt"), Files.readSymbolicLink(link));
        assertEquals(expected(), Files.readString(real));
        // a link to a link, and a dangling link: the file it names is created
        Path chain = Files.createSymbolicLink(dir.resolve("chain.txt"), link.getFileName());
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("new.txt"));
        assertEquals(0, run("weights", "--derivative", "1", "--accuracy", "2", "--output", chain.toString()).code());
        assertTrue(Files.readString(real).startsWith("f'(x)"), Files.readString(real));
        assertEquals(0, run(d2("--output", dangling.toString())).code());
        assertTrue(Files.isSymbolicLink(chain) && Files.isSymbolicLink(dangling));
        assertEquals(expected(), Files.readString(dir.resolve("new.txt")));
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(5, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void aLinkToADirectoryIsRefusedAndStaysALink(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
        Run r = run(d2("--output", link.toString()));
        assertOneErrorLine(r);
        assertTrue(r.err().startsWith("error: cannot write"), r.err());
        assertTrue(Files.isSymbolicLink(link));
        try (Stream<Path> listing = Files.list(sub)) {
            assertEquals(0, listing.count());
        }
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        boolean made;
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            made = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (!made) {
            System.err.println("SKIPPED: mkfifo is not available, so writing to a FIFO was not tried");
        }
        assumeTrue(made, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo); // opening blocks until the command opens it for writing
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Run r = run(d2("--output", fifo.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals(expected(), reader.get(60, TimeUnit.SECONDS));
        assertTrue(isOther(fifo), "the FIFO is still a FIFO");
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void aReadOnlyDirectoryIsAnErrorAndNoFile(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("d2.txt"), "old\n");
        assumeTrue(locked.toFile().setWritable(false, false), "cannot change permissions here");
        try {
            // root may write anywhere: this check needs a non-root user, so it is skipped when run as root
            assumeTrue(!Files.isWritable(locked), "running as root, which permissions do not stop");
            Run r = run(d2("--output", locked.resolve("d2.txt").toString()));
            assertOneErrorLine(r);
            assertEquals("old\n", Files.readString(locked.resolve("d2.txt")));
        } finally {
            locked.toFile().setWritable(true, true);
        }
    }
}
