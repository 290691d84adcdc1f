package org.stencilforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles LaTeX with a real pdflatex. Where none is installed the calling test
 * is skipped with a message saying so, except on CI (the {@code CI} variable is
 * set), where .ci/run installs it and its absence is a failure.
 */
public final class Pdflatex {

    private Pdflatex() {
    }

    public static boolean available() {
        return ExternalTools.runs("pdflatex", "--version");
    }

    /**
     * Asserts that a whole document compiles to a PDF without errors and that
     * nothing sticks out of its lines: no {@code Overfull \hbox} in the log.
     */
    public static void assertCompiles(String document) throws IOException, InterruptedException {
        List<String> overfull = overfullBoxes(compile(document));
        assertTrue(overfull.isEmpty(), "pdflatex reports boxes wider than the page:\n"
                + String.join("\n", overfull) + "\n" + document);
    }

    /**
     * Compiles a whole document, asserting that pdflatex succeeds and writes a PDF.
     *
     * @return the text of the {@code .log} file pdflatex wrote
     */
    public static String compile(String document) throws IOException, InterruptedException {
        ExternalTools.require(available(), "pdflatex", "apt-get install texlive-latex-base texlive-latex-recommended");
        Path dir = TempDirs.create("stencilforge-latex");
        try {
            Files.writeString(dir.resolve("doc.tex"), document, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
            assertEquals(0, p.exitValue(), "pdflatex failed:\n" + output + "\n" + document);
            assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
            // the log is in the 8-bit encoding TeX writes; Latin-1 reads every byte
            return Files.readString(dir.resolve("doc.log"), StandardCharsets.ISO_8859_1);
        } finally {
            TempDirs.delete(dir);
        }
    }

    /** @return the lines of a pdflatex log that report an {@code Overfull \hbox}, with the line after each */
    public static List<String> overfullBoxes(String log) {
        List<String> lines = log.lines().toList();
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Overfull \\hbox")) {
                found.add(lines.get(i) + (i + 1 < lines.size() ? "\n  " + lines.get(i + 1) : ""));
            }
        }
        return found;
    }
}
