package org.stencilforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Asserts that a whole document compiles to a PDF without errors. */
    public static void assertCompiles(String document) throws IOException, InterruptedException {
        ExternalTools.require(available(), "pdflatex", "apt-get install texlive-latex-base texlive-latex-recommended");
        Path dir = Files.createTempDirectory("stencilforge-latex");
        Files.writeString(dir.resolve("doc.tex"), document, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
        assertEquals(0, p.exitValue(), "pdflatex failed:\n" + log + "\n" + document);
        assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
    }
}
