package org.stencilforge.render;

/**
 * The output formats. Each command accepts the formats that make sense for
 * what it produces and asks the format for the matching renderer.
 */
public enum Format {
    /** For people at a terminal. */
    TEXT,
    /** For notes and issue trackers. */
    MARKDOWN,
    /** For other programs; documented keys. */
    JSON,
    /** For spreadsheets and scripts; exact fractions and correctly rounded doubles. */
    CSV,
    /** For papers; {@code amsmath} and {@code booktabs}. */
    LATEX,
    /** For solvers: a compilable class with the whole-array operator and its adjoint. */
    JAVA;

    /**
     * @param options what LaTeX needs
     * @return the renderer of one stencil, of any dimension, in this format
     * @throws IllegalStateException for {@link #JAVA}, which renders a whole-array operator
     */
    public StencilRenderer stencilRenderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case JAVA -> throw new IllegalStateException("Java renders whole-array operators, not stencils");
        };
    }

    /**
     * @param options what LaTeX needs
     * @return the renderer of a family of stencils in this format
     * @throws IllegalStateException for a format that has no tables (text, Java)
     */
    public TableRenderer tableRenderer(RenderOptions options) {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case TEXT, JAVA -> throw new IllegalStateException(name() + " has no table form");
        };
    }

    /**
     * @param options what LaTeX needs
     * @return the renderer of a differentiation matrix in this format
     * @throws IllegalStateException for a format that has no matrix form (Markdown, Java)
     */
    public MatrixRenderer matrixRenderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case MARKDOWN, JAVA -> throw new IllegalStateException(name() + " has no matrix form");
        };
    }
}
