package org.stencilforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.render.Format;
import org.stencilforge.stencil.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stencilforge table}: a family of presets, one table per derivative, like the published ones. */
@Command(name = "table",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Renders a family of preset stencils: for each derivative a table with a row per order of "
                + "accuracy, a column per offset and the leading error term (approximation minus exact). "
                + "Ranges are A..B; with the central scheme a range of accuracies takes its even orders."},
        footer = {"",
            "Examples:",
            "  stencilforge table --derivatives 1..6 --accuracies 2..12 --scheme central --format latex",
            "  stencilforge table --derivatives 1,2 --accuracies 1..4 --scheme forward --format markdown",
            "  stencilforge reference-tables --directory tables   (regenerates tables/)"})
final class TableCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--derivatives", required = true, paramLabel = "LIST",
            description = "Derivative orders: A..B or A,B,C.")
    private String derivatives;

    @Option(names = "--accuracies", required = true, paramLabel = "LIST",
            description = "Orders of accuracy: A..B or A,B,C.")
    private String accuracies;

    @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "central",
            converter = LabelConverter.SchemeConverter.class,
            description = "central (default), forward or backward.")
    private Scheme scheme;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            converter = LabelConverter.TableFormatConverter.class,
            description = "markdown (default), csv, json or latex.")
    private Format format;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Override
    public Integer call() {
        Limits limits = new Limits(limit.maxNodes, Limits.DEFAULT.maxErrorTerms());
        var options = common.renderOptions(format, spec.commandLine().getParseResult(), "", "Stencil",
                "bmatrix");
        List<Integer> ms = orders("--derivatives", derivatives, false, limits);
        List<Integer> ps = orders("--accuracies", accuracies, scheme == Scheme.CENTRAL, limits);
        StencilTable table = Stencils.table(scheme, ms, ps, 1, limits);
        common.write(format.tableRenderer(options).render(table), spec);
        return Main.OK;
    }

    /**
     * @param text {@code A..B} or {@code A,B,C}
     * @param evenOnly whether a range keeps only its even values (central accuracies)
     * @return the orders, in the order given
     */
    static List<Integer> orders(String option, String text, boolean evenOnly, Limits limits) {
        String t = text.strip();
        List<Integer> values = new ArrayList<>();
        try {
            int dots = t.indexOf("..");
            if (dots >= 0) {
                int from = Integer.parseInt(t.substring(0, dots).strip());
                int to = Integer.parseInt(t.substring(dots + 2).strip());
                if (from > to) {
                    throw new StencilforgeException(option + ": the range " + RationalParser.quote(t)
                            + " is empty; write the smaller order first, e.g. 1..6");
                }
                limits.checkNodes(to - (long) from + 1);
                for (int v = from; v <= to; v++) {
                    if (!evenOnly || v % 2 == 0) {
                        values.add(v);
                    }
                }
            } else {
                for (String part : t.split(",", -1)) {
                    values.add(Integer.parseInt(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new StencilforgeException(option + ": " + RationalParser.quote(text)
                    + " is not a list of orders; write a range such as 1..6 or a list such as 1,2,4");
        }
        if (values.isEmpty()) {
            throw new StencilforgeException(option + ": the range " + RationalParser.quote(t)
                    + " holds no even order, and central stencils have only even accuracies");
        }
        return List.copyOf(values);
    }
}
