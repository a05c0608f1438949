package dev.roadmapkit.programming.todocli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exercise {@code programming/todo-cli}, part 1: keep the to-do list in a JSON file.
 *
 * <p>Key idea: the file is the user's data, so reading never repairs it and writing never
 * half-replaces it. load() checks the shape of the JSON tree itself and refuses anything else
 * (binding to a record would quietly accept a missing field as null); save() writes a temporary
 * file in the same directory and renames it over the old one, which the file system does in one
 * step. The price is a second file for a moment, removed whatever happens.
 *
 * <p>The file holds one object with an array of items, for example:
 *
 * <pre>{"items":[{"text":"buy milk","done":false},{"text":"call Ada","done":true}]}</pre>
 */
public final class TodoStore {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final Path file;

  /**
   * A store for the list in {@code file}. Nothing is read or written yet.
   *
   * @param file where the list is kept
   */
  public TodoStore(Path file) {
    this.file = Objects.requireNonNull(file, "file must not be null");
  }

  /**
   * Reads the list.
   *
   * @return the items in the file's order; an empty list when the file does not exist (the first
   *     run). Nothing is created.
   * @throws StorageException when the file cannot be read, or is not a to-do list: not JSON, cut
   *     short, empty (0 bytes: a crash could have left it so), not an object with an {@code items}
   *     array, or an item without a non-blank string {@code text} and a boolean {@code done}. The
   *     message names the file and says it is corrupt. The file is never changed.
   */
  public List<TodoItem> load() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw corrupt("it is not JSON", e);
    }
    return items(root);
  }

  private List<TodoItem> items(JsonNode root) {
    if (root == null || root.isMissingNode() || !root.path("items").isArray()) {
      throw corrupt("it has no \"items\" array", null);
    }
    List<TodoItem> items = new ArrayList<>();
    for (JsonNode item : root.get("items")) {
      JsonNode text = item.path("text");
      JsonNode done = item.path("done");
      if (!text.isTextual() || text.asText().isBlank() || !done.isBoolean()) {
        throw corrupt("an item needs a \"text\" and a \"done\" of true or false: " + item, null);
      }
      items.add(new TodoItem(text.asText(), done.asBoolean()));
    }
    return items;
  }

  private StorageException corrupt(String why, Throwable cause) {
    return new StorageException(
        file + " is corrupt, so it was left as it is: " + why + ". Repair or move it", cause);
  }

  /**
   * Writes the list, atomically: a reader (or a crash) sees the old file or the new one, never a
   * half-written one. Write a temporary file in the same directory, then move it over the file with
   * {@code StandardCopyOption.ATOMIC_MOVE}. The temporary file never stays behind, even when the
   * move fails.
   *
   * @param items the items to keep, in order
   * @throws StorageException when the file cannot be written, naming it
   */
  public void save(List<TodoItem> items) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("items");
    for (TodoItem item : items) {
      array.addObject().put("text", item.text()).put("done", item.done());
    }
    Path temporary = null;
    try {
      Files.write(file, bytes(root));
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new StorageException("cannot write " + file + ": " + e, e);
    }
  }

  private static byte[] bytes(JsonNode root) throws JsonProcessingException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The write failed already; that is the error to report.
    }
  }
}
