package org.stencilforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stencilforge.StencilforgeException;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.arithmetic.RationalParser;
import org.stencilforge.derivation.Limits;
import org.stencilforge.request.Derivations;
import org.stencilforge.request.Family;
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
            "  stencilforge table --derivatives 1..6 --accuracies 2..12 --scheme central \\",
            "      --format latex",
            "  stencilforge table --derivatives 1,2 --accuracies 1..4 --scheme forward \\",
            "      --format markdown",
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
    private WorkLimit work;

    @Mixin
    private OutputOptions common;

    @Mixin
    private NodeLimit limit;

    @Override
    public Integer call() {
        Limits limits = new Limits(limit.maxNodes, Limits.DEFAULT.maxErrorTerms(), work.maxWork);
        var options = common.renderOptions(format, spec.commandLine().getParseResult(), "bmatrix");
        StencilTable table = Derivations.table(Family.parse(scheme, derivatives, accuracies, limits), 1, limits);
        common.write(format.tableRenderer(options).render(table), spec);
        return Main.OK;
    }
}
