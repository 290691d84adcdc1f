package org.stencilforge.request;

import java.util.ArrayList;
import java.util.List;
import org.stencilforge.analysis.AnalysedStencil;
import org.stencilforge.analysis.StencilTable;
import org.stencilforge.analysis.TruncationError;
import org.stencilforge.derivation.Limits;
import org.stencilforge.derivation.MomentSolver;
import org.stencilforge.derivation.Stencils;
import org.stencilforge.derivation.TensorProducts;
import org.stencilforge.stencil.Choice;
import org.stencilforge.stencil.Stencil;

/** The one entry point from a request to a finished, analysed stencil, under the limits. */
public final class Derivations {

    private Derivations() {
    }

    /**
     * @param request what was asked for
     * @param errorTerms how many non-zero powers of {@code h} of the error to list
     * @param limits the size bounds
     * @return the stencil, its exact truncation error and how its weights were chosen
     * @throws org.stencilforge.StencilforgeException if the request cannot be met or is past a limit
     */
    public static AnalysedStencil derive(StencilRequest request, int errorTerms, Limits limits) {
        limits.checkErrorTerms(errorTerms);
        Stencil stencil;
        List<Choice> choice = List.of();
        if (request instanceof StencilRequest.Preset p) {
            stencil = Stencils.preset(p.scheme(), p.derivative(), p.accuracy(), limits);
        } else if (request instanceof StencilRequest.Offsets o) {
            stencil = Stencils.fromOffsets(o.derivative(), o.offsets(), limits);
        } else if (request instanceof StencilRequest.Nodes n) {
            stencil = Stencils.fromNodes(n.derivative(), n.nodes(), n.at(), limits);
        } else if (request instanceof StencilRequest.Tensor t) {
            stencil = TensorProducts.of(t.operator(), t.axes(), limits);
            choice = List.of(Choice.TENSOR_PRODUCT);
        } else {
            MomentSolver.Solution s = request instanceof StencilRequest.Points p
                    ? MomentSolver.solve(p.operator(), p.offsets(), p.rule(), limits)
                    : solveShape((StencilRequest.Shaped) request, limits);
            stencil = s.stencil();
            choice = s.choice();
        }
        return new AnalysedStencil(stencil, TruncationError.of(stencil, errorTerms), choice);
    }

    private static MomentSolver.Solution solveShape(StencilRequest.Shaped s, Limits limits) {
        return MomentSolver.solve(s.operator(), s.shape().offsets(s.operator().dimension(), s.radius(), limits),
                s.rule(), limits);
    }

    /**
     * @param family the presets
     * @param errorTerms how many error terms each entry lists
     * @param limits the size bounds
     * @return the table, by derivative and then by accuracy
     * @throws org.stencilforge.StencilforgeException if a request is out of range
     */
    public static StencilTable table(Family family, int errorTerms, Limits limits) {
        limits.checkErrorTerms(errorTerms);
        List<StencilTable.Entry> entries = new ArrayList<>();
        for (int m : family.derivatives()) {
            for (int p : family.accuracies()) {
                entries.add(new StencilTable.Entry(p, derive(new StencilRequest.Preset(family.scheme(), m, p),
                        errorTerms, limits)));
            }
        }
        return new StencilTable(family.scheme(), entries);
    }
}
