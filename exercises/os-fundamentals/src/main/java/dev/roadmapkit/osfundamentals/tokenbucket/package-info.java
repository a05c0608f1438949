/**
 * Exercise {@code os-fundamentals/token-bucket}: a thread-safe rate limiter that refills from an
 * injected time source, exactly, with a burst after idle and no more than its capacity.
 */
package dev.roadmapkit.osfundamentals.tokenbucket;
