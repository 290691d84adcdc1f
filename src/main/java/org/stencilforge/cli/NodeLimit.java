package org.stencilforge.cli;

import picocli.CommandLine.Option;

/** The size limit of the 1-D commands. */
final class NodeLimit {

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "2049",
            description = "Refuse stencils and grids of more nodes (default: ${DEFAULT-VALUE}).")
    int maxNodes;
}
