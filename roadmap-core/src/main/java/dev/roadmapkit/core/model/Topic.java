package dev.roadmapkit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to learn within a {@link Section}, such as HTTP or database indexes.
 *
 * @param id the topic's id; it never changes once published
 * @param title the name shown to learners
 * @param summary one to three sentences saying what the topic is and why it matters
 * @param resources links to learn from, in the order a learner should read them
 * @param aliases ids the topic had before a rename; lookups resolve them to this topic
 * @param readingOnly why no exercise practises this topic, when it is about choices or habits
 *     rather than code and is learned by reading its resources; empty for a topic to practise
 */
public record Topic(
    TopicId id,
    String title,
    String summary,
    List<Resource> resources,
    List<TopicId> aliases,
    Optional<String> readingOnly) {

  /**
   * Checks the components and copies the lists.
   *
   * @param id the topic's id; it never changes once published
   * @param title the name shown to learners
   * @param summary one to three sentences saying what the topic is and why it matters
   * @param resources links to learn from, in the order a learner should read them
   * @param aliases ids the topic had before a rename; lookups resolve them to this topic
   * @param readingOnly why no exercise practises this topic; empty for a topic to practise
   * @throws NullPointerException if a component or list element is {@code null}
   * @throws IllegalArgumentException if the title, the summary or a reading-only reason is blank
   */
  public Topic {
    Objects.requireNonNull(id, "topic id must not be null");
    Objects.requireNonNull(title, () -> "title of topic '" + id + "' must not be null");
    Objects.requireNonNull(summary, () -> "summary of topic '" + id + "' must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of topic '" + id + "' must not be blank");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("summary of topic '" + id + "' must not be blank");
    }
    Objects.requireNonNull(
        readingOnly, () -> "reading-only reason of topic '" + id + "' must not be null");
    if (readingOnly.isPresent() && readingOnly.get().isBlank()) {
      throw new IllegalArgumentException(
          "reading-only reason of topic '" + id + "' must not be blank");
    }
    resources = List.copyOf(resources);
    aliases = List.copyOf(aliases);
  }

  /**
   * A topic that exercises practise.
   *
   * @param id the topic's id; it never changes once published
   * @param title the name shown to learners
   * @param summary one to three sentences saying what the topic is and why it matters
   * @param resources links to learn from, in the order a learner should read them
   * @param aliases ids the topic had before a rename; lookups resolve them to this topic
   */
  public Topic(
      TopicId id, String title, String summary, List<Resource> resources, List<TopicId> aliases) {
    this(id, title, summary, resources, aliases, Optional.empty());
  }

  /**
   * Tells whether the topic is learned by reading only, with no exercise to practise it.
   *
   * @return {@code true} if a reading-only reason is given
   */
  public boolean isReadingOnly() {
    return readingOnly.isPresent();
  }

  /**
   * Tells whether {@code candidate} names this topic, by its id or by one of its aliases.
   *
   * @param candidate an id
   * @return {@code true} if it is this topic's id or alias
   */
  public boolean isNamedBy(TopicId candidate) {
    return id.equals(candidate) || aliases.contains(candidate);
  }
}
