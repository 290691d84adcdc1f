/**
 * What users ask for, in the library rather than in the commands: one
 * stencil ({@link org.stencilforge.request.StencilRequest}: a 1-D preset,
 * offsets or nodes; a tensor product, offset vectors or a shape in several
 * dimensions) or a family of presets ({@link org.stencilforge.request.Family}),
 * and the one entry point {@link org.stencilforge.request.Derivations} that
 * derives and analyses any of them under the {@link org.stencilforge.derivation.Limits}.
 *
 * <p>{@link org.stencilforge.request.LineOptions} and
 * {@link org.stencilforge.request.GridOptions} read a request from the option
 * values a command line has, inferring what is implied (the dimension, the
 * operator, tensor product or Taylor conditions) and refusing contradictions
 * with one sentence a user can act on. A command only maps its options to a
 * request and the result to a renderer. Requests are immutable values.
 */
package org.stencilforge.request;
