/**
 * Exercise {@code os-fundamentals/processes-and-pipes}: run real {@code sort}, {@code grep} and
 * {@code wc} with {@link java.lang.ProcessBuilder}, pipe one into another, read exit codes and
 * stderr without deadlocking, and stop a process tree that runs too long.
 */
package dev.roadmapkit.osfundamentals.processesandpipes;
