/**
 * Reading Dockerfiles, for exercises whose tests check the rules a good image follows (multi-stage,
 * a pinned base, a non-root user, a health check, exec-form entry points, no secrets).
 *
 * <p>{@link dev.roadmapkit.support.docker.DockerfileParser} turns the text of a Dockerfile into a
 * {@link dev.roadmapkit.support.docker.Dockerfile}: its {@link
 * dev.roadmapkit.support.docker.Instruction}s with the line each starts on (continuation lines
 * joined, comments dropped, the {@code # escape=} directive honoured), grouped into {@link
 * dev.roadmapkit.support.docker.Stage}s by {@code FROM}. Written from the Dockerfile reference; JDK
 * only. What it cannot read (heredocs, an unknown instruction, a broken JSON array) is a {@link
 * dev.roadmapkit.support.docker.DockerfileException} naming the line.
 */
package dev.roadmapkit.support.docker;
