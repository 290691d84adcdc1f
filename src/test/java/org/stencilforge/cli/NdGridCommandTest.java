package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code nd --points}: the whole operator on a grid as mtx, and bad input. */
class NdGridCommandTest {

    @Test
    void mtxOfTheFivePointLaplacianOnFourByFour() {
        // 4 points per axis is the least for the closures; on 4x4 the corner row 1 (point (0,0)) is the
        // one-sided 2, -5, 4, -1 on both axes (hand): 2+2 at (0,0), -5 at (0,1) and (1,0), 4 at (0,2), (2,0),
        // -1 at (0,3), (3,0); flattened row-major: columns 1, 2, 3, 4, 5, 9, 13 (1-based)
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--points", "4,4", "--format", "mtx");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("%%MatrixMarket matrix coordinate integer general", lines[0]);
        int header = 0;
        while (lines[header].startsWith("%")) {
            header++;
        }
        assertEquals("16 16 88", lines[header]);
        assertEquals("1 1 4", lines[header + 1]);
        assertEquals("1 2 -5", lines[header + 2]);
        assertEquals("1 3 4", lines[header + 3]);
        assertEquals("1 4 -1", lines[header + 4]);
        assertEquals("1 5 -5", lines[header + 5]);
        assertEquals("1 9 4", lines[header + 6]);
        assertEquals("1 13 -1", lines[header + 7]);
        // entries (hand): the 1-D rows have 4, 3, 3, 4 entries, all with a diagonal, so row (i,j) of the
        // Kronecker sum has nx(i) + ny(j) - 1: 4*14 + 4*14 - 16 = 96; the 8 rows pairing a central row
        // (diagonal -2) with a one-sided one (diagonal 2) lose their diagonal: 96 - 8 = 88
    }

    @Test
    void decimalsAreTheStandardRealField() {
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "4",
                "--points", "7,6", "--format", "mtx", "--numbers", "decimal");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("%%MatrixMarket matrix coordinate real general\n"));
        // the first closure row of the fourth-order second difference is 15/4, -77/6, 107/6, -13, 61/12, -5/6
        // (Fornberg 1988, Table 1, one-sided); at the corner both axes add: 15/2
        assertTrue(r.out().contains("\n1 1 7.5\n1 2 -12.833333333333334\n"), r.out().substring(0, 600));
        MainTest.Run exact = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "4",
                "--points", "7,6", "--format", "mtx");
        assertTrue(exact.out().startsWith("%%MatrixMarket matrix coordinate rational general\n"));
        assertTrue(exact.out().contains("\n1 1 15/2\n1 2 -77/6\n"));
    }

    @Test
    void matrixGainsMtx() {
        MainTest.Run r = MainTest.run("matrix", "--derivative", "1", "--accuracy", "2", "--points", "4", "--format",
                "mtx");
        assertEquals(0, r.code(), r.err());
        // h D of the central first difference with one-sided ends -3/2, 2, -1/2 (hand)
        assertTrue(r.out().endsWith("4 4 10\n1 1 -3/2\n1 2 2\n1 3 -1/2\n2 1 -1/2\n2 3 1/2\n3 2 -1/2\n3 4 1/2\n"
                + "4 2 1/2\n4 3 -2\n4 4 3/2\n"), r.out());
    }

    /**
     * The bound on generated code counts the terms of the regions' tables before the larger grid is built. By
     * hand for the 5-point Laplacian with closures {@code 2, -5, 4, -1}: D has 3 classes per axis (row 0, the
     * interior, row n-1), 9 regions; a column of D^T is met by interior rows only from column 4 on (row 0
     * reaches column 3, interior row 1 column 2 ... so T = 4, and B = 4 at the other end), 9 classes per
     * axis, 81 regions; every region estimated at the interior's 5 terms: 5 (9 + 81) = 450.
     */
    @Test
    void theCodeBoundCountsTheTablesTerms() {
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--points", "10,10", "--format", "c", "--max-code-terms", "450");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("apply_all"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--points 3,10|axis 1: 3 points are too few",
        "--points 10|gives 1 size but the operator has 2 dimensions",
        "--points 10,10,10|gives 3 sizes but the operator has 2 dimensions",
        "--points 10,x|is not a list of sizes",
        "--points 2000,2000|more than 2097152: give fewer points, or raise --max-grid-points",
        "--points 1000000,1000000|the grid has 1000000000000 points, more than 2097152",
        "--points 100,100 --max-nonzeros 1000|raise --max-nonzeros",
        "--points 10,10 --periodic q|is not an axis",
        "--points 10,10 --periodic true|gives 1 flags but the operator has 2",
        "--points 10,10 --numbers decimal|--numbers decimal is for --format mtx",
        "--points 10,10 --format c --max-code-terms 449|about 450 stencil terms in its tables (9 regions of D, 81 of D^T),"
                + " more than --max-code-terms 449",
        "--points 10,10 --format java --max-code-terms 0|--max-code-terms must be 1 or more",
        "--format mtx|add --points",
        "--transpose|add --points",
        "--points 10,10 --format latex|use --format text, mtx, json",
        // gfortran: "MODULE attribute of 'sf_line' conflicts with PROCEDURE attribute"
        "--points 10,10 --format fortran --name sf_line|clashes with the grid module's private names"})
    void badGridsAreOneErrorLine(String options, String message) {
        String[] base = {"nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2"};
        String[] extra = options.split(" ");
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        MainTest.Run r = MainTest.run(args);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(message) && r.err().indexOf('\n') == r.err().length() - 1,
                r.err());
    }
}
