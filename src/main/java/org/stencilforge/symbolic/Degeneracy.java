package org.stencilforge.symbolic;

/**
 * Two offsets that coincide for some values of the symbols: where the
 * relation holds, the weights' denominators vanish and the generic formula
 * does not apply.
 *
 * @param first the index of one offset, in the order given
 * @param second the index of the other, greater than {@code first}
 * @param relation when they coincide: a factor of their difference set to zero
 */
public record Degeneracy(int first, int second, Relation relation) {
}
