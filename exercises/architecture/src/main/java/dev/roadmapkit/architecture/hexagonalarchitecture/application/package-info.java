/**
 * The application: the use cases and the ports (interfaces) they need from the outside. It depends
 * on the domain, never on an adapter.
 */
package dev.roadmapkit.architecture.hexagonalarchitecture.application;
