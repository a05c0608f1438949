/**
 * Exercise {@code programming/readable-code}: refactor a working but tangled shipping-cost function
 * into short, flat methods with named constants, keeping its behaviour to the cent.
 */
package dev.roadmapkit.programming.readablecode;
