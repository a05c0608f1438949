package dev.roadmapkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A part of the roadmap, such as Caching, with its topics and the sections to learn first.
 *
 * @param id the section's id; it never changes once published
 * @param title the name shown to learners
 * @param summary one to three sentences saying what the section covers
 * @param topics the topics, in the order a learner should meet them
 * @param prerequisites sections to learn before this one
 * @param aliases ids the section had before a rename; lookups resolve them to this section
 * @param source where the section comes from: the blog roadmap or roadmap.sh
 */
public record Section(
    SectionId id,
    String title,
    String summary,
    List<Topic> topics,
    List<SectionId> prerequisites,
    List<SectionId> aliases,
    SectionSource source) {

  /**
   * Checks the components and copies the lists.
   *
   * @param id the section's id; it never changes once published
   * @param title the name shown to learners
   * @param summary one to three sentences saying what the section covers
   * @param topics the topics, in the order a learner should meet them
   * @param prerequisites sections to learn before this one
   * @param aliases ids the section had before a rename; lookups resolve them to this section
   * @param source where the section comes from: the blog roadmap or roadmap.sh
   * @throws NullPointerException if a component or list element is {@code null}
   * @throws IllegalArgumentException if the title or summary is blank
   */
  public Section {
    Objects.requireNonNull(id, "section id must not be null");
    Objects.requireNonNull(title, () -> "title of section '" + id + "' must not be null");
    Objects.requireNonNull(summary, () -> "summary of section '" + id + "' must not be null");
    Objects.requireNonNull(source, () -> "source of section '" + id + "' must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of section '" + id + "' must not be blank");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("summary of section '" + id + "' must not be blank");
    }
    topics = List.copyOf(topics);
    prerequisites = List.copyOf(prerequisites);
    aliases = List.copyOf(aliases);
  }

  /**
   * Tells whether {@code candidate} names this section, by its id or by one of its aliases.
   *
   * @param candidate an id
   * @return {@code true} if it is this section's id or alias
   */
  public boolean isNamedBy(SectionId candidate) {
    return id.equals(candidate) || aliases.contains(candidate);
  }
}
