/**
 * Exercise {@code architecture/retry-with-backoff}: retries of transient failures with exponential
 * backoff and full jitter, on an injected sleeper and a seeded random generator.
 */
package dev.roadmapkit.architecture.retrywithbackoff;
