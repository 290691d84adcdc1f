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
    /** For solvers: a Java class with the whole-array operator and its adjoint ({@link org.stencilforge.codegen}). */
    JAVA,
    /** For solvers: a C99 header ({@link org.stencilforge.codegen}). */
    C,
    /** For solvers: a Fortran 2008 module ({@link org.stencilforge.codegen}). */
    FORTRAN,
    /** For solvers: a Python module over NumPy ({@link org.stencilforge.codegen}). */
    PYTHON;

    /** @return whether this format is generated code rather than a document */
    public boolean isCode() {
        return this == JAVA || this == C || this == FORTRAN || this == PYTHON;
    }

    /**
     * @param options what LaTeX needs
     * @return the renderer of one stencil, of any dimension, in this format
     * @throws IllegalStateException for code, which {@link org.stencilforge.codegen.Language} emits
     */
    public StencilRenderer stencilRenderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case JAVA, C, FORTRAN, PYTHON -> throw new IllegalStateException(name() + " is generated code, not a document");
        };
    }

    /**
     * @return the renderer of a stencil on symbolic offsets in this format
     * @throws IllegalStateException for a format that has no symbolic form (CSV, code)
     */
    public SymbolicRenderer symbolicRenderer() {
        return switch (this) {
            case TEXT -> SymbolicRenderer.TEXT;
            case MARKDOWN -> SymbolicRenderer.MARKDOWN;
            case JSON -> SymbolicRenderer.JSON;
            case LATEX -> SymbolicRenderer.LATEX;
            case CSV, JAVA, C, FORTRAN, PYTHON -> throw new IllegalStateException(name() + " has no symbolic form");
        };
    }

    /**
     * @param options what LaTeX needs
     * @return the renderer of a family of stencils in this format
     * @throws IllegalStateException for a format that has no tables (text, code)
     */
    public TableRenderer tableRenderer(RenderOptions options) {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case TEXT, JAVA, C, FORTRAN, PYTHON -> throw new IllegalStateException(name() + " has no table form");
        };
    }

    /**
     * @param options what LaTeX needs
     * @return the renderer of a differentiation matrix in this format
     * @throws IllegalStateException for a format that has no matrix form (Markdown, code)
     */
    public MatrixRenderer matrixRenderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case LATEX -> new LatexRenderer(options);
            case MARKDOWN, JAVA, C, FORTRAN, PYTHON -> throw new IllegalStateException(name() + " has no matrix form");
        };
    }
}
