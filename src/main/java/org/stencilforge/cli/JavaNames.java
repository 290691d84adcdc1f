package org.stencilforge.cli;

import picocli.CommandLine.Option;

/** The names of a generated Java class, for the commands that generate one. */
final class JavaNames {

    @Option(names = "--class-name", paramLabel = "NAME", defaultValue = "Stencil",
            description = "Java: the class name (default: ${DEFAULT-VALUE}).")
    String className;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = "",
            description = "Java: the package (default: none).")
    String packageName;
}
