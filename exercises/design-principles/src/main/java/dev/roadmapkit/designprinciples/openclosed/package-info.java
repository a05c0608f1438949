/**
 * Exercise {@code design-principles/open-closed}: a discount calculator that new discount rules
 * extend without anyone editing it.
 */
package dev.roadmapkit.designprinciples.openclosed;
