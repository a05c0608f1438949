package dev.roadmapkit.kitcheck;

import dev.roadmapkit.core.catalog.CatalogCheck;
import dev.roadmapkit.core.catalog.CatalogFormatException;
import dev.roadmapkit.core.catalog.CatalogLoader;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.content.RoadmapLoader;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogs and the roadmap as roadmap-core loads and checks them. */
public final class CoreCatalogs implements CatalogSource {

  private final Roadmap roadmap;

  /** Over the roadmap bundled with roadmap-core. */
  public CoreCatalogs() {
    this(RoadmapLoader.loadBundled());
  }

  public CoreCatalogs(Roadmap roadmap) {
    this.roadmap = roadmap;
  }

  @Override
  public ModuleView read(Path moduleDir) {
    String module = moduleDir.getFileName().toString();
    ModuleCatalog catalog;
    try {
      catalog = CatalogLoader.load(moduleDir);
    } catch (CatalogFormatException | IOException e) {
      return new ModuleView(
          module,
          List.of(),
          List.of(new Finding(module, Finding.Invariant.CATALOG, e.getMessage())));
    }
    List<Finding> problems =
        CatalogCheck.check(roadmap, catalog).stream()
            .map(p -> finding(module, p))
            .collect(Collectors.toList());
    if (!catalog.module().equals(module)) {
      problems.add(
          new Finding(
              module,
              Finding.Invariant.CATALOG,
              "exercises.yaml names the module '"
                  + catalog.module()
                  + "' but lives in exercises/"
                  + module));
    }
    List<ExerciseView> exercises = catalog.exercises().stream().map(this::view).toList();
    Optional<String> section = roadmap.section(catalog.section()).map(s -> s.id().value());
    return new ModuleView(module, section, exercises, problems);
  }

  private ExerciseView view(Exercise exercise) {
    List<String> topics =
        exercise.topics().stream()
            .map(t -> roadmap.topic(t).map(Topic::id).orElse(t))
            .map(TopicId::value)
            .toList();
    return new ExerciseView(
        exercise.id().toString(),
        exercise.packageName(),
        exercise.tests(),
        exercise.files(),
        topics);
  }

  /** A problem whose place is an exercise id is that exercise's; others are the module's. */
  private static Finding finding(String module, Problem problem) {
    String where = problem.where();
    String subject = where.matches("[a-z0-9-]+/[a-z0-9-]+") ? where : module;
    String message = subject.equals(where) ? problem.what() : where + ": " + problem.what();
    return new Finding(subject, Finding.Invariant.CATALOG, message);
  }

  @Override
  public Map<String, List<String>> sectionTopics() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (Section section : roadmap.sections()) {
      sections.put(
          section.id().value(), section.topics().stream().map(t -> t.id().value()).toList());
    }
    return sections;
  }

  @Override
  public Map<String, String> readingOnly() {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (Topic topic : roadmap.topics()) {
      topic.readingOnly().ifPresent(reason -> reasons.put(topic.id().value(), reason));
    }
    return reasons;
  }

  @Override
  public Set<String> topics() {
    Set<String> ids = new LinkedHashSet<>();
    for (Topic topic : roadmap.topics()) {
      ids.add(topic.id().value());
    }
    return ids;
  }
}
