/**
 * Exercise {@code architecture/circuit-breaker}: a circuit breaker that stops calling a failing
 * dependency, and tries again after a pause measured on an injected clock.
 */
package dev.roadmapkit.architecture.circuitbreaker;
