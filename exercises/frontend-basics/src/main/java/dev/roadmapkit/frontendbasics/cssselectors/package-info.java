/**
 * Exercise {@code frontend-basics/css-selectors}: match a subset of CSS selectors (type, class, id,
 * attribute, descendant, child, {@code :first-child}) against jsoup elements, and compute their
 * specificity.
 */
package dev.roadmapkit.frontendbasics.cssselectors;
