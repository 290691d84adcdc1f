package org.stencilforge;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools that tests run on generated output (pdflatex, gcc, gfortran,
 * python3 with NumPy): whether one is there, and what a test does when it is
 * not: skip with a message on a developer's machine, fail on CI (where the
 * {@code CI} variable is set and .ci/run installs every tool).
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** @return whether the command runs and exits with 0 within a minute */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Skips the test with a message, or fails on CI, when a tool is missing.
     *
     * @param available whether the tool is there
     * @param tool its name
     * @param install how to install it
     */
    public static void require(boolean available, String tool, String install) {
        if (!available && System.getenv("CI") != null) {
            throw new AssertionError(tool + " is missing on CI; .ci/run installs it (" + install + ")");
        }
        if (!available) {
            System.err.println("SKIPPED: " + tool + " is not installed, so generated output was not compiled ("
                    + install + ")");
        }
        Assumptions.assumeTrue(available, tool + " is not installed");
    }
}
