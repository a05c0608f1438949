package dev.roadmapkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * The whole roadmap: its sections in the order of the data file, each with its topics.
 *
 * <p>Lookups by id also resolve aliases, so ids from before a rename keep working. A roadmap built
 * here is not checked for duplicate ids, unknown prerequisites or cycles; {@link
 * dev.roadmapkit.core.validation.RoadmapCheck} does that, and the loader refuses content that fails
 * it.
 *
 * @param title the roadmap's name
 * @param sections the sections, in the order of the data file
 */
public record Roadmap(String title, List<Section> sections) {

  /**
   * Checks the title and copies the sections.
   *
   * @param title the roadmap's name
   * @param sections the sections, in the order of the data file
   * @throws NullPointerException if a component or section is {@code null}
   * @throws IllegalArgumentException if the title is blank
   */
  public Roadmap {
    Objects.requireNonNull(title, "roadmap title must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("roadmap title must not be blank");
    }
    sections = List.copyOf(sections);
  }

  /**
   * Finds a section by its id, or else by an alias.
   *
   * @param id the id or an alias
   * @return the section, or empty if no section has that id or alias
   */
  public Optional<Section> section(SectionId id) {
    Objects.requireNonNull(id, "section id must not be null");
    return sections.stream()
        .filter(section -> section.id().equals(id))
        .findFirst()
        .or(() -> sections.stream().filter(section -> section.aliases().contains(id)).findFirst());
  }

  /**
   * Finds a topic by its id, or else by an alias.
   *
   * @param id the id or an alias
   * @return the topic, or empty if no topic has that id or alias
   */
  public Optional<Topic> topic(TopicId id) {
    Objects.requireNonNull(id, "topic id must not be null");
    return topics().stream()
        .filter(topic -> topic.id().equals(id))
        .findFirst()
        .or(() -> topics().stream().filter(topic -> topic.aliases().contains(id)).findFirst());
  }

  /**
   * Returns every topic, section by section in the order of the data file.
   *
   * @return all topics
   */
  public List<Topic> topics() {
    return sections.stream().flatMap(section -> section.topics().stream()).toList();
  }

  /**
   * Finds the section that contains a topic, given the topic's id or an alias.
   *
   * @param id the topic's id or an alias
   * @return the section, or empty if no topic has that id or alias
   */
  public Optional<Section> sectionOf(TopicId id) {
    return topic(id)
        .flatMap(
            topic ->
                sections.stream().filter(section -> section.topics().contains(topic)).findFirst());
  }

  /**
   * Returns the topics of a section, given its id or an alias.
   *
   * @param id the section's id or an alias
   * @return the section's topics, in order
   * @throws IllegalArgumentException if no section has that id or alias
   */
  public List<Topic> topicsOf(SectionId id) {
    return section(id)
        .map(Section::topics)
        .orElseThrow(() -> new IllegalArgumentException("no section has the id '" + id + "'"));
  }

  /**
   * Returns the sections in an order that respects every prerequisite: each section comes after all
   * the sections it requires.
   *
   * <p>The order is stable: among the sections whose prerequisites are all met, the one that comes
   * first in the data file goes next (Kahn's algorithm). So when the file already lists every
   * section after its prerequisites, this is exactly the file's order. Prerequisites that name no
   * section are ignored here; {@link dev.roadmapkit.core.validation.RoadmapCheck} reports them.
   *
   * @return every section, once each
   * @throws IllegalStateException if prerequisites form a cycle; the message names the sections
   *     that could not be placed
   */
  public List<Section> learningOrder() {
    int count = sections.size();
    List<List<Integer>> dependents = new ArrayList<>(count);
    int[] unmet = new int[count];
    for (int i = 0; i < count; i++) {
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < count; i++) {
      for (int required : prerequisiteIndexes(i)) {
        dependents.get(required).add(i);
        unmet[i]++;
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < count; i++) {
      if (unmet[i] == 0) {
        ready.add(i);
      }
    }
    List<Section> order = new ArrayList<>(count);
    while (!ready.isEmpty()) {
      int next = ready.poll();
      order.add(sections.get(next));
      for (int dependent : dependents.get(next)) {
        if (--unmet[dependent] == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() < count) {
      String stuck =
          sections.stream()
              .filter(section -> !order.contains(section))
              .map(section -> section.id().value())
              .collect(Collectors.joining(", "));
      throw new IllegalStateException(
          "the prerequisites of these sections form a cycle, so they have no learning order: "
              + stuck);
    }
    return List.copyOf(order);
  }

  /** Indexes of the distinct sections that section {@code index} requires, resolving aliases. */
  private List<Integer> prerequisiteIndexes(int index) {
    return sections.get(index).prerequisites().stream()
        .map(this::section)
        .flatMap(Optional::stream)
        .map(sections::indexOf)
        .distinct()
        .toList();
  }
}
