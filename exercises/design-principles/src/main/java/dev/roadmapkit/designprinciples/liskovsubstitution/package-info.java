/**
 * Exercise {@code design-principles/liskov-substitution}: warehouse locations whose hierarchy
 * breaks the contract of {@code Location}, and contract tests every implementation must pass.
 */
package dev.roadmapkit.designprinciples.liskovsubstitution;
