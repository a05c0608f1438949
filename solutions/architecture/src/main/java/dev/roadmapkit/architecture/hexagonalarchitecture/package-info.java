/**
 * Exercise {@code architecture/hexagonal-architecture}: a library's lending app as a hexagon (ports
 * and adapters, or onion): the domain in the middle, the application around it, adapters for the
 * web and for persistence at the edge. Two dependencies point outwards and must be turned round.
 */
package dev.roadmapkit.architecture.hexagonalarchitecture;
