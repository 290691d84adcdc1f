package org.stencilforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stencilforge response}, driven in-process, against hand derivations and independent evaluations. */
class ResponseCommandTest {

    @Test
    void fivePointFirstDerivativeHasTheHandDerivedSymbol() {
        // Hand derivation: w = (1/12, -2/3, 0, 2/3, -1/12) on s = -2..2, so
        // H(ω) = Σ w_j e^{i s_j ω} = 2i (2/3 sin ω - 1/12 sin 2ω) = i (4/3 sin ω - 1/6 sin 2ω)
        // (the example of issue 12); the order of accuracy, 4, is its tangency at 0.
        MainTest.Run r = MainTest.run("response", "--derivative", "1", "--accuracy", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("H(ω) = i(4/3 sin ω - 1/6 sin 2ω)"), r.out());
        assertTrue(r.out().contains("tangency at 0: 4"), r.out());
    }

    @ParameterizedTest(name = "accuracy {0}")
    @CsvSource({"2", "4", "6", "8"})
    void tangencyIsTheOrderOfAccuracy(int accuracy) {
        // the order comes from the weights' moments (weights --format json); the tangency from the symbol
        String weights = MainTest.run("weights", "--derivative", "2", "--accuracy", "" + accuracy,
                "--format", "json").out();
        Matcher order = Pattern.compile("\"order\": (\\d+)").matcher(weights);
        assertTrue(order.find(), weights);
        String json = MainTest.run("response", "--derivative", "2", "--accuracy", "" + accuracy,
                "--format", "json").out();
        assertTrue(json.contains("\"tangency\": " + order.group(1) + ","), json);
    }

    @Test
    void bandwidthOfTheThreePointFirstDerivativeAgreesWithAnIndependentBisection() {
        // Relative error of (f(x+h) - f(x-h))/(2h): |sin ω - ω|/ω = 1 - sin ω / ω, increasing on (0, π];
        // the bandwidth at tolerance 1/1000 is the root of sin ω / ω = 999/1000, found here by bisection
        // in Apfloat at 40 digits, independently of the command's Sturm/Taylor-model method.
        long precision = 40;
        Apfloat lo = new Apfloat("0.01", precision);
        Apfloat hi = new Apfloat("0.5", precision);
        Apfloat target = new Apfloat("0.999", precision);
        for (int k = 0; k < 120; k++) {
            Apfloat mid = lo.add(hi).divide(new Apfloat(2, precision));
            if (ApfloatMath.sin(mid).divide(mid).compareTo(target) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        String json = MainTest.run("response", "--derivative", "1", "--accuracy", "2", "--format", "json").out();
        Matcher m = Pattern.compile("\"bandwidth\": \"([0-9.]+)\"").matcher(json);
        assertTrue(m.find(), json);
        String printed = m.group(1);
        // every printed digit is claimed right: the printed decimal is within one unit of its last place
        int decimals = printed.length() - printed.indexOf('.') - 1;
        Apfloat ulp = ApfloatMath.pow(new Apfloat(10, precision), -decimals);
        Apfloat difference = ApfloatMath.abs(new Apfloat(printed, precision).subtract(lo));
        assertTrue(decimals >= 12, printed);
        assertTrue(difference.compareTo(ulp) < 0, printed + " against " + lo);
    }

    @Test
    void pngPlotDecodesAtItsSizeAndIsNotBlank(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("r.png");
        MainTest.Run r = MainTest.run("response", "--derivative", "1", "--accuracy", "2,4,6,8",
                "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300,
                image.getWidth() + "x" + image.getHeight());
        int first = image.getRGB(0, 0);
        long different = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                different += image.getRGB(x, y) != first ? 1 : 0;
            }
        }
        assertTrue(different > 1000, "the picture is blank: " + different + " pixels differ");
    }

