package org.stencilforge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated source with the JDK's compiler (javax.tools) and calls its static methods. */
public final class GeneratedJava {

    private final Class<?> type;

    private GeneratedJava(Class<?> type) {
        this.type = type;
    }

    /**
     * @param source a complete source file
     * @param qualifiedName the class it declares
     * @return the loaded class
     */
    public static GeneratedJava compile(String source, String qualifiedName) {
        return compile(source, qualifiedName, "8");
    }

    /**
     * @param source a complete source file
     * @param qualifiedName the class it declares
     * @param release the {@code --release} to compile for, or null for the compiler's own
     * @return the loaded class
     */
    public static GeneratedJava compile(String source, String qualifiedName, String release) {
        try {
            Path dir = TempDirs.create("stencilforge-java");
            Path file = dir.resolve(qualifiedName.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter diagnostics = new StringWriter();
            int code = javac.getTask(diagnostics, null, null,
                    release == null ? java.util.List.of("-Xlint:all,-options", "-Werror", "-d", dir.toString())
                            : java.util.List.of("--release", release, "-Xlint:all,-options", "-Werror", "-d",
                                    dir.toString()),
                    null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                            .getJavaFileObjects(file.toFile())).call() ? 0 : 1;
            assertEquals(0, code, "javac: " + diagnostics + "\n" + source);
            URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    GeneratedJava.class.getClassLoader());
            return new GeneratedJava(loader.loadClass(qualifiedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param source a complete source file
     * @param qualifiedName the class it declares
     * @param release the {@code --release} to compile for, or null for the compiler's own
     * @return whether javac compiles it
     */
    public static boolean compiles(String source, String qualifiedName, String release) {
        try {
            Path dir = TempDirs.create("stencilforge-java");
            Path file = dir.resolve(qualifiedName.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("-d", dir.toString()));
            if (release != null) {
                options.addAll(java.util.List.of("--release", release));
            }
            return javac.getTask(new StringWriter(), null, null, options, null,
                    javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile()))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int minLength() {
        try {
            return type.getField("MIN_LENGTH").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    public double apply(double[] f, int i, double h) {
        return (double) call("apply", new Class<?>[] {double[].class, int.class, double.class}, f, i, h);
    }

    public double[] applyAll(double[] in, double h) {
        double[] out = new double[in.length];
        call("applyAll", new Class<?>[] {double[].class, double[].class, double.class}, in, out, h);
        return out;
    }

    public double[] applyAdjoint(double[] in, double h) {
        double[] out = new double[in.length];
        call("applyAdjoint", new Class<?>[] {double[].class, double[].class, double.class}, in, out, h);
        return out;
    }

    /** Calls a static method; an exception it throws is rethrown as it is. */
    public Object call(String name, Class<?>[] parameters, Object... args) {
        try {
            Method method = type.getMethod(name, parameters);
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
