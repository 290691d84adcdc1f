package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stencilforge.ExternalTools;
import org.stencilforge.Pdflatex;

/** {@code nd --spacing}: the formats and the messages. */
class SpacingCommandTest {

    @Test
    void jsonHasTheSpacingKeyAndPerAxisPowers() {
        // the hand-derived 5-point Laplacian with hx = 1/10, hy = 1/20 (see AxisSpacingsTest)
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--spacing", "1/10,1/20", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"dimension\": 2, \"operator\": [{\"derivative\": [2,0], \"coefficient\": \"1\"},"
                + " {\"derivative\": [0,2], \"coefficient\": \"1\"}], \"offsets\": [[\"-1\",\"0\"], [\"0\",\"-1\"],"
                + " [\"0\",\"0\"], [\"0\",\"1\"], [\"1\",\"0\"]], \"weights\": [\"100\",\"400\",\"-1000\",\"400\",\"100\"],"
                + " \"order\": 2, \"spacing\": {\"hx\": \"1/10\", \"hy\": \"1/20\"}, \"hPower\": 0,"
                + " \"error\": [{\"derivative\": [4,0], \"spacingPowers\": [2,0], \"coefficient\": \"1/12\"},"
                + " {\"derivative\": [0,4], \"spacingPowers\": [0,2], \"coefficient\": \"1/12\"}],"
                + " \"choice\": [\"tensor-product\"]}\n", r.out());
    }

    @Test
    void theSpacingsImplyTheDimensionOfTheLaplacian() {
        // the nd --help example: two spacings, so the Laplacian is the 2-D one; hand-derived weights as in
        // jsonHasTheSpacingKeyAndPerAxisPowers: 1/hx^2 = 100, 1/hy^2 = 400, centre -2 (100 + 400)
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--accuracy", "2", "--spacing", "1/10,1/20",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"weights\": [\"100\",\"400\",\"-1000\",\"400\",\"100\"]"), r.out());
        MainTest.Run three = MainTest.run("nd", "--operator", "laplacian", "--accuracy", "2", "--spacing", "1,1/2,1/3",
                "--format", "json");
        assertEquals(0, three.code(), three.err());
        assertTrue(three.out().startsWith("{\"dimension\": 3,"), three.out());
    }

    @Test
    void textAndLatexNameTheAxisSpacings() {
        MainTest.Run text = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--spacing", "1/2,1/3");
        assertTrue(text.out().contains("h = (hx, hy) = (1/2, 1/3)"), text.out());
        assertTrue(text.out().contains("hx^2/12 Dxxxx f + hy^2/12 Dyyyy f + O(h^4)"), text.out());
        MainTest.Run latex = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--spacing", "1/2,1/3", "--format", "latex");
        assertTrue(latex.out().contains("\\frac{h_{x}^2}{12} \\frac{\\partial^{4} f}{\\partial x^{4}}"), latex.out());
    }

    @Test
    void symbolicSpacingsPrintExpressionsInJson() {
        // the hand-derived 5-point Laplacian in hx, hy (see SymbolicSpacingsTest)
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--spacing", "hx,hy", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"dimension\": 2, \"operator\": [{\"derivative\": [2,0], \"coefficient\": \"1\"},"
                + " {\"derivative\": [0,2], \"coefficient\": \"1\"}], \"spacing\": {\"hx\": \"hx\", \"hy\": \"hy\"},"
                + " \"offsets\": [[\"-1\", \"0\"], [\"0\", \"-1\"], [\"0\", \"0\"], [\"0\", \"1\"], [\"1\", \"0\"]],"
                + " \"weights\": [\"1/hx^2\", \"1/hy^2\", \"-2*(hx^2 + hy^2)/(hx^2*hy^2)\", \"1/hy^2\","
                + " \"1/hx^2\"], \"order\": 2,"
                + " \"hPower\": 0, \"error\": [{\"derivative\": [4,0], \"power\": 2, \"coefficient\": \"hx^2/12\"},"
                + " {\"derivative\": [0,4], \"power\": 2, \"coefficient\": \"hy^2/12\"}],"
                + " \"choice\": [\"tensor-product\"]}\n", r.out());
    }

    @Test
    void theNinePointLaplacianWithTwoSpacingsIsTheMehrstellenStencil() {
        // derived by hand in MehrstellenTest: corners (hx^2 + hy^2)/(12 hx^2 hy^2), x-neighbours
        // (5 hy^2 - hx^2)/(6 hx^2 hy^2), y-neighbours (5 hx^2 - hy^2)/(6 hx^2 hy^2), centre
        // -5 (hx^2 + hy^2)/(3 hx^2 hy^2); error hx^2/12 Dxxxx + (hx^2 + hy^2)/12 Dxxyy + hy^2/12 Dyyyy
        MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box",
                "--radius", "1", "--spacing", "hx,hy", "--format", "json");
        assertEquals(0, r.code(), r.err());
        String corner = "\"(hx^2 + hy^2)/(12*hx^2*hy^2)\"";
        String x = "\"(5*hy^2 - hx^2)/(6*hx^2*hy^2)\"";
        String y = "\"(5*hx^2 - hy^2)/(6*hx^2*hy^2)\"";
        assertTrue(r.out().contains("\"weights\": [" + String.join(", ", corner, x, corner, y,
                "\"-5*(hx^2 + hy^2)/(3*hx^2*hy^2)\"", y, corner, x, corner) + "]"), r.out());
        assertTrue(r.out().contains("\"error\": [{\"derivative\": [4,0], \"power\": 2, \"coefficient\": \"hx^2/12\"},"
                + " {\"derivative\": [2,2], \"power\": 2, \"coefficient\": \"(hx^2 + hy^2)/12\"},"
                + " {\"derivative\": [0,4], \"power\": 2, \"coefficient\": \"hy^2/12\"}]"), r.out());
        assertTrue(r.out().contains("\"choice\": [\"mehrstellen\"]"), r.out());
        MainTest.Run numbers = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box",
                "--radius", "1", "--spacing", "1/10,1/20", "--format", "json");
        // 1/hx^2 = 100, 1/hy^2 = 400: 500/12, (500 - 400)/6, (2000 - 100)/6, -2500/3
        assertTrue(numbers.out().contains("\"weights\": [\"125/3\",\"50/3\",\"125/3\",\"950/3\",\"-2500/3\","
                + "\"950/3\",\"125/3\",\"50/3\",\"125/3\"]"), numbers.out());
        // the Dxxyy error comes from the Dxx term (hy^2/12) and the Dyy term (hx^2/12): one term in text
        MainTest.Run text = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box",
                "--radius", "1", "--spacing", "1/10,1/20");
        assertTrue(text.out().contains("  hx^2/12 Dxxxx f + (hx^2 + hy^2)/12 Dxxyy f + hy^2/12 Dyyyy f + O(h^4)\n"),
                text.out());
    }

    @Test
    void symbolicCodeRefusesSymbolsThatClashWithArguments() {
        for (String[] args : new String[][] {
            {"nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2", "--spacing", "index,hy",
                "--format", "c"},
            {"nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2", "--spacing", "hx,strides",
                "--format", "python"},
            {"nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2", "--spacing", "hx,hy",
                "--format", "csv"}}) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
            assertEquals("", r.out());
        }
        MainTest.Run ok = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                "--spacing", "hx,hy", "--format", "java", "--class-name", "Lap");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("public static double apply(double[] f, int index, int[] strides, double hx,"
                + " double hy)"), ok.out());
    }

    @Test
    void badSpacingsAreOneErrorLine() {
        for (String spacing : new String[] {"1/10", "1,-1", "1,0", "1/0,1", "1,,2", "hx", "hx,pi", "hx,-1", "hx,h*y", "hx,hy,hz"}) {
            MainTest.Run r = MainTest.run("nd", "--operator", "laplacian", "--dimension", "2", "--accuracy", "2",
                    "--spacing", spacing);
            assertEquals(2, r.code(), spacing);
            assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void symbolicLatexIsAWholeDocumentWithStandalone() throws Exception {
        for (String[] args : new String[][] {
            {"nd", "--operator", "laplacian", "--dimension", "2", "--shape", "box", "--radius", "1", "--spacing",
                "hx,hy", "--format", "latex", "--standalone"},
            {"weights", "--derivative", "2", "--offsets=-h1,0,h2", "--format", "latex", "--standalone"}}) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("\\documentclass{article}") && r.out().endsWith("\\end{document}\n"),
                    r.out());
            ExternalTools.require(Pdflatex.available(), "pdflatex", "apt-get install texlive-latex-base");
            Pdflatex.assertCompiles(r.out());
        }
    }
}
