package org.stencilforge.cli;

import org.stencilforge.derivation.Limits;
import picocli.CommandLine.Option;

/** The work budget every deriving command shares ({@link Limits#maxWork}). */
final class WorkLimit {

    @Option(names = "--max-work", paramLabel = "W", defaultValue = "" + Limits.DEFAULT_WORK,
            description = "Refuse requests estimated to need more work than this, in units of about a"
                    + " nanosecond (default: ${DEFAULT-VALUE}, a few seconds).")
    long maxWork;
}
