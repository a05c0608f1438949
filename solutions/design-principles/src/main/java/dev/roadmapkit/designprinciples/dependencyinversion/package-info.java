/**
 * Exercise {@code design-principles/dependency-inversion}: a sign-up domain that must depend on its
 * own ports, never on the infrastructure that implements them. The domain is in {@code domain}, the
 * adapters in {@code infrastructure}.
 */
package dev.roadmapkit.designprinciples.dependencyinversion;
