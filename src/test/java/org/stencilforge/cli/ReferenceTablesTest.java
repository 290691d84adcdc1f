package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stencilforge.Pdflatex;

/** The committed tables/ are exactly what the engine generates now. */
class ReferenceTablesTest {

    private static final Path TABLES = Path.of("tables");

    @Test
    void committedTablesAreWhatTheEngineGenerates() throws IOException {
        Map<String, String> generated = ReferenceTablesCommand.files();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = TABLES.resolve(file.getKey());
            assertTrue(Files.exists(path), path + " is missing; regenerate with"
                    + " java -jar target/stencilforge.jar reference-tables --directory tables");
            assertEquals(file.getValue(), Files.readString(path, StandardCharsets.UTF_8),
                    path + " differs from what the engine generates; regenerate it (see tables/README.md)");
        }
        try (Stream<Path> files = Files.list(TABLES)) {
            Set<String> committed = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(generated.keySet(), committed, "tables/ holds only generated files");
        }
    }

    @Test
    void committedLatexTablesCompile() throws Exception {
        for (String scheme : new String[] {"central", "forward", "backward"}) {
            String body = Files.readString(TABLES.resolve(scheme + ".tex"), StandardCharsets.UTF_8);
            Pdflatex.assertCompiles("\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{booktabs}\n"
                    + "\\usepackage[landscape,margin=2cm]{geometry}\n\\begin{document}\n" + body
                    + "\\end{document}\n");
        }
    }

    @Test
    void tablesHoldTheRequestedFamilies() {
        Map<String, String> files = ReferenceTablesCommand.files();
        assertEquals(13, files.size());
        String central = files.get("central.md");
        assertTrue(central.contains("## Central differences, derivative 6"));
        // 12th-order central first derivative: 6/7 at offset 1 (e.g. Fornberg 1988, Table 1)
        assertTrue(central.contains("| 12 | 1/5544 | -1/385 | 1/56 | -5/63 | 15/56 | -6/7 | 0 | 6/7 |"), central);
        // 8th-order forward first derivative starts with -761/280 (Fornberg 1988, Table 3)
        assertTrue(files.get("forward.md").contains("| 8 | -761/280 | 8 |"), files.get("forward.md"));
    }
}
