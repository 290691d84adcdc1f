package org.stencilforge.cli;

import org.stencilforge.StencilforgeException;
import org.stencilforge.codegen.Language;
import org.stencilforge.render.Format;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The names of generated code, for the commands that generate it. */
final class CodeOptions {

    @Option(names = "--name", paramLabel = "NAME",
            description = "Code: the name (C prefix, Fortran module, Python module, Java class; default stencil,"
                    + " or Stencil in Java).")
    String name;

    @Option(names = "--class-name", paramLabel = "NAME", description = "Java: the class name (default: Stencil).")
    String className;

    @Option(names = "--package", paramLabel = "NAME", description = "Java: the package (default: none).")
    String packageName;

    /**
     * @param format the chosen format
     * @return the language, or {@code null} for a document
     */
    static Language language(Format format) {
        return format.isCode() ? Language.valueOf(format.name()) : null;
    }

    /**
     * @return the checked name of the generated code: {@code --name}, or for
     *     Java {@code --package} and {@code --class-name} joined
     * @throws StencilforgeException for names given with a document format, Java
     *     options with another language, or a name the language refuses
     */
    String name(Format format) {
        boolean java = className != null || packageName != null;
        if (!format.isCode()) {
            if (name != null || java) {
                throw new StencilforgeException("--name, --class-name and --package name generated code; add"
                        + " --format java, c, fortran or python, or drop them");
            }
            return null;
        }
        Language language = language(format);
        if (language != Language.JAVA && java) {
            throw new StencilforgeException("--class-name and --package name Java classes; for "
                    + language.label() + " use --name");
        }
        if (name != null && java) {
            throw new StencilforgeException("give either --name or --class-name/--package, not both");
        }
        String chosen = name != null ? name
                : language == Language.JAVA ? (packageName == null || packageName.isEmpty() ? "" : packageName + ".")
                        + (className == null ? language.defaultName() : className)
                : language.defaultName();
        return language.checkName(chosen);
    }
}
