/**
 * Exercise {@code programming/value-objects}: equality, hashing and immutability; value objects as
 * records with defensive copies, a value with its own equality, and an entity equal by identity.
 */
package dev.roadmapkit.programming.valueobjects;
