/** The domain model: loans and the domain's exceptions. It depends on nothing but the JDK. */
package dev.roadmapkit.architecture.hexagonalarchitecture.domain.model;
