package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Inputs within the count limits that used to run for minutes or out of
 * memory: each is now refused at once (exit 2, one {@code error:} line) or
 * finishes; none is an internal failure (exit 1). No timing is asserted.
 */
class HostileInputTest {

    private static MainTest.Run run(List<String> args) {
        return MainTest.run(args.toArray(String[]::new));
    }

    /** Exit 2 with one error line and nothing on stdout, or exit 0; never 1, never a stack trace. */
    private static void refusedOrDone(MainTest.Run r) {
        assertTrue(r.code() == 0 || r.code() == 2, "exit " + r.code() + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        if (r.code() == 2) {
            assertEquals("", r.out(), "nothing on stdout");
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals(r.err().length() - 1, r.err().indexOf('\n'), "one line: " + r.err());
        }
    }

    private static void refused(MainTest.Run r, String expected) {
        refusedOrDone(r);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    static Stream<Arguments> refusedAtOnce() {
        Random random = new Random(8);
        Set<Integer> offsets = new LinkedHashSet<>();
        while (offsets.size() < 2049) {
            offsets.add(random.nextInt(1 << 24) - (1 << 23));
        }
        String wide = offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> rational = new ArrayList<>();
        while (rational.size() < 343) {
            rational.add((random.nextInt(2001) - 1000) + "/" + (1 + random.nextInt(1000)) + ","
                    + (random.nextInt(2001) - 1000) + "/" + (1 + random.nextInt(1000)) + ","
                    + (random.nextInt(2001) - 1000) + "/" + (1 + random.nextInt(1000)));
        }
        String huge = "1" + "0".repeat(2999);
        String bracket40 = "D[1" + ",0".repeat(39) + "]";
        return Stream.of(
                Arguments.of(List.of("weights", "--derivative", "1000", "--accuracy", "2"), "--max-work"),
                Arguments.of(List.of("weights", "--derivative", "1", "--accuracy", "2048"), "--max-work"),
                Arguments.of(List.of("weights", "--derivative", "1", "--offsets=" + wide), "--max-work"),
                Arguments.of(List.of("matrix", "--derivative", "1", "--accuracy", "1000", "--points", "2049"),
                        "--max-work"),
                Arguments.of(List.of("table", "--derivatives", "1..6", "--accuracies", "2..1200"), "--max-work"),
                Arguments.of(List.of("nd", "--derivative", "1,0,0,0,0,0,0,0,0,0,0,1", "--accuracy", "2",
                        "--error-terms", "50"), "--max-work"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--dimension", "3", "--shape", "box",
                        "--radius", "3", "--error-terms", "100"), "--max-work"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--offsets=" + String.join(";", rational)),
                        "too long to solve"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--offsets=" + huge
                        + ",0,0;0,0,0;1,0,0;0,1,0;0,0,1;-1,0,0;0,-1,0;0,0,-1"), "too long to solve"),
                Arguments.of(List.of("nd", "--operator", bracket40, "--accuracy", "2"), "at most 12 dimensions"),
                Arguments.of(List.of("weights", "--derivative", "1", "--accuracy", "2", "--error-terms", "2147483647",
                        "--max-error-terms", "2147483647"), "--max-work"),
                // the worst cases with the counts lifted: the work budget still refuses before allocating
                Arguments.of(List.of("weights", "--derivative", "1", "--accuracy", "2147483646", "--max-nodes",
                        "2147483647"), "--max-work"),
                Arguments.of(List.of("matrix", "--derivative", "1", "--accuracy", "2", "--points", "2147483647",
                        "--max-nodes", "2147483647"), "--max-work"),
                Arguments.of(List.of("matrix", "--derivative", "1", "--accuracy", "2", "--points", "100000",
                        "--max-nodes", "2147483647", "--format", "json"), "--max-work"),
                Arguments.of(List.of("table", "--derivatives", "1", "--accuracies", "0..2147483646", "--max-nodes",
                        "2147483647"), "--max-work"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--dimension", "3", "--shape", "box",
                        "--radius", "600", "--max-nodes", "2147483647"), "--max-work"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--dimension", "3", "--shape", "diamond",
                        "--radius", "1000", "--max-nodes", "2147483647"), "--max-work"),
                Arguments.of(List.of("nd", "--operator", "laplacian", "--dimension", "12", "--shape", "box",
                        "--radius", "1000", "--max-nodes", "2147483647"), "exceed the limit"),
                Arguments.of(List.of("nd", "--derivative", "1,1", "--accuracy", "2000", "--max-nodes", "2147483647"),
                        "--max-work"),
                Arguments.of(List.of("weights", "--derivative", "1", "--accuracy", "1000", "--format", "java"),
                        "--max-work"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void refusedAtOnce(List<String> args, String expected) {
        refused(run(args), expected);
    }

    static Stream<List<String>> finish() {
        return Stream.of(
                List.of("nd", "--operator", "laplacian", "--dimension", "3", "--shape", "box", "--radius", "3"),
                List.of("weights", "--derivative", "2", "--accuracy", "4", "--error-terms", "100"),
                List.of("table", "--derivatives", "1..6", "--accuracies", "2..12"),
                List.of("matrix", "--derivative", "1", "--accuracy", "4", "--points", "200", "--format", "csv"),
                List.of("nd", "--operator", "laplacian", "--dimension", "12", "--accuracy", "2"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void finish(List<String> args) {
        MainTest.Run r = run(args);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    /** Every option of every command that takes an integer, fed both extremes of {@code int}. */
    @Test
    void integerOptionsNeverOverflow() {
        List<String> checked = new ArrayList<>();
        CommandLine root = Main.commandLine(null); // every subcommand
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            for (OptionSpec option : spec.options()) {
                Class<?> type = option.type();
                if (type != int.class && type != Integer.class && type != long.class && type != Long.class) {
                    continue;
                }
                String name = option.longestName();
                for (String value : List.of("2147483647", "-2147483648")) {
                    List<String> args = new ArrayList<>(validArguments(spec.name()));
                    int at = args.indexOf(name);
                    if (at >= 0) {
                        args.set(at + 1, value);
                    } else {
                        args.add(name);
                        args.add(value);
                    }
                    MainTest.Run r = run(args);
                    refusedOrDone(r);
                    checked.add(spec.name() + " " + name + " " + value);
                }
            }
        }
        // the options known today must all have been found through the model
        for (String expected : List.of("weights --derivative", "weights --accuracy", "weights --error-terms",
                "weights --max-error-terms", "weights --max-nodes", "weights --max-work", "matrix --derivative",
                "matrix --accuracy", "matrix --points", "matrix --max-nodes", "table --max-nodes",
                "nd --dimension", "nd --radius", "nd --error-terms", "nd --max-nodes", "nd --max-work")) {
            assertTrue(checked.contains(expected + " 2147483647"), expected + " not found in " + checked);
        }
    }

    /** A valid run of each command, for the options to be fed into. */
    private static List<String> validArguments(String command) {
        return switch (command) {
            case "weights" -> List.of("weights", "--derivative", "1", "--accuracy", "2");
            case "matrix" -> List.of("matrix", "--derivative", "1", "--accuracy", "2", "--points", "6");
            case "table" -> List.of("table", "--derivatives", "1,2", "--accuracies", "2,4");
            case "nd" -> List.of("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box",
                    "--radius", "1");
            default -> List.of(command, "--help");
        };
    }
}
