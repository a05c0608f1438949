package dev.roadmapkit.programming.todocli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Exercise {@code programming/todo-cli}, part 1: keep the to-do list in a JSON file.
 *
 * <p>The file holds one object with an array of items, for example:
 *
 * <pre>{"items":[{"text":"buy milk","done":false},{"text":"call Ada","done":true}]}</pre>
 *
 * <p>Use Jackson ({@code com.fasterxml.jackson.databind.ObjectMapper}); its tree model ({@code
 * readTree}, {@code JsonNode}) lets you check the shape yourself.
 */
public final class TodoStore {

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
    throw new UnsupportedOperationException(
        "TODO programming/todo-cli: a missing file is an empty list; otherwise read the JSON tree"
            + " and check its shape");
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
    throw new UnsupportedOperationException(
        "TODO programming/todo-cli: write the JSON to a temporary file beside the file, then"
            + " Files.move it over the file with ATOMIC_MOVE");
  }
}
