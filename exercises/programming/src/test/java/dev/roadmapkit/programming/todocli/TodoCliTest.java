package dev.roadmapkit.programming.todocli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line, run in this JVM through {@link TodoCli#run}: what it prints on standard output
 * and standard error, the exit code, and the storage file's bytes.
 */
@DisplayName("programming/todo-cli: the command line")
class TodoCliTest {

  static final String USAGE = "usage: todo [--file PATH] (add TEXT... | list | done N | remove N)";

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Outcome(int code, List<String> out, List<String> err) {
    @Override
    public String toString() {
      return "exit code " + code + ", stdout " + out + ", stderr " + err;
    }
  }

  private Path file() {
    return dir.resolve("todo.json");
  }

  static Outcome run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = TodoCli.run(List.of(args), o, e, env);
    }
    return new Outcome(
        code,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private Outcome todo(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--file";
    all[1] = file().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(Map.of(), all);
  }

  private void assertWorked(Outcome outcome, String command, String... lines) {
    assertThat(outcome.code())
        .as("todo %s: exit code 0 when the command works (%s)", command, outcome)
        .isZero();
    assertThat(outcome.err()).as("todo %s: nothing on stderr when it works", command).isEmpty();
    assertThat(outcome.out())
        .as("todo %s: what it prints on stdout", command)
        .containsExactly(lines);
  }

  private void givenItems(String... texts) {
    for (String text : texts) {
      assertThat(todo("add", text).code()).as("todo add %s", text).isZero();
    }
  }

  @Test
  @DisplayName("add appends an item and prints its number; list shows the items in order")
  void addAndList() {
    assertWorked(todo("add", "buy", "milk"), "add buy milk", "added 1: buy milk");
    assertWorked(todo("add", "call Ada"), "add \"call Ada\"", "added 2: call Ada");
    assertWorked(todo("list"), "list", "1 [ ] buy milk", "2 [ ] call Ada");
  }

  @Test
  @DisplayName("list with no file yet says nothing to do, and creates no file")
  void listWithoutFile() {
    assertWorked(todo("list"), "list", "nothing to do");
    assertThat(file())
        .as("list only reads: it must not create %s", file().getFileName())
        .doesNotExist();
  }

  @Test
  @DisplayName("done marks the item of that number, counted from 1")
  void done() {
    givenItems("a", "b", "c");
    assertWorked(todo("done", "2"), "done 2", "done 2: b");
    assertWorked(todo("list"), "list after done 2", "1 [ ] a", "2 [x] b", "3 [ ] c");
    assertWorked(todo("done", "2"), "done 2 again (fine, it stays done)", "done 2: b");
    assertWorked(todo("done", "3"), "done 3, the last one", "done 3: c");
    assertWorked(todo("list"), "list", "1 [ ] a", "2 [x] b", "3 [x] c");
  }

  @Test
  @DisplayName("remove takes the item of that number out, the ones after it move up")
  void remove() {
    givenItems("a", "b", "c");
    assertWorked(todo("remove", "2"), "remove 2", "removed 2: b");
    assertWorked(todo("list"), "list after remove 2", "1 [ ] a", "2 [ ] c");
    assertWorked(todo("remove", "2"), "remove 2, now the last one", "removed 2: c");
    assertWorked(todo("remove", "1"), "remove 1", "removed 1: a");
    assertWorked(todo("list"), "list", "nothing to do");
  }

  @Test
  @DisplayName("the list is stored as {\"items\":[{\"text\":...,\"done\":...}]}")
  void storedAsJson() throws IOException {
    givenItems("a", "say \"hi\" — ✓");
    todo("done", "1");
    JsonNode root = new ObjectMapper().readTree(file().toFile());
    assertThat(root.path("items").isArray())
        .as("the file holds an object with an \"items\" array: %s", root)
        .isTrue();
    assertThat(root.path("items"))
        .as("one object per item, in order, with \"text\" and \"done\": %s", root)
        .hasSize(2);
    assertThat(root.path("items").get(0).path("text").asText()).isEqualTo("a");
    assertThat(root.path("items").get(0).path("done").isBoolean())
        .as("\"done\" is a JSON boolean, true or false: %s", root)
        .isTrue();
    assertThat(root.path("items").get(0).path("done").asBoolean()).isTrue();
    assertThat(root.path("items").get(1).path("text").asText()).isEqualTo("say \"hi\" — ✓");
    assertThat(root.path("items").get(1).path("done").asBoolean()).isFalse();
    assertWorked(todo("list"), "list", "1 [x] a", "2 [ ] say \"hi\" — ✓");
  }

  @Test
  @DisplayName("reads a list another program wrote in that format")
  void readsTheFormat() throws IOException {
    Files.writeString(
        file(),
        "{ \"items\" : [ {\"done\": true, \"text\": \"water plants\"},"
            + " {\"text\": \"pay rent\", \"done\": false} ] }");
    assertWorked(todo("list"), "list", "1 [x] water plants", "2 [ ] pay rent");
    assertWorked(todo("add", "read"), "add read", "added 3: read");
  }

  @Test
  @DisplayName("the file is TODO_FILE when no --file is given, and --file wins over it")
  void environment() {
    Path fromEnv = dir.resolve("env.json");
    Map<String, String> env = Map.of("TODO_FILE", fromEnv.toString());
    assertWorked(run(env, "add", "from env"), "add with TODO_FILE set", "added 1: from env");
    assertThat(fromEnv).as("TODO_FILE names the storage file").exists();
    assertWorked(run(env, "list"), "list with TODO_FILE set", "1 [ ] from env");
    assertWorked(
        run(env, "--file", file().toString(), "list"),
        "--file with TODO_FILE set: --file wins",
        "nothing to do");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of(), "no command"),
        Arguments.of(List.of("frob"), "unknown command \"frob\""),
        Arguments.of(List.of("add"), "add"),
        Arguments.of(List.of("add", " "), "add"),
        Arguments.of(List.of("done"), "done"),
        Arguments.of(List.of("remove"), "remove"),
        Arguments.of(List.of("done", "abc"), "\"abc\" is not an item number"),
        Arguments.of(List.of("remove", "1.5"), "\"1.5\" is not an item number"),
        Arguments.of(List.of("done", ""), "\"\" is not an item number"),
        Arguments.of(List.of("done", "1", "2"), "done"),
        Arguments.of(List.of("remove", "1", "x"), "remove"),
        Arguments.of(List.of("list", "x"), "list"),
        Arguments.of(List.of("LIST"), "unknown command \"LIST\""));
  }

  @ParameterizedTest(name = "todo {0}: exit code 2, \"{1}\" and the usage on stderr")
  @MethodSource("usageErrors")
  @DisplayName("usage errors")
  void usageErrors(List<String> args, String message) throws IOException {
    givenItems("keep me");
    byte[] before = Files.readAllBytes(file());
    Outcome outcome = todo(args.toArray(String[]::new));
    assertUsageError(outcome, "todo " + String.join(" ", args), message);
    assertThat(Files.readAllBytes(file()))
        .as("todo %s is an error: the file must not change", args)
        .isEqualTo(before);
  }

  static void assertUsageError(Outcome outcome, String command, String message) {
    assertThat(outcome.code())
        .as(
            "%s is a usage error: exit code 2, so that a script running it stops (%s)",
            command, outcome)
        .isEqualTo(2);
    assertThat(outcome.out())
        .as("%s: nothing on stdout, errors go to stderr (%s)", command, outcome)
        .isEmpty();
    assertThat(outcome.err())
        .as("%s: stderr has the message and then the usage line", command)
        .hasSize(2);
    assertThat(outcome.err().get(0))
        .as("%s: the message on stderr starts with \"todo: \" and says what is wrong", command)
        .startsWith("todo: ")
        .contains(message);
    assertThat(outcome.err().get(1)).as("%s: then the usage line", command).isEqualTo(USAGE);
  }

  @Test
  @DisplayName("--file without a path, and no storage file at all, are usage errors")
  void storageMissing() {
    assertUsageError(run(Map.of(), "--file"), "todo --file", "--file");
    Outcome none = run(Map.of(), "list");
    assertUsageError(none, "todo list without --file or TODO_FILE", "--file");
    assertThat(none.err().get(0)).as("it names both ways to give the file").contains("TODO_FILE");
    assertUsageError(
        run(Map.of("TODO_FILE", " "), "list"), "todo list with a blank TODO_FILE", "TODO_FILE");
  }

  @ParameterizedTest(name = "todo {0} {1} with 2 items: exit code 1")
  @org.junit.jupiter.params.provider.CsvSource({"done, 3", "done, 0", "remove, 3", "remove, -1"})
  @DisplayName("no such item")
  void noSuchItem(String command, String number) throws IOException {
    givenItems("a", "b");
    byte[] before = Files.readAllBytes(file());
    Outcome outcome = todo(command, number);
    assertThat(outcome.code())
        .as("todo %s %s: no such item, exit code 1 (%s)", command, number, outcome)
        .isEqualTo(1);
    assertThat(outcome.out()).as("nothing on stdout (%s)", outcome).isEmpty();
    assertThat(outcome.err())
        .as("todo %s %s: one line on stderr, no usage (the command line was fine)", command, number)
        .containsExactly("todo: no item " + number + ", the list has 2 items");
    assertThat(Files.readAllBytes(file())).as("the file must not change").isEqualTo(before);
  }

  @Test
  @DisplayName("done 1 with no file yet is no such item, and creates no file")
  void noSuchItemWithoutFile() {
    Outcome outcome = todo("done", "1");
    assertThat(outcome.code()).as("todo done 1 on an empty list (%s)", outcome).isEqualTo(1);
    assertThat(outcome.err()).containsExactly("todo: no item 1, the list has 0 items");
    assertThat(file()).as("an error writes no file").doesNotExist();
  }

  static Stream<Arguments> corruptFiles() {
    List<String> contents =
        List.of(
            "not json at all",
            "{\"items\":[{\"text\":\"a\",\"done\":false}",
            "",
            "[1, 2]",
            "{\"items\": \"a, b\"}",
            "{\"things\": []}",
            "{\"items\":[{\"done\":false}]}",
            "{\"items\":[{\"text\":\"a\",\"done\":\"yes\"}]}",
            "{\"items\":[{\"text\":\" \",\"done\":false}]}");
    List<List<String>> commands =
        List.of(List.of("add", "x"), List.of("done", "1"), List.of("remove", "1"), List.of("list"));
    List<Arguments> all = new ArrayList<>();
    for (String content : contents) {
      for (List<String> command : commands) {
        all.add(Arguments.of(content, command));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "file ''{0}'', todo {1}: exit code 3, the file untouched")
  @MethodSource("corruptFiles")
  @DisplayName("a corrupt file is named, and never overwritten")
  void corruptFile(String content, List<String> command) throws IOException {
    Files.writeString(file(), content);
    byte[] before = Files.readAllBytes(file());
    Outcome outcome = todo(command.toArray(String[]::new));
    assertThat(Files.readAllBytes(file()))
        .as(
            "todo %s on a corrupt file changed it: it is the user's only copy of the list; report"
                + " it and leave it exactly as it was (never treat it as an empty list)",
            command)
        .isEqualTo(before);
    assertThat(outcome.code())
        .as("todo %s on a corrupt file: exit code 3 (%s)", command, outcome)
        .isEqualTo(3);
    assertThat(outcome.out()).as("nothing on stdout (%s)", outcome).isEmpty();
    assertThat(outcome.err()).as("one line on stderr (%s)", outcome).hasSize(1);
    assertThat(outcome.err().get(0))
        .as("the message names the file, so the user knows what to repair")
        .startsWith("todo: ")
        .contains(file().toString())
        .contains("corrupt");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("nothing else is left in the directory")
          .containsExactly("todo.json");
    }
  }

  @Test
  @DisplayName("the file is replaced, never written in place: a second link keeps the old list")
  void atomicReplace() throws IOException {
    givenItems("a");
    Path link = dir.resolve("snapshot.json");
    try {
      Files.createLink(link, file());
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("this file system has no hard links: " + e);
    }
    byte[] old = Files.readAllBytes(file());
    assertWorked(todo("add", "b"), "add b", "added 2: b");
    assertThat(Files.readAllBytes(link))
        .as(
            "snapshot.json is a second name for the file as it was. It changed too, so the new"
                + " list was written into the same file, in place: a crash halfway leaves half a"
                + " list. Write a temporary file in the same directory and Files.move it over"
                + " todo.json with StandardCopyOption.ATOMIC_MOVE")
        .isEqualTo(old);
    assertWorked(todo("list"), "list", "1 [ ] a", "2 [ ] b");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .as("the temporary file is gone after the move")
          .containsExactly("snapshot.json", "todo.json");
    }
  }

  @ParameterizedTest(name = "todo add {0}")
  @ValueSource(strings = {"two  spaces", "tab\tinside", "ünïcödé ✓", "--file"})
  @DisplayName("any text is kept as given")
  void anyText(String text) {
    assertWorked(todo("add", text), "add " + text, "added 1: " + text);
    assertWorked(todo("list"), "list", "1 [ ] " + text);
  }
}
