/**
 * The exercise catalog: each exercise module's {@code exercises.yaml}, read into a {@link
 * dev.roadmapkit.core.catalog.ModuleCatalog} by {@link dev.roadmapkit.core.catalog.CatalogLoader}
 * and checked against the roadmap by {@link dev.roadmapkit.core.catalog.CatalogCheck}.
 *
 * <p>The loader refuses files it cannot read faithfully (malformed YAML, missing fields, unknown
 * kinds, bad slugs, duplicate ids, non-positive numbers). The check reports what a well-formed file
 * can still get wrong: unknown sections and topics, too few hints, tests outside the exercise's
 * package.
 */
package dev.roadmapkit.core.catalog;
