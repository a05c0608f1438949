/**
 * Exercise {@code advanced/containerization}: a Dockerfile (and its ignore file) for the given
 * {@link dev.roadmapkit.advanced.containerization.HealthApp}, checked by the rules of a good image
 * (multi-stage, pinned base, non-root user, health check, exec form, no secrets), and {@link
 * dev.roadmapkit.advanced.containerization.DockerfileToJib}, which builds the Dockerfile's final
 * stage as a real OCI image with Jib, daemonless, to a tarball.
 */
package dev.roadmapkit.advanced.containerization;
