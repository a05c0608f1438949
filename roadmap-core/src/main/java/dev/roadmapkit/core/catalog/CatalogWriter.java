package dev.roadmapkit.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.TopicId;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link ModuleCatalog} in the format {@link CatalogLoader} reads, fields in the order the
 * format lists them, so that {@code CatalogLoader.load(write(catalog))} equals {@code catalog}.
 * Empty {@code files} and {@code hints} are left out, as the format allows.
 */
public final class CatalogWriter {

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private CatalogWriter() {}

  /**
   * Returns the catalog as the text of an {@code exercises.yaml}.
   *
   * @param catalog the catalog
   * @return YAML text, ending with a line break
   */
  public static String write(ModuleCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("module", catalog.module());
    root.put("section", catalog.section().value());
    root.put("title", catalog.title());
    List<Object> exercises = new ArrayList<>();
    for (Exercise exercise : catalog.exercises()) {
      exercises.add(fields(exercise));
    }
    root.put("exercises", exercises);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // Maps of strings, numbers and lists always serialize; this is a defect if it happens.
      throw new UncheckedIOException("cannot write the catalog of " + catalog.module(), e);
    }
  }

  private static Map<String, Object> fields(Exercise exercise) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", exercise.id().name());
    fields.put("title", exercise.title());
    fields.put("kind", exercise.kind().key());
    fields.put("difficulty", exercise.difficulty().key());
    fields.put("points", exercise.points());
    fields.put("minutes", exercise.minutes());
    fields.put("topics", exercise.topics().stream().map(TopicId::value).toList());
    if (!exercise.files().isEmpty()) {
      fields.put("files", exercise.files());
    }
    fields.put("tests", exercise.tests());
    if (!exercise.hints().isEmpty()) {
      fields.put("hints", exercise.hints());
    }
    return fields;
  }
}
