package dev.roadmapkit.cli.kit;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.content.RoadmapLoader;
import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.ResourceKind;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A copy of the roadmap and the catalogs in a compact binary form, in {@code
 * .roadmap/cache/curriculum.bin}, so that a command starts without parsing YAML, which costs a cold
 * JVM a third of a second. The copy is used only while its key matches: the bundled roadmap's
 * content, and the path, size and modification time of every {@code exercises.yaml}. Any problem
 * with the cache just means reading the YAML again.
 */
final class CurriculumCache {

  private static final String MAGIC = "roadmap-curriculum-cache";
  private static final int VERSION = 3;

  private final Path file;
  private final Path exercisesDir;

  /** The roadmap and catalogs as cached. */
  record Content(Roadmap roadmap, List<ModuleCatalog> catalogs) {}

  CurriculumCache(Path file, Path exercisesDir) {
    this.file = file;
    this.exercisesDir = exercisesDir;
  }

  /** The cached content, if the cache exists and its key matches. */
  Optional<Content> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION || !in.readUTF().equals(key())) {
        return Optional.empty();
      }
      Roadmap roadmap = readRoadmap(in);
      List<ModuleCatalog> catalogs = list(in, CurriculumCache::readCatalog);
      return Optional.of(new Content(roadmap, catalogs));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a cache that cannot be read is a cache miss
    }
  }

  /** Writes the content with the current key; a failure leaves no cache, and is ignored. */
  void write(Content content) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "curriculum", ".tmp");
      try {
        try (DataOutputStream out =
            new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
          out.writeUTF(MAGIC);
          out.writeInt(VERSION);
          out.writeUTF(key());
          writeRoadmap(out, content.roadmap());
          out.writeInt(content.catalogs().size());
          for (ModuleCatalog catalog : content.catalogs()) {
            writeCatalog(out, catalog);
          }
        }
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // without a cache the next command reads the YAML again
    }
  }

  /** What the content was made from: the bundled roadmap's bytes, and every catalog file. */
  private String key() throws IOException {
    StringBuilder key = new StringBuilder();
    try (InputStream bundled =
        RoadmapLoader.class.getClassLoader().getResourceAsStream(RoadmapLoader.BUNDLED_RESOURCE)) {
      if (bundled == null) {
        throw new IOException("no bundled roadmap");
      }
      byte[] bytes = bundled.readAllBytes();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      key.append(bytes.length).append(':').append(crc.getValue());
    }
    try (Stream<Path> modules = Files.list(exercisesDir)) {
      for (Path catalog :
          modules
              .map(module -> module.resolve("exercises.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList()) {
        key.append('|')
            .append(catalog.getParent().getFileName())
            .append(':')
            .append(Files.size(catalog))
            .append(':')
            .append(Files.getLastModifiedTime(catalog).toMillis());
      }
    }
    return key.toString();
  }

  private static void writeRoadmap(DataOutputStream out, Roadmap roadmap) throws IOException {
    out.writeUTF(roadmap.title());
    out.writeInt(roadmap.sections().size());
    for (Section section : roadmap.sections()) {
      out.writeUTF(section.id().value());
      out.writeUTF(section.title());
      writeText(out, section.summary());
      out.writeUTF(section.source().key());
      strings(out, section.prerequisites().stream().map(SectionId::value).toList());
      strings(out, section.aliases().stream().map(SectionId::value).toList());
      out.writeInt(section.topics().size());
      for (Topic topic : section.topics()) {
        out.writeUTF(topic.id().value());
        out.writeUTF(topic.title());
        writeText(out, topic.summary());
        strings(out, topic.aliases().stream().map(TopicId::value).toList());
        strings(out, topic.readingOnly().stream().toList());
        out.writeInt(topic.resources().size());
        for (Resource resource : topic.resources()) {
          writeText(out, resource.title());
          writeText(out, resource.url().toString());
          out.writeUTF(resource.kind().key());
        }
      }
    }
  }

  private static Roadmap readRoadmap(DataInputStream in) throws IOException {
    String title = in.readUTF();
    int sections = in.readInt();
    List<Section> read = new ArrayList<>(sections);
    for (int s = 0; s < sections; s++) {
      SectionId id = SectionId.of(in.readUTF());
      String sectionTitle = in.readUTF();
      String summary = readText(in);
      SectionSource source = SectionSource.fromKey(in.readUTF()).orElseThrow();
      List<SectionId> prerequisites = readStrings(in).stream().map(SectionId::of).toList();
      List<SectionId> aliases = readStrings(in).stream().map(SectionId::of).toList();
      int topics = in.readInt();
      List<Topic> readTopics = new ArrayList<>(topics);
      for (int t = 0; t < topics; t++) {
        TopicId topicId = TopicId.of(in.readUTF());
        String topicTitle = in.readUTF();
        String topicSummary = readText(in);
        List<TopicId> topicAliases = readStrings(in).stream().map(TopicId::of).toList();
        Optional<String> readingOnly = readStrings(in).stream().findFirst();
        int resources = in.readInt();
        List<Resource> readResources = new ArrayList<>(resources);
        for (int r = 0; r < resources; r++) {
          String resourceTitle = readText(in);
          String url = readText(in);
          ResourceKind kind = ResourceKind.fromKey(in.readUTF()).orElseThrow();
          readResources.add(Resource.of(resourceTitle, url, kind));
        }
        readTopics.add(
            new Topic(topicId, topicTitle, topicSummary, readResources, topicAliases, readingOnly));
      }
      read.add(new Section(id, sectionTitle, summary, readTopics, prerequisites, aliases, source));
    }
    return new Roadmap(title, read);
  }

  private static void writeCatalog(DataOutputStream out, ModuleCatalog catalog) throws IOException {
    out.writeUTF(catalog.module());
    out.writeUTF(catalog.section().value());
    out.writeUTF(catalog.title());
    out.writeInt(catalog.exercises().size());
    for (Exercise exercise : catalog.exercises()) {
      out.writeUTF(exercise.id().name());
      writeText(out, exercise.title());
      out.writeUTF(exercise.kind().key());
      out.writeUTF(exercise.difficulty().key());
      out.writeInt(exercise.points());
      out.writeInt(exercise.minutes());
      strings(out, exercise.topics().stream().map(TopicId::value).toList());
      strings(out, exercise.files());
      strings(out, exercise.tests());
      strings(out, exercise.hints());
    }
  }

  private static ModuleCatalog readCatalog(DataInputStream in) throws IOException {
    String module = in.readUTF();
    SectionId section = SectionId.of(in.readUTF());
    String title = in.readUTF();
    int exercises = in.readInt();
    List<Exercise> read = new ArrayList<>(exercises);
    for (int e = 0; e < exercises; e++) {
      ExerciseId id = new ExerciseId(module, in.readUTF());
      String exerciseTitle = readText(in);
      ExerciseKind kind = ExerciseKind.fromKey(in.readUTF()).orElseThrow();
      Difficulty difficulty = Difficulty.fromKey(in.readUTF()).orElseThrow();
      int points = in.readInt();
      int minutes = in.readInt();
      List<TopicId> topics = readStrings(in).stream().map(TopicId::of).toList();
      read.add(
          new Exercise(
              id,
              exerciseTitle,
              kind,
              difficulty,
              points,
              minutes,
              topics,
              readStrings(in),
              readStrings(in),
              readStrings(in)));
    }
    return new ModuleCatalog(module, section, title, read);
  }

  /** Text of any length: {@link DataOutputStream#writeUTF} stops at 64 KB. */
  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeText(out, value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    return list(in, CurriculumCache::readText);
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > 100_000) {
      throw new IOException("not a list size: " + size);
    }
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(reader.read(in));
    }
    return values;
  }
}
