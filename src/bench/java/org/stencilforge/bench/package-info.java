/**
 * JMH benchmarks, run with {@code mvn -q -Pbench test-compile exec:exec}
 * (see CONTRIBUTING.md); never timed unit tests.
 */
package org.stencilforge.bench;
