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
     * @return the options, after refusing options of another format (such as
     *     {@code --standalone} without LaTeX) rather than silently ignoring them
     * @throws StencilforgeException for such an option, or an invalid name
     */
    static RenderOptions options(Format format, ParseResult parsed, boolean standalone, String packageName,
            String className, String matrixEnvironment) {
        if (format != Format.LATEX && (standalone || parsed.hasMatchedOption("--latex-env"))) {
            throw new StencilforgeException("--standalone and --latex-env shape LaTeX output; add --format latex"
                    + " or drop them");
        }
        if (format != Format.JAVA && (parsed.hasMatchedOption("--class-name")
                || parsed.hasMatchedOption("--package"))) {
            throw new StencilforgeException("--class-name and --package name generated Java; add --format java"
                    + " or drop them");
        }
        return new RenderOptions(standalone, packageName, className, matrixEnvironment);
    }
}
