package org.stencilforge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary directories for compiled code, LaTeX runs and generated sources, deleted with
 * everything in them when the test JVM exits (classes loaded from some of them stay in use
 * until then), so that repeated test runs leave nothing behind in the temporary folder.
 */
public final class TempDirs {

    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDirs::deleteAll, "delete test temp dirs"));
    }

    private TempDirs() {
    }

    /**
     * @param prefix the start of the directory's name
     * @return a new empty directory, to be deleted at exit
     */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (CREATED) {
                CREATED.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory and all it holds, deepest first; a file that cannot be deleted stays. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: the temporary folder is the system's to clean
        }
    }

    private static void deleteAll() {
        synchronized (CREATED) {
            CREATED.forEach(TempDirs::delete);
        }
    }
}