    @Test
    void svgPlotIsXmlNamingEverySeries(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("r.svg");
        MainTest.Run r = MainTest.run("response", "--derivative", "1", "--accuracy", "2,4",
                "--plot", svg.toString());
        assertEquals(0, r.code(), r.err());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getNodeName());
        String text = Files.readString(svg);
        assertTrue(text.contains("<path") || text.contains("<polyline"), "no curves in the SVG");
        // every series is drawn in its own colour (ResponsePlot's first two, the ideal's grey, dashed);
        // each stencil's curve is 400 segments between its ResponseCommand.CURVE_POINTS = 401 points
        for (String colour : new String[] {"rgb(0,114,178)", "rgb(213,94,0)"}) {
            assertTrue(Pattern.compile("stroke:" + Pattern.quote(colour) + ";stroke-width:2.2").matcher(text)
                    .results().count() >= ResponseCommand.CURVE_POINTS - 1, colour);
        }
        assertTrue(text.contains("stroke:rgb(90,90,90);stroke-width:1.6") && text.contains("stroke-dasharray:7,5"),
                "the ideal, dashed");
    }

    @Test
    void givenWeightsHaveTheHandDerivedSymbol() {
        // Holoborodko's length-5 noise-robust differentiator (2(f_1 - f_-1) + (f_2 - f_-2))/(8h), given:
        // H = Σ w_j e^{i s_j ω} = 2i (1/4 sin ω + 1/8 sin 2ω) = i (1/2 sin ω + 1/4 sin 2ω)
        //   = i sin ω (1 + cos ω) / 2, so its zero at π has order 1 + 2 = 3 (hand derivation)
        MainTest.Run r = MainTest.run("response", "--derivative", "1", "--offsets=-2,-1,1,2",
                "--weights=-1/8,-0.25,1/4,0.125", "--format", "json", "--samples", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"symbol\": \"i(1/2 sin ω + 1/4 sin 2ω)\""), r.out());
        assertTrue(r.out().contains("\"nyquistZero\": 3,"), r.out());
        assertTrue(r.out().contains("\"tangency\": 2,"), r.out());
    }

    @Test
    void aDesignPipesIntoResponse(@TempDir Path dir) throws Exception {
        // noise-robust, length 7: H/i = sin ω (1 + cos ω)^2 / 4 = 5/16 sin ω + 1/4 sin 2ω + 1/16 sin 3ω
        // (expand (1 + c)^2 sin ω with 2 sin ω cos ω = sin 2ω, 4 sin ω cos^2 ω = sin 3ω + sin ω), so the
        // zero at π has order 1 + 4 = 5 (hand derivation)
        Path json = dir.resolve("nr7.json");
        MainTest.Run d = MainTest.run("design", "--kind", "noise-robust", "--length", "7", "--format", "json",
                "--output", json.toString());
        assertEquals(0, d.code(), d.err());
        MainTest.Run r = MainTest.run("response", "--input", json.toString(), "--format", "json", "--samples", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"symbol\": \"i(5/16 sin ω + 1/4 sin 2ω + 1/16 sin 3ω)\""), r.out());
        assertTrue(r.out().contains("\"nyquistZero\": 5,"), r.out());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "--derivative 1 --offsets=-1,1 --weights=-1/2", // one weight for two offsets
        "--offsets=-1,1 --weights=-1/2,1/2", // no derivative
        "--derivative 1 --offsets=-1,1 --weights=-1/2,x", // not a number
        "--derivative 1 --offsets=-1,1/3 --weights=-1/2,1/2", // not on the grid
        "--derivative 1 --accuracy 2 --weights=-1/2,1/2 --offsets=-1,1", // derives and gives at once
        "--derivative 1 --offsets=-1,1 --weights=-1/2,1/2 --direction 1,1", // 1-D has no direction
        "--derivative 1 --weights=-1/2,1/2"}) // no offsets
    void badGivenWeightsAreOneErrorLine(String line) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("response"));
        args.addAll(java.util.List.of(line.split(" ")));
        MainTest.Run r = MainTest.run(args.toArray(new String[0]));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertEquals("", r.out());
    }

    @Test
    void aToleranceOutOfRangeIsOneErrorLineAndNoPicture(@TempDir Path dir) {
        Path png = dir.resolve("never.png");
        MainTest.Run r = MainTest.run("response", "--derivative", "1", "--accuracy", "2", "--tolerance", "-1",
                "--plot", png.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(png), "no partial picture");
    }
}
