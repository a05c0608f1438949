/**
 * Exercise {@code os-fundamentals/bounded-buffer}: a blocking bounded queue built from one lock and
 * two conditions, the producer-consumer problem every thread pool and message queue solves.
 */
package dev.roadmapkit.osfundamentals.boundedbuffer;
