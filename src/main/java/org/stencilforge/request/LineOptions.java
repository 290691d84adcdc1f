package org.stencilforge.request;

import org.stencilforge.StencilforgeException;
import org.stencilforge.stencil.Scheme;

/**
 * A 1-D request as the command line gives it: a derivative and exactly one of
 * an accuracy (with an optional scheme), offsets, or nodes with a point.
 * Unset options are {@code null}.
 *
 * @param derivative the derivative order {@code m}
 * @param accuracy the order of accuracy of a preset
 * @param scheme the preset's points (central when not given)
 * @param offsets offsets as typed, e.g. {@code -1/2,1/2}
 * @param nodes absolute nodes as typed
 * @param at the evaluation point for the nodes, as typed
 */
public record LineOptions(int derivative, Integer accuracy, Scheme scheme, String offsets, String nodes,
        String at) {

    /**
     * @return the request these options describe
     * @throws StencilforgeException if they describe no stencil, more than one,
     *     or a number does not parse
     */
    public StencilRequest toRequest() {
        checkCombination();
        if (accuracy != null) {
            return new StencilRequest.Preset(scheme == null ? Scheme.CENTRAL : scheme, derivative, accuracy);
        }
        if (offsets != null) {
            return new StencilRequest.Offsets(derivative, Inputs.numbers("--offsets", offsets));
        }
        if (at == null) {
            throw new StencilforgeException("--nodes needs --at Z, the point where the derivative is"
                    + " approximated, e.g. --nodes=0,1,2 --at 1");
        }
        return new StencilRequest.Nodes(derivative, Inputs.numbers("--nodes", nodes), Inputs.number("--at", at));
    }

    /** Exactly one way to give the points, and no option that belongs to another. */
    private void checkCombination() {
        int given = (accuracy != null ? 1 : 0) + (offsets != null ? 1 : 0) + (nodes != null ? 1 : 0);
        if (given != 1) {
            throw new StencilforgeException((given == 0 ? "no stencil given" : "more than one stencil given")
                    + ": use exactly one of --accuracy P, --offsets=S1,S2,... or --nodes=X1,X2,... --at Z");
        }
        if (scheme != null && accuracy == null) {
            throw new StencilforgeException("--scheme chooses the points of an --accuracy preset;"
                    + " with --offsets or --nodes the points are already given, so drop --scheme");
        }
        if (at != null && nodes == null) {
            throw new StencilforgeException("--at is the evaluation point for --nodes; with --offsets"
                    + " the point is offset 0, so drop --at or give --nodes instead");
        }
    }

    /**
     * @return whether the offsets, nodes or point name symbols (a letter anywhere: exact numbers have
     *     none but the exponent {@code e} of a decimal such as {@code 1.5e-3}), so that the stencil is
     *     derived symbolically
     */
    public boolean isSymbolic() {
        return symbolic(offsets) || symbolic(nodes) || symbolic(at);
    }

    private static boolean symbolic(String text) {
        if (text == null) {
            return false;
        }
        for (String part : text.split(",", -1)) {
            String t = part.strip();
            // a decimal exponent (1e-3, 2.5E+4) is a number, not a symbol
            if (t.codePoints().anyMatch(Character::isLetter) && !t.matches("[-+]?[0-9.]+[eE][-+]?[0-9]+")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Derives the stencil on symbolic offsets or nodes with Symja (loaded only here).
     *
     * @param errorTerms how many non-zero error terms to list
     * @param limits the size and time bounds of the symbolic work
     * @return the stencil, with weights and error terms as expressions in the symbols
     * @throws StencilforgeException if the request is not a symbolic one, does not parse, or is past a limit
     */
    public org.stencilforge.symbolic.SymbolicStencil toSymbolic(int errorTerms,
            org.stencilforge.symbolic.SymbolicLimits limits) {
        checkCombination();
        if (offsets != null) {
            return org.stencilforge.symbolic.SymbolicStencils.fromOffsets(derivative, offsets, errorTerms, limits);
        }
        if (at == null) {
            throw new StencilforgeException("--nodes needs --at Z, the point where the derivative is"
                    + " approximated, e.g. --nodes=x0,x1,x2 --at x1");
        }
        return org.stencilforge.symbolic.SymbolicStencils.fromNodes(derivative,
                org.stencilforge.symbolic.ExpressionParser.parseList(nodes),
                org.stencilforge.symbolic.ExpressionParser.parse(at), errorTerms, limits);
    }
}
