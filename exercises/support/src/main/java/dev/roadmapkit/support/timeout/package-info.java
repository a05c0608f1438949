/**
 * The default timeout for jqwik properties, the counterpart of JUnit Jupiter's {@code
 * junit.jupiter.execution.timeout.default}: a learner's endless loop inside a property fails it
 * with a message instead of hanging the run.
 */
package dev.roadmapkit.support.timeout;
