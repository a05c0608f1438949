/**
 * Exercise {@code programming/complexity-budget}: find the duplicates of a list within a budget of
 * counted operations, which a quadratic algorithm exceeds.
 */
package dev.roadmapkit.programming.complexitybudget;
