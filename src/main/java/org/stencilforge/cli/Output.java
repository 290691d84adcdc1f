package org.stencilforge.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;

/**
 * Where a command's finished text goes: standard output, or a file.
 *
 * <p>A regular file (or a new one) is written whole or not at all: the text goes
 * to a temporary file beside it, which is then moved over it. A symbolic link to
 * a regular file has the file it points to replaced that way; the link stays.
 * Anything else that is not a directory (a device such as {@code /dev/null}, a
 * FIFO, a dangling link, {@code /dev/stdout}) is written through, never
 * replaced. {@code -} means standard output. Every write error is reported.
 */
final class Output {

    /** The name that means standard output. */
    static final String STDOUT = "-";

    private static final Path PROC = Path.of("/proc");

    private Output() {
    }

    /**
     * @param text the complete output
     * @param file the file to write, or {@code null} or {@code -} for {@code out}
     * @param out standard output, used only for {@code null} or {@code -}
     * @throws StencilforgeException if the text cannot be written; a regular file
     *     is then left as it was
     */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null || file.toString().equals(STDOUT)) {
            toStdout(text, out);
            return;
        }
        Path temporary = null;
        try {
            Path target = file.toAbsolutePath();
            Path proc = procPath(target);
            if (proc != null && proc.equals(PROC.resolve(ProcessHandle.current().pid() + "/fd/1"))) {
                toStdout(text, out); // /dev/stdout, /dev/fd/1: our own standard output
                return;
            }
            Path regular = proc == null ? regularFile(target) : null;
            if (regular == null) {
                writeThrough(text, target);
                return;
            }
            Files.createDirectories(regular.getParent());
            temporary = stage(text, regular);
            replace(temporary, regular);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw new StencilforgeException("cannot write " + RationalParser.quote(file.toString()) + " ("
                    + reason(e) + "); check that it names a file in a writable directory");
        }
    }

    /**
     * Writes binary content (a picture) to a file whole or not at all, as {@link #write} does
     * for text; standard output is not a place for it.
     *
     * @param data the complete content
     * @param file the file
     * @throws StencilforgeException if it cannot be written; a regular file is then left as it was
     */
    static void writeBytes(byte[] data, Path file) {
        Path temporary = null;
        try {
            Path target = file.toAbsolutePath();
            Path regular = procPath(target) == null ? regularFile(target) : null;
            if (regular == null) {
                try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
                    o.write(data);
                }
                return;
            }
            Files.createDirectories(regular.getParent());
            temporary = sibling(regular, ".part");
            Files.write(temporary, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            replace(temporary, regular);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw new StencilforgeException("cannot write " + RationalParser.quote(file.toString()) + " ("
                    + reason(e) + "); check that it names a file in a writable directory");
        }
    }

    /**
     * Writes every file into {@code directory}, or none: each is first written to a
     * temporary file beside its target, then all are moved into place; if anything
     * fails, what was staged is removed and the files that were replaced come back.
     *
     * @param files the text of each file, by name
     * @throws StencilforgeException if any file cannot be written; the directory is
     *     then left as it was
     */
    static void writeAll(Map<String, String> files, Path directory) {
        Path dir = directory.toAbsolutePath();
        Path created = firstMissing(dir);
        Map<Path, Path> staged = new LinkedHashMap<>(); // target -> temporary
        List<Path[]> moved = new ArrayList<>(); // {target, backup or null}, in the order they were moved
        String name = null;
        try {
            Files.createDirectories(dir);
            for (String n : files.keySet()) {
                name = n;
                Path target = dir.resolve(n);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new StencilforgeException("cannot write " + RationalParser.quote(target.toString())
                            + ": something other than a regular file is in the way; remove it or choose another"
                            + " directory (nothing was written)");
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                name = file.getKey();
                Path target = dir.resolve(file.getKey());
                staged.put(target, stage(file.getValue(), target));
            }
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Path target = file.getKey();
                name = target.getFileName().toString();
                Path backup = null;
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    backup = sibling(target, ".old");
                    replace(target, backup);
                }
                moved.add(new Path[] {target, backup});
                replace(file.getValue(), target);
                file.setValue(null);
            }
        } catch (IOException | RuntimeException e) {
            undo(staged, moved);
            if (created != null) {
                removeEmpty(dir, created);
            }
            if (e instanceof StencilforgeException s) {
                throw s;
            }
            throw new StencilforgeException("cannot write " + RationalParser.quote(dir.resolve(name).toString())
                    + " (" + reason(e) + "); check that the directory is writable (nothing was written)");
        }
        for (Path[] m : moved) {
            delete(m[1]);
        }
    }

    /** Standard output as a writer that remembers why writing failed; a plain PrintWriter keeps only a flag. */
    static final class Stdout extends PrintWriter {

        private final Recorder stream;

        Stdout() {
            this(new Recorder(new FileOutputStream(FileDescriptor.out)));
        }

        Stdout(OutputStream stream) {
            this(new Recorder(stream));
        }

        private Stdout(Recorder stream) {
            super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
            this.stream = stream;
        }

        /** @return the system's reason for the first failed write, or {@code null} */
        String failure() {
            IOException e = stream.failure;
            return e == null ? null : reason(e);
        }

        /** @return whether a write failed because the reading end of a pipe was closed (EPIPE) */
        boolean readerGone() {
            IOException e = stream.failure;
            return e != null && "Broken pipe".equals(e.getMessage());
        }
    }

    /** Passes bytes on and keeps the first exception. */
    private static final class Recorder extends FilterOutputStream {

        volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    /**
     * @return the message for a failed write to standard output; exit code 2, like
     *     a file that cannot be written: the cause is outside the program (a full
     *     disk, a closed pipe) and the user can fix it
     */
    static String stdoutFailure(PrintWriter out) {
        String why = out instanceof Stdout s && s.failure() != null ? s.failure() : "write error";
        return "cannot write to standard output (" + why + "); free some space or write to a file with"
                + " --output FILE";
    }

    private static void toStdout(String text, PrintWriter out) {
        out.print(text);
        if (out.checkError()) { // flushes first
            throw out instanceof Stdout s && s.readerGone() ? new ReaderGone() : new StencilforgeException(
                    stdoutFailure(out));
        }
    }

    /**
     * Standard output is a pipe whose reader has closed it ({@code stencilforge ... | head}): not
     * an error of the command's, so nothing is printed and the exit code is the shell's for a
     * process ended by SIGPIPE, {@value Main#PIPE_CLOSED}.
     */
    static final class ReaderGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReaderGone() {
            super("standard output was closed by its reader");
        }
    }

    /**
     * @return the regular file to replace for {@code target} (itself, or the file a
     *     symbolic link points to), or {@code null} to write through it
     * @throws IOException if it is a directory
     */
    private static Path regularFile(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "a directory");
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            Path real = target.toRealPath();
            return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? real : null;
        }
        return null; // a device, a FIFO, a socket, a dangling link
    }

    /**
     * @return the first path under {@code /proc} that following {@code path} and its
     *     links reaches, or {@code null}; the links there ({@code /proc/self/fd/1},
     *     behind {@code /dev/stdout}) name open files, not paths, so they are never
     *     replaced
     */
    private static Path procPath(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; hops < 40; hops++) {
            Path parent = p.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                p = parent.toRealPath().resolve(p.getFileName());
            }
            if (p.startsWith(PROC)) {
                return p;
            }
            if (!Files.isSymbolicLink(p)) {
                return null;
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return null; // a loop of links: writing through it reports it
    }

    /** Writes into an existing special file, or creates the file a dangling link names; appends, never truncates. */
    private static void writeThrough(String text, Path target) throws IOException {
        try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @return a new hidden file beside {@code target} holding the text, with the permissions any new file gets */
    private static Path stage(String text, Path target) throws IOException {
        Path temporary = sibling(target, ".part");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
        return temporary;
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + suffix);
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the staged files and puts back the ones already replaced, last first. */
    private static void undo(Map<Path, Path> staged, List<Path[]> moved) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Path target = moved.get(i)[0];
            Path backup = moved.get(i)[1];
            try {
                if (staged.get(target) == null) { // the new file is in place
                    Files.deleteIfExists(target);
                }
                if (backup != null) {
                    replace(backup, target);
                }
            } catch (IOException | RuntimeException ignored) {
                // best effort: the backup keeps a hidden name beside the target
            }
        }
        staged.values().forEach(Output::delete);
    }

    /** @return the highest ancestor of {@code dir} (or itself) that does not exist, or {@code null} */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes the directories from {@code dir} up to {@code top} that this run created, if empty. */
    private static void removeEmpty(Path dir, Path top) {
        for (Path p = dir; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                return; // not empty: something else is in it
            }
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException ignored) {
                // hidden and named after its target
            }
        }
    }

    /** @return the system's reason, never a path (paths are the user's text) */
    static String reason(Exception e) {
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        }
        if (e.getClass() == IOException.class && e.getMessage() != null && e.getMessage().length() <= 60) {
            return e.getMessage(); // FileOutputStream's plain IOException: "No space left on device"
        }
        return e.getClass().getSimpleName();
    }
}
