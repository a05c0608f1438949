package dev.roadmapkit.cicd.workflowlint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Given: one workflow file read with jackson-dataformat-yaml, as a tree plus where each key and
 * list item is in the file. Do not change this class.
 *
 * <p>A path is given as its segments from the root: {@code ("jobs", "build", "needs", "0")} is the
 * first item of job {@code build}'s {@code needs} list.
 *
 * <p>YAML 1.1 traps, as Jackson reads them: keys stay text (an unquoted key {@code on} is the key
 * {@code "on"}; a file written by a YAML 1.1 tool such as PyYAML may hold {@code true:} instead),
 * but scalar values are typed: {@code on}, {@code yes} and {@code off} become booleans, {@code
 * 1.10} becomes the number 1.1 and {@code 010} the number 8. {@link JsonNode#asText()} of such a
 * node is therefore not what the file says; {@link #text} is.
 */
public final class WorkflowSource {

  private static final YAMLMapper YAML = new YAMLMapper();

  private final String file;
  private final JsonNode tree;
  private final Map<String, Integer> lines;
  private final Map<String, String> texts;

  private WorkflowSource(
      String file, JsonNode tree, Map<String, Integer> lines, Map<String, String> texts) {
    this.file = file;
    this.tree = tree;
    this.lines = lines;
    this.texts = texts;
  }

  /** Reads a workflow file; its {@link #file()} is the file's name. */
  public static WorkflowSource read(Path path) {
    try {
      return of(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the workflow " + path, e);
    }
  }

  /**
   * Reads a workflow from its text.
   *
   * @param file the name used in messages, such as {@code ci.yml}
   * @throws IllegalArgumentException when the text is not YAML
   */
  public static WorkflowSource of(String file, String yaml) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(yaml, "yaml");
    try {
      JsonNode tree = YAML.readTree(yaml);
      Map<String, Integer> lines = new HashMap<>();
      Map<String, String> texts = new HashMap<>();
      try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
            lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
          }
          if (token.isScalarValue()) {
            texts.put(pointer, parser.getText());
          }
        }
      }
      return new WorkflowSource(
          file, tree == null ? MissingNode.getInstance() : tree, lines, texts);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** The file's name, for messages. */
  public String file() {
    return file;
  }

  /** The whole document as Jackson's tree (a missing node when the file is empty). */
  public JsonNode tree() {
    return tree;
  }

  /** The node at a path, or a missing node ({@link JsonNode#isMissingNode()}). */
  public JsonNode node(String... path) {
    return tree.at(pointer(path));
  }

  /**
   * The line (from 1) of the key at a path (for a list item: of the item); for a path that is not
   * in the file, the line of its nearest ancestor that is, and 1 for the root.
   */
  public int line(String... path) {
    for (int n = path.length; n > 0; n--) {
      Integer line = lines.get(pointer(java.util.Arrays.copyOf(path, n)));
      if (line != null) {
        return line;
      }
    }
    return 1;
  }

  /**
   * A scalar exactly as the file writes it ({@code 1.10}, {@code on}), or empty when the path is
   * not a scalar.
   */
  public Optional<String> text(String... path) {
    return Optional.ofNullable(texts.get(pointer(path)));
  }

  private static String pointer(String... path) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : path) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  @Override
  public String toString() {
    return file;
  }
}
