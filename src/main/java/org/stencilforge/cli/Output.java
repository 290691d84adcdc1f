package org.stencilforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.RationalParser;

/** Where a command's finished text goes: stdout, or a file written whole or not at all. */
final class Output {

    private Output() {
    }

    /**
     * @param text the complete output
     * @param file the file to write, or {@code null} for {@code out}
     * @param out standard output, used only when {@code file} is {@code null}
     * @throws StencilforgeException if the file cannot be written; it is then left as it was
     */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            // a new file beside the target, with the permissions any new file gets (umask)
            temporary = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target
                }
            }
            throw new StencilforgeException("cannot write " + RationalParser.quote(file.toString()) + " ("
                    + e.getClass().getSimpleName() + "); check that the directory is writable");
        }
    }
}
