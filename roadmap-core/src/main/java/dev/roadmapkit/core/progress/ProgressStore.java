package dev.roadmapkit.core.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseProgress;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.model.TopicStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads and writes a learner's progress as a JSON file:
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "topics" : {
 *     "dns" : "learning",
 *     "http" : "done"
 *   },
 *   "exercises" : {
 *     "caching/lru-cache" : {
 *       "status" : "passing",
 *       "hintsShown" : 1
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Entries are keyed by id and written sorted, so the file diffs cleanly. Ids the current roadmap
 * does not know are kept, so progress survives content updates; {@link #load(Roadmap)} moves
 * entries recorded under an old alias to the current id. Fields this version does not know are
 * ignored when reading (and so not written back).
 *
 * <p>Writes are atomic: the new content goes to a temporary file in the same directory, is forced
 * to disk, and then replaces the file in one {@link StandardCopyOption#ATOMIC_MOVE atomic move}. A
 * corrupt file is never overwritten: reading it, or saving over it, throws {@link
 * ProgressFormatException} until the caller {@linkplain #setAside() sets it aside}.
 *
 * <p>A store holds no state besides the path. Two processes saving at once cannot corrupt the file,
 * but the later save wins; callers that read, change and write should do so promptly.
 */
public final class ProgressStore {

  /** The file format version this class writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Path file;

  /**
   * Creates a store for a progress file; nothing is read or written yet.
   *
   * @param file the progress file; it need not exist
   */
  public ProgressStore(Path file) {
    this.file = Objects.requireNonNull(file, "progress file must not be null");
  }

  /**
   * Returns the progress file.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Reads the progress as recorded, with ids exactly as stored.
   *
   * @return the progress; {@link Progress#empty()} if the file does not exist
   * @throws IOException if the file exists but cannot be read
   * @throws ProgressFormatException if the file is not a progress file this version understands
   */
  public Progress load() throws IOException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Progress.empty();
    }
    return parse(content);
  }

  /**
   * Reads the progress and maps topic entries stored under an alias to the topic's current id.
   *
   * @param roadmap the roadmap whose aliases apply
   * @return the progress keyed by current ids; unknown ids are kept as they are
   * @throws IOException if the file exists but cannot be read
   * @throws ProgressFormatException if the file is not a progress file this version understands
   */
  public Progress load(Roadmap roadmap) throws IOException {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    return load().resolveAliases(roadmap);
  }

  /**
   * Writes the progress atomically, creating the file's directory if needed.
   *
   * @param progress the progress
   * @throws IOException if writing fails; the previous file is then unchanged
   * @throws ProgressFormatException if the existing file is corrupt; it is not overwritten
   */
  public void save(Progress progress) throws IOException {
    Objects.requireNonNull(progress, "progress must not be null");
    if (Files.exists(file)) {
      load(); // refuses, by throwing, to replace a corrupt file the learner has not set aside
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(toJson(progress).getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Moves the progress file out of the way, for example after it turned out corrupt, so that the
   * next {@link #save} starts afresh. The file is renamed to {@code <name>.corrupt}, or {@code
   * <name>.corrupt-2}, {@code -3} and so on if that exists.
   *
   * @return where the file now is
   * @throws IOException if the file does not exist or cannot be moved
   */
  public Path setAside() throws IOException {
    String name = file.getFileName() + ".corrupt";
    Path target = file.resolveSibling(name);
    for (int n = 2; Files.exists(target); n++) {
      target = file.resolveSibling(name + "-" + n);
    }
    return Files.move(file, target);
  }

  /**
   * Returns the JSON this store writes for some progress: sorted keys, two-space indentation, and
   * {@code \n} line ends on every platform, so equal progress gives equal bytes.
   *
   * @param progress the progress
   * @return the JSON text, ending with a line break
   */
  public static String toJson(Progress progress) {
    Objects.requireNonNull(progress, "progress must not be null");
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ObjectNode topics = root.putObject("topics");
    progress.topics().forEach((id, status) -> topics.put(id.value(), status.key()));
    ObjectNode exercises = root.putObject("exercises");
    progress
        .exercises()
        .forEach(
            (id, state) ->
                exercises
                    .putObject(id.toString())
                    .put("status", state.status().key())
                    .put("hintsShown", state.hintsShown()));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write progress as JSON", e);
    }
  }

  private Progress parse(byte[] content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw corrupt("it is not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw corrupt("it is not valid JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw corrupt("it is empty");
    }
    if (!root.isObject()) {
      throw corrupt("its top level must be a JSON object");
    }
    JsonNode version = root.path("version");
    if (!version.isInt()) {
      throw corrupt("it has no whole-number 'version' field");
    }
    if (version.intValue() != FORMAT_VERSION) {
      throw corrupt(
          "its format version is "
              + version.intValue()
              + ", but this version of the kit reads version "
              + FORMAT_VERSION
              + (version.intValue() > FORMAT_VERSION ? "; update the kit" : ""));
    }
    Map<TopicId, TopicStatus> topics = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : fields(root, "topics")) {
      TopicId id = id(entry.getKey(), "topics", TopicId::of);
      String status = entry.getValue().isTextual() ? entry.getValue().textValue() : "";
      topics.put(
          id,
          TopicStatus.fromKey(status)
              .orElseThrow(
                  () ->
                      corrupt(
                          "topic '"
                              + id
                              + "' has status "
                              + entry.getValue()
                              + "; expected \"done\", \"learning\" or \"skipped\"")));
    }
    Map<ExerciseId, ExerciseProgress> exercises = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : fields(root, "exercises")) {
      ExerciseId id = id(entry.getKey(), "exercises", ExerciseId::of);
      exercises.put(id, exercise(id, entry.getValue()));
    }
    return new Progress(topics, exercises);
  }

  private ExerciseProgress exercise(ExerciseId id, JsonNode node) {
    if (!node.isObject()) {
      throw corrupt("exercise '" + id + "' must be a JSON object");
    }
    JsonNode status = node.path("status");
    ExerciseStatus parsed =
        ExerciseStatus.fromKey(status.isTextual() ? status.textValue() : "")
            .orElseThrow(
                () ->
                    corrupt(
                        "exercise '"
                            + id
                            + "' has status "
                            + status
                            + "; expected \"passing\", \"failing\" or \"not-started\""));
    JsonNode hints = node.path("hintsShown");
    if (hints.isMissingNode()) {
      return new ExerciseProgress(parsed, 0);
    }
    if (!hints.isInt() || hints.intValue() < 0) {
      throw corrupt(
          "exercise '" + id + "' has hintsShown " + hints + "; expected a whole number, 0 or more");
    }
    return new ExerciseProgress(parsed, hints.intValue());
  }

  private Iterable<Map.Entry<String, JsonNode>> fields(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (node.isMissingNode()) {
      return Map.<String, JsonNode>of().entrySet();
    }
    if (!node.isObject()) {
      throw corrupt("its '" + field + "' field must be a JSON object keyed by id");
    }
    return node.properties();
  }

  private <T> T id(String raw, String field, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException e) {
      throw corrupt("'" + field + "' has a key that is not an id: " + e.getMessage());
    }
  }

  private ProgressFormatException corrupt(String reason) {
    return new ProgressFormatException(file, reason);
  }
}
