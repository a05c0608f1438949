/**
 * Loading the roadmap from its data file, {@code roadmap.yaml}, bundled with this library or given
 * as a path.
 *
 * <p>Loading is strict: unknown fields, missing fields, malformed ids, unknown resource kinds and
 * bad URLs are refused with a {@link dev.roadmapkit.core.content.RoadmapFormatException} that names
 * the file, the entry (such as {@code sections[3].topics[2] (dns)}) and what is wrong. A file that
 * parses is then checked as a whole with {@link dev.roadmapkit.core.validation.RoadmapCheck}.
 */
package dev.roadmapkit.core.content;
