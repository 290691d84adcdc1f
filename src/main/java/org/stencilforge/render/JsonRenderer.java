package org.stencilforge.render;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.ErrorTerm;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.arithmetic.Rational;
import org.stencilforge.operator.DifferentiationMatrix;
import org.stencilforge.operator.OperatorProperties;
import org.stencilforge.stencil.Stencil;

/**
 * For other programs: JSON with keys in a fixed order and every exact number
 * as a string ({@code "-1/12"}) so that no parser turns it into a double. The
 * keys are documented in the README and kept stable.
 *
 * <p>A stencil is one object on one line: {@code derivative}, {@code offsets}
 * (ascending), {@code weights} (reduced fractions), {@code order}
 * ({@code null} when exact) and {@code error}, the listed terms
 * {@code coefficient · h^hPower · f^(derivative)(x)} of approximation minus
 * exact. A table is {@code {"scheme": ..., "stencils": [...]}} with one such
 * object per line, each led by its {@code accuracy}. A matrix is
 * {@code derivative}, {@code size}, {@code hPower}, {@code transpose},
 * {@code nodes} ({@code null} on a uniform grid) and {@code matrix}, one row per line.
 * A multidimensional stencil is {@code dimension}, {@code operator} (terms
 * {@code derivative} as a multi-index and {@code coefficient}), {@code offsets}
 * (vectors), {@code weights}, {@code order}, {@code error} (terms with
 * multi-index derivatives) and {@code choice}, the steps that chose the weights.
 */
public final class JsonRenderer implements StencilRenderer, TableRenderer, MatrixRenderer {

    @Override
    public String render(AnalysedStencil result) {
        return result.isLine() ? "{" + fields(result) + "}\n" : renderGrid(result);
    }

    @Override
    public String render(StencilTable table) {
        return "{\"scheme\": \"" + Notation.scheme(table.scheme()) + "\", \"stencils\": [\n"
                + table.entries().stream().map(e -> " {\"accuracy\": " + e.accuracy() + ", " + fields(e.result()) + "}")
                        .collect(Collectors.joining(",\n"))
                + "\n]}\n";
    }

    @Override
    public String render(DifferentiationMatrix matrix) {
        int n = matrix.size();
        return "{\"derivative\": " + matrix.derivative() + ", \"size\": " + n + ", \"hPower\": " + matrix.hPower()
                + ", \"transpose\": " + matrix.transposed()
                + (matrix.columns() != n || matrix.normal() ? ", \"columns\": " + matrix.columns() + ", \"normal\": "
                        + matrix.normal() : "")
                + ", \"nodes\": " + (matrix.nodes().isEmpty() ? "null" : strings(matrix.nodes()))
                + ", \"matrix\": [\n"
                + IntStream.range(0, n).mapToObj(i -> " " + strings(IntStream.range(0, matrix.columns())
                        .mapToObj(j -> matrix.entry(i, j)).toList())).collect(Collectors.joining(",\n"))
                + "\n]}\n";
    }

    @Override
    public String render(DifferentiationMatrix matrix, OperatorProperties properties) {
        String plain = render(matrix);
        return plain.substring(0, plain.length() - 2) + ",\n\"properties\": {\"rowOrders\": "
                + properties.rowOrders().stream().map(o -> o < 1 || o == Integer.MAX_VALUE ? "null" : o.toString())
                        .collect(Collectors.joining(",", "[", "]"))
                + ", \"rowSumsZero\": " + properties.rowSumsZero().stream().map(Object::toString)
                        .collect(Collectors.joining(",", "[", "]"))
                + ", \"nullspace\": " + properties.nullspace().map(b -> b.stream().map(JsonRenderer::strings)
                        .collect(Collectors.joining(",", "[", "]"))).orElse("null")
                + ", \"eigenvalues\": " + properties.spectrum().map(s -> "{\"of\": \""
                        + (matrix.normal() ? "-D^T D" : matrix.name()) + "\", \"right\": " + s.right()
                        + ", \"axis\": " + s.axis() + ", \"left\": " + s.left() + "}").orElse("null")
                + ", \"note\": \"" + properties.note() + "\"}}\n";
    }

    @Override
    public boolean printsProperties() {
        return true;
    }

    /** A stencil of a multidimensional request: offset vectors, multi-index terms, the choice. */
    private static String renderGrid(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        String order = result.error().order().isPresent()
                ? Integer.toString(result.error().order().getAsInt()) : "null";
        return "{\"dimension\": " + stencil.dimension()
                + ", \"operator\": " + stencil.operator().terms().stream()
                        .map(t -> "{\"derivative\": " + t.derivative() + ", \"coefficient\": \"" + t.coefficient() + "\"}")
                        .collect(Collectors.joining(", ", "[", "]"))
                + ", \"offsets\": " + stencil.offsets().stream().map(JsonRenderer::strings)
                        .collect(Collectors.joining(", ", "[", "]"))
                + ", \"weights\": " + strings(stencil.weights())
                + ", \"order\": " + order
                + (result.isSpaced() ? spacing(result.spacing()) : "")
                + ", \"error\": " + result.error().terms().stream()
                        .map(t -> "{\"derivative\": " + t.derivative() + (result.isSpaced()
                                ? ", \"spacingPowers\": " + t.spacingPowers().toString().replace(" ", "")
                                : ", \"hPower\": " + t.hPower())
                                + ", \"coefficient\": \"" + t.coefficient() + "\"}")
                        .collect(Collectors.joining(", ", "[", "]"))
                + ", \"choice\": " + result.choice().stream()
                        .map(c -> "\"" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\"")
                        .collect(Collectors.joining(", ", "[", "]"))
                + "}\n";
    }

    /**
     * The keys of a spaced stencil: {@code , "spacing": {"hx": "1/10", "hy": "1/20"}, "hPower": 0}
     * (the weights carry the spacings).
     */
    private static String spacing(List<Rational> spacing) {
        return ", \"spacing\": " + IntStream.range(0, spacing.size()).mapToObj(a -> "\""
                + Notation.spacingName(a, spacing.size()) + "\": \"" + spacing.get(a) + "\"")
                .collect(Collectors.joining(", ", "{", "}")) + ", \"hPower\": 0";
    }

    /** The keys of one stencil, without braces. */
    private static String fields(AnalysedStencil result) {
        Stencil stencil = result.stencil();
        String order = result.error().order().isPresent()
                ? Integer.toString(result.error().order().getAsInt()) : "null";
        return "\"derivative\": " + stencil.derivative()
                + result.at().map(z -> ", \"at\": \"" + z + "\", \"nodes\": " + strings(result.nodes().get()))
                        .orElse("")
                + ", \"offsets\": " + strings(stencil.axis(0))
                + ", \"weights\": " + strings(stencil.weights())
                + ", \"order\": " + order
                + ", \"error\": " + result.error().terms().stream().map(JsonRenderer::term)
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A 1-D error term as JSON; {@link CompactRenderer} writes its terms the same way. */
    static String term(ErrorTerm t) {
        return "{\"derivative\": " + t.derivative().get(0) + ", \"hPower\": " + t.hPower()
                + ", \"coefficient\": \"" + t.coefficient() + "\"}";
    }

    /** Rationals print as digits, {@code -} and {@code /} only: nothing to escape. */
    static String strings(List<Rational> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
