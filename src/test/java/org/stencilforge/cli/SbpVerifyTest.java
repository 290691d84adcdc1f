package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.sbp.PublishedSbp;

/**
 * {@code verify --matrix --norm} on the published SBP operators (Mattsson and Nordström 2004, typed in
 * {@link PublishedSbp}), assembled in the test from the typed tables: they pass with their orders, and a
 * one-digit typo is caught and located.
 */
class SbpVerifyTest {

    @TempDir
    Path dir;

    private MainTest.Run verify(List<List<Rational>> all, int order) throws Exception {
        Path h = dir.resolve("h.csv");
        Path d = dir.resolve("d.csv");
        Files.writeString(h, csv(all.get(0)) + "\n");
        Files.writeString(d, all.subList(1, all.size()).stream().map(SbpVerifyTest::csv)
                .collect(Collectors.joining("\n", "", "\n")));
        return MainTest.run("verify", "--matrix", d.toString(), "--derivative", "1", "--norm", h.toString(),
                "--expect-order", String.valueOf(order), "--format", "json");
    }

    private static String csv(List<Rational> row) {
        return row.stream().map(Rational::toString).collect(Collectors.joining(","));
    }

    @Test
    void publishedFourTwoAndSixThreeOperatorsPass() throws Exception {
        MainTest.Run r42 = verify(PublishedSbp.assemble(PublishedSbp.NORM_42, PublishedSbp.ROWS_42, 2, 16), 2);
        assertEquals(0, r42.code(), r42.out() + r42.err());
        assertTrue(r42.out().contains("\"order\": 2,"), r42.out());
        MainTest.Run r63 = verify(PublishedSbp.assemble(PublishedSbp.NORM_63, PublishedSbp.ROWS_63, 3, 20), 3);
        assertEquals(0, r63.code(), r63.out() + r63.err());
        assertTrue(r63.out().contains("\"holds\": true"), r63.out());
        assertTrue(r63.out().contains("\"order\": 3,"), r63.out());
    }

    @Test
    void aTypoInThePublishedSixThreeTableIsLocated() throws Exception {
        // D[4][5] = 342523/472620 mistyped as 342532/472620: H D + D^T H differs from B at (4, 5)
        List<List<Rational>> rows = new java.util.ArrayList<>(PublishedSbp.ROWS_63);
        List<Rational> row4 = new java.util.ArrayList<>(rows.get(4));
        row4.set(5, Rational.of(342532, 472620));
        rows.set(4, row4);
        MainTest.Run r = verify(PublishedSbp.assemble(PublishedSbp.NORM_63, rows, 3, 20), 3);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"holds\": false"), r.out());
        assertTrue(r.out().contains("\"entry\": [4,5]"), r.out());
    }
}
