/**
 * Exercise {@code architecture/idempotency-keys}: an HTTP filter that runs a request once per
 * {@code Idempotency-Key}, however often and however concurrently it is sent.
 */
package dev.roadmapkit.architecture.idempotencykeys;
