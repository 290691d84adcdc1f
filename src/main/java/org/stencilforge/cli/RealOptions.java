package org.stencilforge.cli;

import java.util.List;
import java.util.Locale;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.real.Digits;
import org.stencilforge.real.Real;
import org.stencilforge.real.RealInputs;
import org.stencilforge.real.RealMatrix;
import org.stencilforge.real.RealStencil;
import org.stencilforge.real.RealStencils;
import org.stencilforge.render.DecimalRenderer;
import org.stencilforge.render.Format;
import org.stencilforge.render.RenderOptions;
import picocli.CommandLine.Option;

/**
 * Real nodes and decimal output, for {@code weights} and {@code matrix}: {@code --digits},
 * {@code --numbers}, {@code --interval}, {@code --max-working-digits}.
 */
final class RealOptions {

    /** The default number of significant digits. */
    static final int DEFAULT_DIGITS = 20;

    @Option(names = "--digits", paramLabel = "D",
            description = "Significant digits of decimal output, " + Digits.MIN + " to " + Digits.MAX + " (default "
                    + DEFAULT_DIGITS + "), each correctly rounded; real nodes always print decimals.")
    Integer digits;

    @Option(names = "--numbers", paramLabel = "KIND",
            description = "Exact results: exact (fractions, default), decimal (D digits) or both.")
    String numbers;

    @Option(names = "--interval", paramLabel = "A,B",
            description = "Map a named node set from [-1, 1] to [A, B] (real expressions).")
    String interval;

    @Option(names = "--max-working-digits", paramLabel = "W", defaultValue = "" + RealStencils.DEFAULT_MAX_WORKING_DIGITS,
            description = "Real nodes: refuse when D digits are not settled at this working precision"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxWorkingDigits;

    /** @return whether any of the texts is real (a named node set, or a real function or pi in it) */
    static boolean isReal(String... texts) {
        for (String t : texts) {
            if (RealInputs.isReal(t)) {
                return true;
            }
        }
        return false;
    }

    /** @return the kind asked for: exact, decimal or both; decimal when only --digits is given */
    private String kind() {
        if (numbers == null) {
            return digits != null ? "decimal" : "exact";
        }
        String k = numbers.strip().toLowerCase(Locale.ROOT);
        if (!List.of("exact", "decimal", "both").contains(k)) {
            throw new StencilforgeException("--numbers is exact, decimal or both");
        }
        if (k.equals("exact") && digits != null) {
            throw new StencilforgeException("--numbers exact prints fractions: drop --digits, or ask for"
                    + " --numbers decimal or both");
        }
        return k;
    }

    /** @return the checked settings */
    RealStencils.Settings settings() {
        return new RealStencils.Settings(digits == null ? DEFAULT_DIGITS : digits, maxWorkingDigits);
    }

    /**
     * @param format the chosen format
     * @param real whether the results are real (not exact)
     * @return whether the output is decimal, after refusing options that do not fit
     */
    boolean decimal(Format format, boolean real) {
        boolean asked = digits != null || numbers != null;
        if (format.isCode() && (asked || real)) {
            throw new StencilforgeException(real ? "generated code is for uniform grids; real nodes print as text,"
                    + " markdown, json, csv or latex" : "--digits and --numbers shape documents; generated code"
                    + " writes correctly rounded doubles, so drop them");
        }
        if (interval != null && !real) {
            throw new StencilforgeException("--interval maps a named node set: give --nodes=chebyshev-lobatto:N (or"
                    + " another set), or drop --interval");
        }
        String k = kind();
        if (real && k.equals("both")) {
            throw new StencilforgeException("real nodes have no exact weights to show beside the decimals; drop"
                    + " --numbers both");
        }
        if (digits != null) {
            settings();
        }
        return real || !k.equals("exact");
    }

    /** @return whether fractions go beside the decimals */
    boolean both() {
        return "both".equals(kind());
    }

    /**
     * @param points points given as reals
     * @return the points' exact values when every one is rational, else {@code null}
     */
    static List<Rational> exact(List<Real> points) {
        List<Rational> out = points.stream().map(Real::exact).toList().stream()
                .filter(java.util.Objects::nonNull).toList();
        return out.size() == points.size() ? out : null;
    }

    /** @return the points of an option */
    List<Real> points(String option, String text, int maxNodes) {
        return RealInputs.list(option, text, interval, maxNodes);
    }

    String render(Format format, RenderOptions options, RealStencil stencil) {
        return new DecimalRenderer(format, options).render(stencil);
    }

    String render(Format format, RenderOptions options, RealMatrix matrix) {
        return new DecimalRenderer(format, options).render(matrix);
    }

    /** @return the exact stencil in decimals */
    String render(Format format, RenderOptions options, AnalysedStencil exact) {
        return render(format, options, RealStencils.fromExact(exact, settings().digits(), both()));
    }

    /** @return the exact matrix in decimals */
    String render(Format format, RenderOptions options, DifferentiationMatrix exact, Integer accuracy) {
        return render(format, options, RealStencils.fromExact(exact, accuracy, settings().digits(), both()));
    }
}
