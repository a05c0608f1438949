package dev.roadmapkit.core.validation;

import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a roadmap as a whole:
 *
 * <ul>
 *   <li>section ids and aliases are unique among sections, topic ids and aliases among topics;
 *   <li>every section has at least one topic;
 *   <li>every prerequisite names a section (by id or alias), and no section lists one twice;
 *   <li>prerequisites have no cycle; a cycle is reported as a path such as {@code a -> b -> c ->
 *       a}, where each section requires the next.
 * </ul>
 *
 * <p>Locations read {@code sections[2] (os-fundamentals)} and {@code sections[2].topics[4]
 * (threads-and-concurrency)}, with indexes counted from zero in the order of the data file.
 */
public final class RoadmapCheck {

  private RoadmapCheck() {}

  /**
   * Finds every problem in a roadmap.
   *
   * @param roadmap the roadmap
   * @return the problems in a stable order: ids, then references, then cycles; empty if none
   */
  public static List<Problem> check(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    List<Problem> problems = new ArrayList<>();
    checkSectionIds(roadmap, problems);
    checkTopicIds(roadmap, problems);
    checkPrerequisites(roadmap, problems);
    List<Section> sections = roadmap.sections();
    for (List<Integer> cycle : cycleIndexes(roadmap)) {
      int first = cycle.get(0);
      problems.add(
          new Problem(
              sectionLocation(first, sections.get(first).id()),
              "prerequisites form a cycle: "
                  + cycle.stream()
                      .map(index -> sections.get(index).id().value())
                      .collect(Collectors.joining(" -> "))
                  + " (each section requires the next); remove one of these prerequisites"));
    }
    return List.copyOf(problems);
  }

  /**
   * Throws if a roadmap has problems.
   *
   * @param roadmap the roadmap
   * @throws InvalidRoadmapException carrying every problem {@link #check} finds
   */
  public static void validate(Roadmap roadmap) {
    List<Problem> problems = check(roadmap);
    if (!problems.isEmpty()) {
      throw new InvalidRoadmapException(problems);
    }
  }

  /**
   * Finds the cycles among section prerequisites, each as a path that starts and ends with the same
   * section, such as {@code [a, b, a]}; each section requires the next. Each cycle is reported
   * once, starting at the section that comes first in the data file. Overlapping cycles may be
   * reported only in part, but if the prerequisites have any cycle, at least one is reported.
   *
   * @param roadmap the roadmap
   * @return the cycles in order of discovery; empty if the prerequisites are acyclic
   */
  public static List<List<SectionId>> cycles(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    List<Section> sections = roadmap.sections();
    return cycleIndexes(roadmap).stream()
        .map(path -> path.stream().map(index -> sections.get(index).id()).toList())
        .toList();
  }

  private static List<List<Integer>> cycleIndexes(Roadmap roadmap) {
    List<Section> sections = roadmap.sections();
    List<List<Integer>> requires = new ArrayList<>();
    for (Section section : sections) {
      requires.add(
          section.prerequisites().stream()
              .map(roadmap::section)
              .flatMap(Optional::stream)
              .map(sections::indexOf)
              .distinct()
              .toList());
    }
    CycleSearch search = new CycleSearch(requires);
    for (int start = 0; start < sections.size(); start++) {
      search.visit(start);
    }
    return List.copyOf(search.found);
  }

  /** Depth-first search that records a cycle at every edge back into the current path. */
  private static final class CycleSearch {
    private enum Mark {
      ON_PATH,
      FINISHED
    }

    private final List<List<Integer>> requires;
    private final Mark[] marks;
    private final List<Integer> path = new ArrayList<>();
    private final Set<List<Integer>> found = new LinkedHashSet<>();

    CycleSearch(List<List<Integer>> requires) {
      this.requires = requires;
      this.marks = new Mark[requires.size()];
    }

    void visit(int node) {
      if (marks[node] != null) {
        return;
      }
      marks[node] = Mark.ON_PATH;
      path.add(node);
      for (int next : requires.get(node)) {
        if (marks[next] == Mark.ON_PATH) {
          found.add(canonical(path.subList(path.indexOf(next), path.size())));
        } else {
          visit(next);
        }
      }
      path.remove(path.size() - 1);
      marks[node] = Mark.FINISHED;
    }

    /** Rotates a cycle to start at its smallest index and closes it: [2, 0, 1] -> [0, 1, 2, 0]. */
    private static List<Integer> canonical(List<Integer> cycle) {
      int shift = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
      List<Integer> rotated = new ArrayList<>(cycle.size() + 1);
      for (int i = 0; i < cycle.size(); i++) {
        rotated.add(cycle.get((shift + i) % cycle.size()));
      }
      rotated.add(rotated.get(0));
      return List.copyOf(rotated);
    }
  }

  private static void checkSectionIds(Roadmap roadmap, List<Problem> problems) {
    Map<SectionId, String> owners = new HashMap<>();
    List<Section> sections = roadmap.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String where = sectionLocation(i, section.id());
      claim(owners, section.id(), where, "section id", problems);
      for (SectionId alias : section.aliases()) {
        claim(owners, alias, where, "section alias", problems);
      }
      if (section.topics().isEmpty()) {
        problems.add(new Problem(where, "the section has no topics; add at least one"));
      }
    }
  }

  private static void checkTopicIds(Roadmap roadmap, List<Problem> problems) {
    Map<TopicId, String> owners = new HashMap<>();
    List<Section> sections = roadmap.sections();
    for (int i = 0; i < sections.size(); i++) {
      List<Topic> topics = sections.get(i).topics();
      for (int j = 0; j < topics.size(); j++) {
        Topic topic = topics.get(j);
        String where = topicLocation(i, j, topic.id());
        claim(owners, topic.id(), where, "topic id", problems);
        for (TopicId alias : topic.aliases()) {
          claim(owners, alias, where, "topic alias", problems);
        }
      }
    }
  }

  private static <K> void claim(
      Map<K, String> owners, K id, String where, String what, List<Problem> problems) {
    String owner = owners.putIfAbsent(id, where);
    if (owner != null) {
      problems.add(
          new Problem(
              where,
              what
                  + " '"
                  + id
                  + "' is already used by "
                  + (owner.equals(where) ? "this entry" : owner)
                  + "; ids and aliases must be unique"));
    }
  }

  private static void checkPrerequisites(Roadmap roadmap, List<Problem> problems) {
    List<Section> sections = roadmap.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      Set<SectionId> seen = new HashSet<>();
      for (SectionId prerequisite : section.prerequisites()) {
        String where = sectionLocation(i, section.id());
        if (!seen.add(prerequisite)) {
          problems.add(new Problem(where, "prerequisite '" + prerequisite + "' is listed twice"));
        } else if (roadmap.section(prerequisite).isEmpty()) {
          problems.add(
              new Problem(
                  where,
                  "prerequisite '" + prerequisite + "' is not the id or alias of any section"));
        }
      }
    }
  }

  private static String sectionLocation(int index, SectionId id) {
    return "sections[" + index + "] (" + id + ")";
  }

  private static String topicLocation(int section, int topic, TopicId id) {
    return "sections[" + section + "].topics[" + topic + "] (" + id + ")";
  }
}
