package org.stencilforge.cli;

import org.stencilforge.StencilforgeException;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import picocli.CommandLine.ParseResult;

/** The format-specific options shared by the commands, checked against the format chosen. */
final class Formats {

    private Formats() {
    }

    /**
     * @return the options, after refusing {@code --standalone} without LaTeX and
     *     Java names without Java, rather than ignoring them
     */
    static RenderOptions options(Format format, boolean standalone, String packageName, String className,
            ParseResult parsed) {
        if (standalone && format != Format.LATEX) {
            throw new StencilforgeException("--standalone makes a whole LaTeX document; add --format latex"
                    + " or drop --standalone");
        }
        if (format != Format.JAVA && (parsed.hasMatchedOption("--class-name")
                || parsed.hasMatchedOption("--package"))) {
            throw new StencilforgeException("--class-name and --package name generated Java; add --format java"
                    + " or drop them");
        }
        return new RenderOptions(standalone, packageName, className);
    }
}
