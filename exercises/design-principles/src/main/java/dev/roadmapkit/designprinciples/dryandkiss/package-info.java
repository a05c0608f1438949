/**
 * Exercise {@code design-principles/dry-and-kiss}: three services that each validate email
 * addresses their own way, and one simple value object that replaces all three.
 */
package dev.roadmapkit.designprinciples.dryandkiss;
