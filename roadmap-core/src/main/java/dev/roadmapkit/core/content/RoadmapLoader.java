package dev.roadmapkit.core.content;

import dev.roadmapkit.core.content.YamlEntry.MalformedEntryException;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.ResourceKind;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import dev.roadmapkit.core.validation.RoadmapCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a roadmap from its YAML data file and checks it.
 *
 * <p>The format:
 *
 * <pre>{@code
 * title: Backend Developer Roadmap
 * sections:
 *   - id: internet                 # slug, never changes once published
 *     title: Internet
 *     summary: One to three sentences.
 *     source: blog                 # blog | roadmap.sh, optional (blog when left out)
 *     prerequisites: []            # section ids, optional
 *     aliases: []                  # former ids, optional
 *     topics:
 *       - id: http
 *         title: HTTP
 *         summary: One to three sentences.
 *         aliases: []              # former ids, optional
 *         reading-only: Why no exercise practises it (a choice or a habit). Optional.
 *         resources:               # at least one
 *           - title: "RFC 9110: HTTP Semantics"
 *             url: https://www.rfc-editor.org/rfc/rfc9110
 *             kind: rfc            # official | article | video | course | book | rfc
 * }</pre>
 *
 * <p>Unknown fields are refused, so a typo never silently drops data. Every method throws {@link
 * RoadmapFormatException} for a malformed or inconsistent file.
 */
public final class RoadmapLoader {

  /** The class-path location of the roadmap bundled with this library. */
  public static final String BUNDLED_RESOURCE = "dev/roadmapkit/core/roadmap.yaml";

  private static final List<String> ROOT_FIELDS = List.of("title", "sections");
  private static final List<String> SECTION_FIELDS =
      List.of("id", "title", "summary", "source", "prerequisites", "aliases", "topics");
  private static final List<String> TOPIC_FIELDS =
      List.of("id", "title", "summary", "aliases", "reading-only", "resources");
  private static final List<String> RESOURCE_FIELDS = List.of("title", "url", "kind");

  private static volatile Roadmap bundled;

  private RoadmapLoader() {}

  /**
   * Returns the roadmap bundled with this library. It is read once and then shared; it is
   * immutable.
   *
   * @return the bundled roadmap
   * @throws IllegalStateException if the library's jar lacks the data file
   * @throws RoadmapFormatException if the bundled file is malformed (a defect of this library)
   */
  public static Roadmap loadBundled() {
    Roadmap roadmap = bundled;
    if (roadmap == null) {
      synchronized (RoadmapLoader.class) {
        roadmap = bundled;
        if (roadmap == null) {
          roadmap = readBundled();
          bundled = roadmap;
        }
      }
    }
    return roadmap;
  }

  /**
   * Reads a roadmap from a UTF-8 file.
   *
   * @param file the data file
   * @return the roadmap
   * @throws IOException if the file cannot be read
   * @throws RoadmapFormatException if the file is malformed or inconsistent; the source is the path
   */
  public static Roadmap load(Path file) throws IOException {
    Objects.requireNonNull(file, "roadmap file must not be null");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(reader, file.toString());
    }
  }

  /**
   * Reads a roadmap from text.
   *
   * @param reader the YAML text; not closed
   * @param sourceName the name used in messages, such as a file name
   * @return the roadmap
   * @throws IOException if reading fails
   * @throws RoadmapFormatException if the text is malformed or inconsistent
   */
  public static Roadmap load(Reader reader, String sourceName) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(sourceName, "source name must not be null");
    Roadmap roadmap;
    try {
      roadmap = roadmap(YamlEntry.parse(reader));
    } catch (MalformedEntryException e) {
      throw new RoadmapFormatException(sourceName, List.of(e.problem()));
    }
    List<Problem> problems = RoadmapCheck.check(roadmap);
    if (!problems.isEmpty()) {
      throw new RoadmapFormatException(sourceName, problems);
    }
    return roadmap;
  }

  private static Roadmap readBundled() {
    InputStream stream = RoadmapLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
    if (stream == null) {
      throw new IllegalStateException(
          "the bundled roadmap '" + BUNDLED_RESOURCE + "' is missing from the class path");
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return load(reader, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled roadmap " + BUNDLED_RESOURCE, e);
    }
  }

  private static Roadmap roadmap(YamlEntry root) {
    root.allowOnly(ROOT_FIELDS);
    String title = root.text("title");
    List<Section> sections = root.entries("sections").stream().map(RoadmapLoader::section).toList();
    if (sections.isEmpty()) {
      throw root.problem("field 'sections' is empty; a roadmap needs at least one section");
    }
    return new Roadmap(title, sections);
  }

  private static Section section(YamlEntry entry) {
    YamlEntry section = entry.labelledBy("id");
    section.allowOnly(SECTION_FIELDS);
    SectionId id = section.convert("id", SectionId::of);
    SectionSource source =
        section
            .optionalText("source")
            .map(
                key ->
                    SectionSource.fromKey(key.strip())
                        .orElseThrow(
                            () ->
                                section.problem(
                                    "unknown source '"
                                        + key.strip()
                                        + "'; use one of: "
                                        + Arrays.stream(SectionSource.values())
                                            .map(SectionSource::key)
                                            .collect(Collectors.joining(", ")))))
            .orElse(SectionSource.BLOG);
    return new Section(
        id,
        section.text("title"),
        section.text("summary"),
        section.entries("topics").stream().map(RoadmapLoader::topic).toList(),
        section.convertEach("prerequisites", false, SectionId::of),
        section.convertEach("aliases", false, SectionId::of),
        source);
  }

  private static Topic topic(YamlEntry entry) {
    YamlEntry topic = entry.labelledBy("id");
    topic.allowOnly(TOPIC_FIELDS);
    TopicId id = topic.convert("id", TopicId::of);
    List<Resource> resources =
        topic.entries("resources").stream().map(RoadmapLoader::resource).toList();
    if (resources.isEmpty()) {
      throw topic.problem("field 'resources' is empty; a topic needs at least one resource");
    }
    Optional<String> readingOnly = topic.optionalText("reading-only");
    return new Topic(
        id,
        topic.text("title"),
        topic.text("summary"),
        resources,
        topic.convertEach("aliases", false, TopicId::of),
        readingOnly.map(String::strip));
  }

  private static Resource resource(YamlEntry entry) {
    entry.allowOnly(RESOURCE_FIELDS);
    String title = entry.text("title");
    String kindName = entry.text("kind");
    ResourceKind kind =
        ResourceKind.fromKey(kindName)
            .orElseThrow(
                () ->
                    entry.problem(
                        "unknown resource kind '"
                            + kindName
                            + "'; use one of: "
                            + Arrays.stream(ResourceKind.values())
                                .map(ResourceKind::key)
                                .collect(Collectors.joining(", "))));
    return entry.convert("url", url -> Resource.of(title, url, kind));
  }
}
