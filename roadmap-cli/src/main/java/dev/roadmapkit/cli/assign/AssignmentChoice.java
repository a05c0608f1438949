package dev.roadmapkit.cli.assign;

import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.query.Curriculum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a teacher typed ({@code ./roadmap assign caching databases -e caching/lru-cache
 * --points caching/lru-cache=20 --no-hints}) into an {@link Assignment}. Unknown modules and
 * exercises get "did you mean" from {@link Lookup}; every other mistake is an {@link
 * IllegalArgumentException} whose message says what to type instead.
 */
public final class AssignmentChoice {

  private static final int MAX_POINTS = 1000;

  private AssignmentChoice() {}

  /**
   * Chooses the assignment.
   *
   * @param curriculum the kit's roadmap and catalogs
   * @param moduleNames the modules, at least one
   * @param exerciseIds exercises to keep; a module none of them belongs to keeps all of its own
   * @param points new points by exercise id, as typed ({@code caching/lru-cache=20})
   * @param hints whether hints go into the repository
   * @param stepMinutes the time limit of one grading step
   * @param title the README's title, or {@code null} for one made of the modules' titles
   * @return the assignment
   * @throws dev.roadmapkit.cli.kit.UnknownIdException for an unknown module or exercise
   * @throws IllegalArgumentException for any other mistake
   */
  public static Assignment choose(
      Curriculum curriculum,
      List<String> moduleNames,
      List<String> exerciseIds,
      List<String> points,
      boolean hints,
      int stepMinutes,
      String title) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Lookup lookup = new Lookup(curriculum);
    Map<String, ModuleCatalog> modules = new LinkedHashMap<>();
    for (String name : moduleNames) {
      ModuleCatalog module = lookup.module(name);
      if (module.exercises().isEmpty()) {
        throw new IllegalArgumentException(
            "module " + module.module() + " has no exercises yet; assign another");
      }
      modules.putIfAbsent(module.module(), module);
    }
    if (modules.isEmpty()) {
      throw new IllegalArgumentException(
          "name at least one module to assign, such as caching; ./roadmap list shows them");
    }
    Set<ExerciseId> chosen = new LinkedHashSet<>();
    for (String typed : exerciseIds) {
      Exercise exercise = lookup.exercise(typed);
      if (!modules.containsKey(exercise.id().module())) {
        throw new IllegalArgumentException(
            exercise.id()
                + " is not in the modules you assign ("
                + String.join(", ", modules.keySet())
                + "); add its module "
                + exercise.id().module());
      }
      chosen.add(exercise.id());
    }
    Set<String> narrowed =
        chosen.stream()
            .map(ExerciseId::module)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<ExerciseId, Integer> newPoints = parsePoints(lookup, points);
    List<ModuleCatalog> assigned = new ArrayList<>();
    Set<ExerciseId> kept = new LinkedHashSet<>();
    for (ModuleCatalog module : modules.values()) {
      List<Exercise> exercises = new ArrayList<>();
      for (Exercise exercise : module.exercises()) {
        if (narrowed.contains(module.module()) && !chosen.contains(exercise.id())) {
          continue;
        }
        kept.add(exercise.id());
        exercises.add(
            new Exercise(
                exercise.id(),
                exercise.title(),
                exercise.kind(),
                exercise.difficulty(),
                newPoints.getOrDefault(exercise.id(), exercise.points()),
                exercise.minutes(),
                exercise.topics(),
                exercise.files(),
                exercise.tests(),
                hints ? exercise.hints() : List.of()));
      }
      assigned.add(new ModuleCatalog(module.module(), module.section(), module.title(), exercises));
    }
    for (ExerciseId id : newPoints.keySet()) {
      if (!kept.contains(id)) {
        throw new IllegalArgumentException(
            "--points names "
                + id
                + ", which is not assigned; give points only to assigned exercises");
      }
    }
    if (stepMinutes < 1 || stepMinutes > 360) {
      throw new IllegalArgumentException(
          "--step-minutes must be between 1 and 360 (GitHub's limit is 6 hours), got "
              + stepMinutes);
    }
    String shownTitle =
        title == null || title.isBlank()
            ? assigned.stream().map(ModuleCatalog::title).collect(Collectors.joining(", "))
            : title.strip();
    return new Assignment(shownTitle, assigned, hints, stepMinutes);
  }

  private static Map<ExerciseId, Integer> parsePoints(Lookup lookup, List<String> points) {
    Map<ExerciseId, Integer> parsed = new LinkedHashMap<>();
    for (String typed : points) {
      int equals = typed.lastIndexOf('=');
      if (equals <= 0 || equals == typed.length() - 1) {
        throw new IllegalArgumentException(
            "--points takes EXERCISE=POINTS, such as caching/lru-cache=20; got '" + typed + "'");
      }
      Exercise exercise = lookup.exercise(typed.substring(0, equals));
      String number = typed.substring(equals + 1).strip();
      int value;
      try {
        value = Integer.parseInt(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--points for " + exercise.id() + " must be a whole number, got '" + number + "'", e);
      }
      if (value < 1 || value > MAX_POINTS) {
        throw new IllegalArgumentException(
            "--points for "
                + exercise.id()
                + " must be between 1 and "
                + MAX_POINTS
                + ", got "
                + value);
      }
      if (parsed.put(exercise.id(), value) != null) {
        throw new IllegalArgumentException("--points gives " + exercise.id() + " points twice");
      }
    }
    return parsed;
  }
}
