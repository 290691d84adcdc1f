package org.stencilforge.render;

import java.util.List;
import java.util.stream.Collectors;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.stencil.Stencil;

/**
 * For other programs: one JSON object on one line, keys in a fixed order, every
 * exact number as a string ({@code "-1/12"}) so that no parser turns it into a
 * double. The keys are documented in the README and kept stable:
 * {@code derivative}, {@code offsets} (ascending), {@code weights} (reduced
 * fractions), {@code order} ({@code null} when exact) and {@code error}, the
 * listed terms {@code coefficient · h^hPower · f^(derivative)(x)} of
 * approximation minus exact.
 */
public final class JsonRenderer implements StencilRenderer {

    @Override
    public String render(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        String order = result.error().order().isPresent()
                ? Integer.toString(result.error().order().getAsInt()) : "null";
        return "{\"derivative\": " + stencil.derivative()
                + ", \"offsets\": " + strings(stencil.offsets())
                + ", \"weights\": " + strings(stencil.weights())
                + ", \"order\": " + order
                + ", \"error\": " + result.error().terms().stream().map(JsonRenderer::term)
                        .collect(Collectors.joining(", ", "[", "]"))
                + "}\n";
    }

    private static String term(ErrorTerm t) {
        return "{\"derivative\": " + t.derivative() + ", \"hPower\": " + t.hPower()
                + ", \"coefficient\": \"" + t.coefficient() + "\"}";
    }

    /** Rationals print as digits, {@code -} and {@code /} only: nothing to escape. */
    private static String strings(List<Rational> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
