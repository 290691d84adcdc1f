/**
 * The {@code stencilforge} command line, a thin picocli shell over the library:
 * each command maps its options to a request of {@link org.stencilforge.request}
 * (or an operator of {@link org.stencilforge.operator}) and the result to a
 * renderer of {@link org.stencilforge.render}, and prints the finished text at once.
 *
 * <p>Bad input gives one line on stderr starting {@code error:} and exit code 2;
 * an internal failure gives a short message and exit code 1; nothing is printed
 * on stdout unless the whole result is ready. {@link org.stencilforge.cli.Main#run}
 * runs a command in-process with given writers, which is how the tests drive it.
 */
package org.stencilforge.cli;
