/**
 * Exact linear algebra for the moment systems of multidimensional stencils, by
 * modular methods: {@link org.stencilforge.linear.ModularEchelon} decides rank
 * and consistency one equation at a time modulo a prime, and
 * {@link org.stencilforge.linear.ExactSolver} lifts the solution modulo one
 * prime p-adically, reconstructs the rational solution and verifies it exactly
 * before returning it. Exact rational elimination on a few hundred unknowns
 * would take minutes; this takes a fraction of a second, and nothing
 * unverified leaves the package.
 */
package org.stencilforge.linear;
