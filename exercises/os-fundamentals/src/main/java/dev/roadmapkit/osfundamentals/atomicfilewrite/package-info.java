/**
 * Exercise {@code os-fundamentals/atomic-file-write}: replace a file so that a reader sees the old
 * content or the new one, never a mix, and a crash leaves no half-written file: a temporary file in
 * the same directory, {@code force}, an atomic rename, the permissions kept, the writes buffered.
 */
package dev.roadmapkit.osfundamentals.atomicfilewrite;
