package org.stencilforge.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A chart of the magnitude {@code |H(ω)|} (with the ideal {@code |κ| ω^m} dashed) or of the
 * relative error on a logarithmic axis (with the tolerance dashed) of several stencils.
 */
public final class ResponsePlot {

    /** Width of the chart in pixels. */
    public static final int WIDTH = 900;
    /** Height of the chart in pixels. */
    public static final int HEIGHT = 560;
    /** The smallest relative error drawn; below it the curve is cut at the axis. */
    static final double ERROR_FLOOR = 1e-16;
    /** The x axis counts eighths of π. */
    private static final int EIGHTHS = 8;

    /** The file type, from the name's extension. */
    public enum Kind { PNG, SVG }

    /**
     * One stencil's curve.
     *
     * @param label the legend's text
     * @param x {@code ω/π}, ascending
     * @param magnitude {@code |H|} at each {@code x}
     * @param relativeError the relative error at each {@code x} ({@code NaN} where undefined)
     */
    public record Curve(String label, double[] x, double[] magnitude, double[] relativeError) {
    }

    /** Colours that stay apart in print and for common colour blindness (Okabe and Ito). */
    private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0),
        new Color(240, 228, 66)};

    private ResponsePlot() {
    }

    /**
     * @param curves the stencils
     * @param idealOrder {@code m}: the ideal magnitude is {@code idealScale · (πx)^m}
     * @param idealScale {@code |κ|}
     * @param error whether to draw the relative error (log scale) instead of the magnitude
     * @param tolerance the tolerance line of the error chart
     * @param title the chart's title
     * @param kind PNG or SVG
     * @return the file's bytes
     */
    public static byte[] render(List<Curve> curves, int idealOrder, double idealScale, boolean error,
            double tolerance, String title, Kind kind) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("ω (h = 1)").yAxisTitle(error ? "relative error |H(ω) − ideal| / |ideal|" : "|H(ω)|").build();
        Styler s = chart.getStyler();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setPlotBorderVisible(true);
        chart.getStyler().setLegendPosition(error ? Styler.LegendPosition.InsideSE : Styler.LegendPosition.InsideNW);
        chart.getStyler().setLegendBorderColor(new Color(200, 200, 200));
        chart.getStyler().setMarkerSize(0);
        // x in units of π/8, so that XChart's steps of 1, 2, 5, 10 land on multiples of π/8 or π/4
        // (its tick calculator knows no other steps); labelled 0, π/8, π/4, ..., π. The curves'
        // points are not equally spaced, else XChart would put the ticks on data points instead.
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) EIGHTHS);
        chart.getStyler().setXAxisTickMarkSpacingHint(WIDTH / 8);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> piLabel(v / EIGHTHS));
        chart.getStyler().setYAxisTickMarkSpacingHint(50);
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        s.setBaseFont(base);
        chart.getStyler().setChartTitleFont(base.deriveFont(Font.BOLD, 17f));
        chart.getStyler().setLegendFont(base.deriveFont(14f));
        chart.getStyler().setAxisTitleFont(base.deriveFont(15f));
        chart.getStyler().setAxisTickLabelsFont(base.deriveFont(14f));
        chart.getStyler().setAntiAlias(true);
        if (error) {
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setYAxisMin(ERROR_FLOOR);
            chart.getStyler().setYAxisDecimalPattern("0E0");
        }
        int i = 0;
        for (Curve c : curves) {
            double[] y = error ? c.relativeError() : c.magnitude();
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int j = 0; j < c.x().length; j++) {
                if (!Double.isNaN(y[j])) {
                    xs.add(EIGHTHS * c.x()[j]);
                    ys.add(error ? Math.max(y[j], ERROR_FLOOR) : y[j]);
                }
            }
            XYSeries series = chart.addSeries(c.label(), xs, ys);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(COLOURS[i % COLOURS.length]);
            series.setLineWidth(2.2f);
            i++;
        }
        XYSeries ideal;
        if (error) {
            ideal = chart.addSeries("tolerance " + trim(tolerance).strip(), new double[] {0, EIGHTHS},
                    new double[] {tolerance, tolerance});
        } else {
            int n = idealOrder <= 1 ? 2 : 41; // few segments: a dash pattern restarts on each
            double[] x = new double[n];
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = EIGHTHS * (double) j / (n - 1);
                y[j] = idealScale * Math.pow(Math.PI * j / (n - 1), idealOrder);
            }
            String m = idealOrder == 0 ? "" : idealOrder == 1 ? "ω" : "ω" + superscript(idealOrder);
            String k = idealScale == 1 ? "" : trim(idealScale);
            ideal = chart.addSeries("ideal " + (k + m).strip(), x, y);
        }
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineColor(new Color(90, 90, 90));
        ideal.setLineWidth(1.6f);
        ideal.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 5f}, 0f));
        try {
            if (kind == Kind.PNG) {
                // in memory: ImageIO's default stream to a byte array buffers through a temporary file
                javax.imageio.ImageIO.setUseCache(false);
                return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code 0}, {@code π/4}, {@code π/2}, {@code 3π/4}, {@code π} and the like for multiples of 1/8 */
    static String piLabel(double x) {
        long sixteenths = Math.round(x * 16);
        if (Math.abs(x * 16 - sixteenths) > 1e-9) {
            return String.format(java.util.Locale.ROOT, "%.3gπ", x);
        }
        if (sixteenths == 0) {
            return "0";
        }
        long g = gcd(sixteenths, 16);
        long num = sixteenths / g;
        long den = 16 / g;
        return (num == 1 ? "" : Long.toString(num)) + "π" + (den == 1 ? "" : "/" + den);
    }

    /** @return {@code 10⁻³} for 0.001; other values in plain notation */
    static String powerOfTen(double v) {
        double e = Math.log10(v);
        long k = Math.round(e);
        if (Math.abs(e - k) > 1e-9) {
            return String.format(java.util.Locale.ROOT, "%.3g", v);
        }
        return k == 0 ? "1" : k == 1 ? "10" : "10" + superscript(k);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    private static String superscript(long n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            b.append(c == '-' ? '⁻' : digits.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) + " " : v + " ";
    }
}
