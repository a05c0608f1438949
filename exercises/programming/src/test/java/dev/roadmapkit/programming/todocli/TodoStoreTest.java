package dev.roadmapkit.programming.todocli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on its own: reading, writing, and failing to write without leaving a trace. */
@Label("programming/todo-cli: the store")
class TodoStoreTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a missing file is an empty list, and load creates nothing")
  void missingFile() {
    TodoStore store = new TodoStore(dir.resolve("todo.json"));
    assertThat(store.load()).as("load() of a file that does not exist yet").isEmpty();
    assertThat(dir.resolve("todo.json")).as("load() only reads").doesNotExist();
  }

  @Test
  @DisplayName("a write that fails names the file and leaves no temporary file behind")
  void failedWrite() throws IOException {
    Path occupied = dir.resolve("todo.json");
    Files.createDirectory(occupied);
    Files.writeString(occupied.resolve("keep.txt"), "a directory cannot be replaced by a file");
    TodoStore store = new TodoStore(occupied);
    assertThatThrownBy(() -> store.save(List.of(new TodoItem("a", false))))
        .as("save() over a directory that is not empty cannot work: a StorageException")
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(occupied.toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as(
              "the failed save left its temporary file behind: delete it when the move fails"
                  + " (Files.deleteIfExists in a catch or finally)")
          .containsExactly("todo.json");
    }
  }

  @Test
  @DisplayName("a directory that does not exist is a StorageException naming the file")
  void missingDirectory() {
    Path nowhere = dir.resolve("no-such-dir").resolve("todo.json");
    assertThatThrownBy(() -> new TodoStore(nowhere).save(List.of(new TodoItem("a", false))))
        .as("save() into a directory that does not exist")
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(nowhere.toString());
  }

  @Test
  @DisplayName("a file that cannot be read is a StorageException naming it")
  void unreadable() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("todo.json"));
    assertThatThrownBy(() -> new TodoStore(directory).load())
        .as("load() of a path that is a directory")
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(directory.toString());
  }

  @Provide
  Arbitrary<List<TodoItem>> lists() {
    Arbitrary<String> texts =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', '✓', '\t', '"', '\\')
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(t -> !t.isBlank());
    return Combinators.combine(texts, Arbitraries.of(true, false))
        .as(TodoItem::new)
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  @Label("what save writes, load reads back, item for item")
  void roundTrip(@ForAll("lists") List<TodoItem> items) throws IOException {
    Path temporary = Files.createTempDirectory("todo-store-");
    try {
      TodoStore store = new TodoStore(temporary.resolve("todo.json"));
      store.save(List.of(new TodoItem("overwritten", true)));
      store.save(items);
      assertThat(store.load()).as("load() after save(%s)", items).isEqualTo(items);
    } finally {
      try (Stream<Path> files = Files.walk(temporary)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
