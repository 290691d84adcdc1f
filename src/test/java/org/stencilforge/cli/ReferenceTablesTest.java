package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stencilforge.Pdflatex;
import org.stencilforge.cli.MainTest.Run;

/**
 * The committed tables/ are exactly what the engine generates now, and
 * {@code reference-tables} writes all of its files or none.
 */
class ReferenceTablesTest {

    private static final Path TABLES = Path.of("tables");

    @Test
    void committedTablesAreWhatTheEngineGenerates() throws IOException {
        Map<String, String> generated = ReferenceTablesCommand.files();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = TABLES.resolve(file.getKey());
            assertTrue(Files.exists(path), path + " is missing; regenerate with"
                    + " java -jar target/stencilforge.jar reference-tables --directory tables");
            assertEquals(file.getValue(), Files.readString(path, StandardCharsets.UTF_8),
                    path + " differs from what the engine generates; regenerate it (see tables/README.md)");
        }
        try (Stream<Path> files = Files.list(TABLES)) {
            Set<String> committed = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(generated.keySet(), committed, "tables/ holds only generated files");
        }
    }

    @Test
    void committedLatexTablesCompile() throws Exception {
        for (String scheme : new String[] {"central", "forward", "backward"}) {
            String body = Files.readString(TABLES.resolve(scheme + ".tex"), StandardCharsets.UTF_8);
            Pdflatex.assertCompiles("\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                    + "\\usepackage[landscape,margin=2cm]{geometry}\n\\begin{document}\n" + body
                    + "\\end{document}\n");
        }
    }

    @Test
    void tablesHoldTheRequestedFamilies() {
        Map<String, String> files = ReferenceTablesCommand.files();
        assertEquals(13, files.size());
        String central = files.get("central.md");
        assertTrue(central.contains("## Central differences, derivative 6"));
        // 12th-order central first derivative: 6/7 at offset 1 (e.g. Fornberg 1988, Table 1)
        assertTrue(central.contains("| 12 | 1/5544 | -1/385 | 1/56 | -5/63 | 15/56 | -6/7 | 0 | 6/7 |"), central);
        // 8th-order forward first derivative starts with -761/280 (Fornberg 1988, Table 3)
        assertTrue(files.get("forward.md").contains("| 8 | -761/280 | 8 |"), files.get("forward.md"));
    }

    /** @return every path under {@code dir} with its contents ({@code <dir>} for a directory), sorted */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                all.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        return all;
    }

    /** A directory holding some of the tables, older, and a file of the user's. */
    private static void oldTables(Path dir) throws IOException {
        Files.writeString(dir.resolve("central.md"), "old central\n");
        Files.writeString(dir.resolve("forward.md"), "old forward\n");
        Files.writeString(dir.resolve("notes.txt"), "mine\n");
    }

    @Test
    void aFileInTheWayLeavesTheDirectoryAsItWas(@TempDir Path dir) throws IOException {
        oldTables(dir);
        // the last table but one cannot be written: a directory holds its name
        Files.createDirectories(dir.resolve("backward.tex").resolve("inside"));
        Map<String, String> before = snapshot(dir);
        Run r = MainTest.run("reference-tables", "--directory", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: cannot write \""), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aFailureWhileMovingIntoPlacePutsEveryFileBack(@TempDir Path dir) throws Exception {
        oldTables(dir);
        Path stuck = Files.writeString(dir.resolve("forward.json"), "old forward json\n");
        // an immutable file cannot be replaced or renamed, even by root: central.* are in place by then
        boolean immutable = runs("chattr", "+i", stuck.toString());
        if (!immutable) {
            System.err.println("SKIPPED: chattr +i is not possible here (it needs root and a file system with"
                    + " attributes), so a failure part-way through the moves was not simulated");
        }
        assumeTrue(immutable, "chattr +i is not possible here");
        try {
            Map<String, String> before = snapshot(dir);
            Run r = MainTest.run("reference-tables", "--directory", dir.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("error: cannot write"), r.err());
            assertEquals(before, snapshot(dir));
        } finally {
            runs("chattr", "-i", stuck.toString());
        }
    }

    @Test
    void aReadOnlyDirectoryIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        oldTables(locked);
        assumeTrue(locked.toFile().setWritable(false, false), "cannot change permissions here");
        try {
            // root may write anywhere: this check needs a non-root user, so it is skipped when run as root
            assumeTrue(!Files.isWritable(locked), "running as root, which permissions do not stop");
            Map<String, String> before = snapshot(locked);
            Run r = MainTest.run("reference-tables", "--directory", locked.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(before, snapshot(locked));
        } finally {
            locked.toFile().setWritable(true, true);
        }
    }

    @Test
    void aSuccessfulRunReplacesTheTablesAndKeepsOtherFiles(@TempDir Path dir) throws IOException {
        oldTables(dir);
        Path fresh = dir.resolve("new/sub");
        for (Path target : new Path[] {dir, fresh}) {
            Run r = MainTest.run("reference-tables", "--directory", target.toString());
            assertEquals(0, r.code(), r.err());
            Map<String, String> expected = new TreeMap<>(ReferenceTablesCommand.files());
            if (target == dir) {
                expected.put("notes.txt", "mine\n");
            }
            assertEquals(expected, snapshot(target).entrySet().stream().filter(e -> !e.getKey().isEmpty()
                    && !e.getKey().equals("new")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                    (a, b) -> a, TreeMap::new)), "the tables, the user's file, and no temporary files");
        }
    }

    /** @return whether the command ran and exited with 0 */
    private static boolean runs(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
