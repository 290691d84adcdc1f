package org.stencilforge.cli;

import java.nio.file.Path;
import org.stencilforge.StencilforgeException;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The options every command shares: where the output goes, and whole LaTeX documents. */
final class OutputOptions {

    @Option(names = "--standalone", description = "LaTeX: a whole compilable document.")
    boolean standalone;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of stdout; - is stdout. A device,"
                + " FIFO or link is written through, never replaced.")
    Path output;

    /**
     * @return the render options, after refusing options of another format (such
     *     as {@code --standalone} without LaTeX) rather than silently ignoring them
     * @throws StencilforgeException for such an option
     */
    RenderOptions renderOptions(Format format, ParseResult parsed, String matrixEnvironment) {
        if (format != Format.LATEX && (standalone || parsed.hasMatchedOption("--latex-env"))) {
            throw new StencilforgeException("--standalone and --latex-env shape LaTeX output; add --format latex"
                    + " or drop them");
        }
        return new RenderOptions(standalone, matrixEnvironment);
    }

    /** Writes the finished text to {@code --output}, or to the command's stdout. */
    void write(String text, CommandSpec spec) {
        Output.write(text, output, spec.commandLine().getOut());
    }
}
