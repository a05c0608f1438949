package dev.roadmapkit.programming.todocli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the tool as a user runs it, a real {@code java} process with the compiled classes,
 * its exit code, stdout and stderr. Three process starts in all (each costs a JVM start); the many
 * cases run in process in {@link TodoCliTest}.
 */
@DisplayName("programming/todo-cli: as a real process")
class TodoCliProcessTest {

  private static final long TIMEOUT_SECONDS = 8;

  @TempDir Path dir;

  private TodoCliTest.Outcome process(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath());
    command.add(TodoCli.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(emptyInput()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("TODO_FILE");
    builder.environment().putAll(env);
    Process process = builder.start();
    try {
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(finished)
          .as(
              "todo %s did not end within %d s and was killed: an endless loop, or a read from"
                  + " stdin? Every command must finish on its own",
              String.join(" ", args), TIMEOUT_SECONDS)
          .isTrue();
      TodoCliTest.Outcome outcome =
          new TodoCliTest.Outcome(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8).lines().toList(),
              Files.readString(err, StandardCharsets.UTF_8).lines().toList());
      Files.delete(out);
      Files.delete(err);
      return outcome;
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }

  private File emptyInput() throws IOException {
    Path empty = dir.resolve("stdin.txt");
    if (!Files.exists(empty)) {
      Files.createFile(empty);
    }
    return empty.toFile();
  }

  /** The java that runs these tests. */
  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * Where the learner's classes and Jackson were loaded from. Not java.class.path: the roadmap CLI
   * loads the classes it compiled in a class loader of its own, which that property does not show.
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type :
        List.of(TodoCli.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)) {
      try {
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException | NullPointerException e) {
        throw new AssertionError("cannot tell where " + type.getName() + " was loaded from", e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  @DisplayName("add with --file, then list with TODO_FILE: exit code 0 and the items on stdout")
  void addThenList() throws Exception {
    Path file = dir.resolve("todo.json");
    TodoCliTest.Outcome added = process(Map.of(), "--file", file.toString(), "add", "buy", "milk");
    assertThat(added.code())
        .as("java ... TodoCli --file todo.json add buy milk: %s", added)
        .isZero();
    assertThat(added.out()).containsExactly("added 1: buy milk");
    assertThat(added.err()).as("nothing on stderr").isEmpty();

    TodoCliTest.Outcome listed = process(Map.of("TODO_FILE", file.toString()), "list");
    assertThat(listed.code()).as("TODO_FILE=todo.json java ... TodoCli list: %s", listed).isZero();
    assertThat(listed.out()).containsExactly("1 [ ] buy milk");
  }

  @Test
  @DisplayName(
      "a corrupt file: exit code 3 from the process, the message on stderr, the bytes kept")
  void corruptFile() throws Exception {
    Path file = dir.resolve("todo.json");
    Files.writeString(file, "{\"items\":[{\"text\":\"half a");
    byte[] before = Files.readAllBytes(file);
    TodoCliTest.Outcome outcome = process(Map.of("TODO_FILE", file.toString()), "add", "x");
    assertThat(outcome.code())
        .as("the exit code of the process: main must pass run's code to System.exit (%s)", outcome)
        .isEqualTo(3);
    assertThat(outcome.out()).as("nothing on stdout").isEmpty();
    assertThat(String.join("\n", outcome.err()))
        .as("stderr names the file")
        .contains(file.toString())
        .contains("corrupt");
    assertThat(Files.readAllBytes(file)).as("the corrupt file is left as it was").isEqualTo(before);
  }
}
