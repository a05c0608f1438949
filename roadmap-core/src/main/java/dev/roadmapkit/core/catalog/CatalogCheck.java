package dev.roadmapkit.core.catalog;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Checks exercise catalogs against the roadmap. Each problem's location is the exercise id (such as
 * {@code caching/lru-cache}), or {@code module <name>} for a problem with the whole module.
 *
 * <p>For each exercise: its id belongs to the module and is unique; its title is not blank; it
 * practises at least one topic and every topic is a roadmap topic (an alias counts); it has at
 * least two non-blank hints; points and minutes are positive; it has at least one test and every
 * test class is a class name in the exercise's package; its files are relative paths inside the
 * module. For the module: its section is a roadmap section and it has at least one exercise.
 */
public final class CatalogCheck {

  /** The fewest hints an exercise may have: one gentle, one that nearly gives the answer away. */
  public static final int MINIMUM_HINTS = 2;

  private CatalogCheck() {}

  /**
   * Checks one module's catalog.
   *
   * @param roadmap the roadmap whose sections and topics the catalog refers to
   * @param catalog the catalog
   * @return the problems, in catalog order; empty if none
   */
  public static List<Problem> check(Roadmap roadmap, ModuleCatalog catalog) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    List<Problem> problems = new ArrayList<>();
    String module = "module " + catalog.module();
    if (roadmap.section(catalog.section()).isEmpty()) {
      problems.add(
          new Problem(
              module,
              "section '" + catalog.section() + "' is not the id or alias of any roadmap section"));
    }
    if (catalog.exercises().isEmpty()) {
      problems.add(new Problem(module, "the module lists no exercises; add at least one"));
    }
    Set<ExerciseId> seen = new HashSet<>();
    for (Exercise exercise : catalog.exercises()) {
      if (!seen.add(exercise.id())) {
        problems.add(
            new Problem(
                exercise.id().toString(),
                "the id is used by more than one exercise; exercise ids must be unique"));
      }
      checkExercise(roadmap, catalog, exercise, problems);
    }
    return List.copyOf(problems);
  }

  /**
   * Checks every module's catalog, then what only the whole set shows: no two modules share a name,
   * every roadmap section has a module, and every roadmap topic is practised by some exercise or
   * marked reading-only (and not both).
   *
   * @param roadmap the roadmap
   * @param catalogs every module's catalog
   * @return the problems: each module's in the given order, then those of the whole set
   */
  public static List<Problem> checkAll(Roadmap roadmap, List<ModuleCatalog> catalogs) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    Objects.requireNonNull(catalogs, "catalogs must not be null");
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> modules = new HashMap<>();
    for (ModuleCatalog catalog : catalogs) {
      problems.addAll(check(roadmap, catalog));
      if (modules.merge(catalog.module(), 1, Integer::sum) == 2) {
        problems.add(
            new Problem(
                "module " + catalog.module(),
                "more than one catalog names this module; module names must be unique"));
      }
    }
    Set<SectionId> sectionsWithModule = new HashSet<>();
    Set<TopicId> practised = new HashSet<>();
    for (ModuleCatalog catalog : catalogs) {
      roadmap.section(catalog.section()).ifPresent(s -> sectionsWithModule.add(s.id()));
      for (Exercise exercise : catalog.exercises()) {
        for (TopicId topic : exercise.topics()) {
          roadmap.topic(topic).ifPresent(t -> practised.add(t.id()));
        }
      }
    }
    for (Section section : roadmap.sections()) {
      if (!sectionsWithModule.contains(section.id())) {
        problems.add(
            new Problem(
                "section " + section.id(),
                "no exercise module practises this section; add a module whose section is '"
                    + section.id()
                    + "'"));
      }
      for (Topic topic : section.topics()) {
        if (topic.isReadingOnly() && practised.contains(topic.id())) {
          problems.add(
              new Problem(
                  "topic " + topic.id(),
                  "the roadmap marks this topic reading-only, yet an exercise practises it;"
                      + " remove its 'reading-only' reason from the roadmap"));
        } else if (!topic.isReadingOnly() && !practised.contains(topic.id())) {
          problems.add(
              new Problem(
                  "topic " + topic.id(),
                  "no exercise practises this topic; list it in some exercise's topics, or mark"
                      + " it 'reading-only' in the roadmap with the reason"));
        }
      }
    }
    return List.copyOf(problems);
  }

  private static void checkExercise(
      Roadmap roadmap, ModuleCatalog catalog, Exercise exercise, List<Problem> problems) {
    String where = exercise.id().toString();
    if (!exercise.id().module().equals(catalog.module())) {
      problems.add(
          new Problem(
              where,
              "the id belongs to module '"
                  + exercise.id().module()
                  + "', but it is listed in module '"
                  + catalog.module()
                  + "'"));
    }
    if (exercise.title().isBlank()) {
      problems.add(new Problem(where, "the title is blank"));
    }
    if (exercise.topics().isEmpty()) {
      problems.add(new Problem(where, "practises no topic; list at least one roadmap topic id"));
    }
    for (TopicId topic : exercise.topics()) {
      if (roadmap.topic(topic).isEmpty()) {
        problems.add(
            new Problem(
                where, "topic '" + topic + "' is not the id or alias of any roadmap topic"));
      }
    }
    if (exercise.hints().size() < MINIMUM_HINTS) {
      problems.add(
          new Problem(
              where,
              "has "
                  + exercise.hints().size()
                  + " hint(s); give at least "
                  + MINIMUM_HINTS
                  + ", from a gentle nudge to one that nearly gives the answer away"));
    }
    for (int i = 0; i < exercise.hints().size(); i++) {
      if (exercise.hints().get(i).isBlank()) {
        problems.add(new Problem(where, "hint " + (i + 1) + " is blank"));
      }
    }
    if (exercise.points() <= 0) {
      problems.add(new Problem(where, "points must be positive, got " + exercise.points()));
    }
    if (exercise.minutes() <= 0) {
      problems.add(new Problem(where, "minutes must be positive, got " + exercise.minutes()));
    }
    checkTests(exercise, where, problems);
    for (String file : exercise.files()) {
      if (!isInsideModule(file)) {
        problems.add(
            new Problem(
                where,
                "file '"
                    + file
                    + "' must be a path relative to the module directory that stays inside it"));
      }
    }
  }

  private static void checkTests(Exercise exercise, String where, List<Problem> problems) {
    String expectedPackage = exercise.packageName();
    if (!SourceVersion.isName(expectedPackage)) {
      problems.add(
          new Problem(
              where,
              "its package '"
                  + expectedPackage
                  + "' is not a valid Java package name; choose module and exercise names that"
                  + " start with a letter and are not Java keywords"));
    }
    if (exercise.tests().isEmpty()) {
      problems.add(new Problem(where, "has no tests; list at least one test class"));
    }
    for (String test : exercise.tests()) {
      int lastDot = test.lastIndexOf('.');
      if (!SourceVersion.isName(test) || lastDot < 0) {
        problems.add(
            new Problem(where, "test '" + test + "' is not a fully qualified Java class name"));
      } else if (!test.substring(0, lastDot).equals(expectedPackage)) {
        problems.add(
            new Problem(
                where,
                "test class '"
                    + test
                    + "' is not in the exercise's package '"
                    + expectedPackage
                    + "'"));
      }
    }
  }

  private static boolean isInsideModule(String file) {
    String normalized = file.replace('\\', '/');
    if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : normalized.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
