package org.stencilforge.render;

/** The output formats, each with its renderer. */
public enum Format {
    /** For people at a terminal. */
    TEXT(new TextRenderer()),
    /** For notes and issue trackers. */
    MARKDOWN(new MarkdownRenderer()),
    /** For other programs; documented keys. */
    JSON(new JsonRenderer());

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    /** @return the renderer of this format */
    public Renderer renderer() {
        return renderer;
    }
}
