/**
 * Exercise {@code architecture/layered-architecture}: a small support-ticket application in three
 * layers, web, service and persistence, plus the model they share, whose code skips and inverts
 * layers in two places.
 */
package dev.roadmapkit.architecture.layeredarchitecture;
