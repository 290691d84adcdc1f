package org.stencilforge.codegen;

import org.stencilforge.ExternalTools;
import java.nio.file.Path;
import java.util.List;

/** Compiles a generated C header with gcc (C99, every warning an error) into drivers, and runs them. */
final class GeneratedC extends Toolchain {

    static final String[] FLAGS = {"-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2"};

    private static Boolean available;

    private final String name;
    private final boolean pointwise;

    private GeneratedC(Path dir, String name, String source, boolean pointwise) {
        super(dir, source);
        this.name = name;
        this.pointwise = pointwise;
    }

    static synchronized boolean available() {
        if (available == null) {
            available = ExternalTools.runs("gcc", "--version");
        }
        return available;
    }

    /**
     * @param source the header
     * @param name its prefix
     * @param pointwise whether it is a multidimensional stencil (else a whole-array operator)
     * @return the compiled driver
     */
    static GeneratedC compile(String source, String name, boolean pointwise) {
        ExternalTools.require(available(), "gcc", "apt-get install gcc");
        Path dir = tempDir("stencilforge-c");
        write(dir.resolve(name + ".h"), source);
        String driver = pointwise ? pointDriver(name) : arrayDriver(name);
        write(dir.resolve("driver.c"), driver);
        String[] command = new String[FLAGS.length + 6];
        command[0] = "gcc";
        System.arraycopy(FLAGS, 0, command, 1, FLAGS.length);
        command[FLAGS.length + 1] = "driver.c";
        command[FLAGS.length + 2] = "-o";
        command[FLAGS.length + 3] = "driver";
        command[FLAGS.length + 4] = "-lm";
        command[FLAGS.length + 5] = "-I.";
        exec(dir, "", source + "\n" + driver, command);
        return new GeneratedC(dir, name, source, pointwise);
    }

    private static String arrayDriver(String name) {
        return "#include <stdio.h>\n#include <stdlib.h>\n#include \"" + name + ".h\"\n\n"
                + "static void read_values(double *x, long n)\n{\n"
                + "    for (long i = 0; i < n; i++) {\n        if (scanf(\"%lf\", &x[i]) != 1) {\n"
                + "            exit(3);\n        }\n    }\n}\n\n"
                + "static void print(const double *x, long n)\n{\n"
                + "    for (long i = 0; i < n; i++) {\n        printf(\"%.17g\\n\", x[i]);\n    }\n}\n\n"
                + "int main(void)\n{\n    int cases;\n    if (scanf(\"%d\", &cases) != 1) {\n        return 2;\n    }\n"
                + "    printf(\"%d\\n\", " + name + "_MIN_LENGTH);\n"
                + "    for (int k = 0; k < cases; k++) {\n        long n;\n        double h;\n"
                + "        if (scanf(\"%ld %lf\", &n, &h) != 2) {\n            return 2;\n        }\n"
                + "        double *f = malloc(sizeof(double) * (size_t)n);\n"
                + "        double *g = malloc(sizeof(double) * (size_t)n);\n"
                + "        double *out = malloc(sizeof(double) * (size_t)n);\n"
                + "        read_values(f, n);\n        read_values(g, n);\n"
                + "        " + name + "_apply_all(f, out, n, h);\n        print(out, n);\n"
                + "        " + name + "_apply_adjoint(g, out, n, h);\n        print(out, n);\n"
                + "        for (long i = 0; i < n; i++) {\n"
                + "            printf(\"%.17g\\n\", " + name + "_apply(f, n, i, h));\n        }\n"
                + "        free(f);\n        free(g);\n        free(out);\n    }\n    return 0;\n}\n";
    }

    private static String pointDriver(String name) {
        return "#include <stdio.h>\n#include <stdlib.h>\n#include \"" + name + ".h\"\n\n"
                + "int main(void)\n{\n    int d;\n    if (scanf(\"%d\", &d) != 1 || d != " + name + "_DIMENSION) {\n"
                + "        return 2;\n    }\n    ptrdiff_t strides[16];\n    long value;\n"
                + "    for (int k = 0; k < d; k++) {\n        if (scanf(\"%ld\", &value) != 1) {\n            return 2;\n"
                + "        }\n    }\n"
                + "    for (int k = 0; k < d; k++) {\n        if (scanf(\"%ld\", &value) != 1) {\n            return 2;\n"
                + "        }\n        strides[k] = value;\n    }\n"
                + "    double h;\n    long n;\n    if (scanf(\"%lf %ld\", &h, &n) != 2) {\n        return 2;\n    }\n"
                + "    double *f = malloc(sizeof(double) * (size_t)n);\n"
                + "    for (long i = 0; i < n; i++) {\n        if (scanf(\"%lf\", &f[i]) != 1) {\n            return 2;\n"
                + "        }\n    }\n    long count;\n    if (scanf(\"%ld\", &count) != 1) {\n        return 2;\n    }\n"
                + "    for (long j = 0; j < count; j++) {\n        if (scanf(\"%ld\", &value) != 1) {\n"
                + "            return 2;\n        }\n"
                + "        printf(\"%.17g\\n\", " + name + "_apply(f, value, strides, h));\n    }\n"
                + "    free(f);\n    return 0;\n}\n";
    }

    String name() {
        return name;
    }

    boolean pointwise() {
        return pointwise;
    }
}
