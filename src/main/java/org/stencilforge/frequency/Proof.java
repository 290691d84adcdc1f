package org.stencilforge.frequency;

/**
 * A property of a symbol on {@code [0, π]}, decided rigorously. Immutable.
 *
 * @param name {@code sign}, {@code dissipation}, {@code bound} or {@code monotone}
 * @param statement the property, e.g. {@code H(ω) ≤ 0 on [0, π]}
 * @param status {@code proved}, {@code fails} or {@code undecided}
 * @param at where it fails (an exact decimal {@code ω} at which the statement is false),
 *     or {@code null}
 * @param detail more, e.g. where the magnitude peaks, or {@code null}
 */
public record Proof(String name, String statement, String status, String at, String detail) {

    static final String PROVED = "proved";
    static final String FAILS = "fails";
    static final String UNDECIDED = "undecided";

    /** @return the verdict as people read it: {@code proved}, {@code fails at ω = 2.5}, {@code undecided} */
    public String verdict() {
        return at == null ? status : status + " at ω = " + at;
    }
}
