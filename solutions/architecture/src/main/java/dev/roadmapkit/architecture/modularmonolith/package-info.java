/**
 * Exercise {@code architecture/modular-monolith}: a shop deployed as one unit but built as three
 * modules, {@code catalog}, {@code orders} and {@code billing}, each with a public {@code api}
 * package and a private {@code internal} one.
 */
package dev.roadmapkit.architecture.modularmonolith;
