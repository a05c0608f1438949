/**
 * Exercise {@code os-fundamentals/deadlock-free-transfers}: move money between accounts from many
 * threads at once, taking two locks in one global order so that no two transfers ever wait for each
 * other.
 */
package dev.roadmapkit.osfundamentals.deadlockfreetransfers;
