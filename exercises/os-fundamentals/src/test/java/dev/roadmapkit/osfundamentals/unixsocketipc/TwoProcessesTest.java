package dev.roadmapkit.osfundamentals.unixsocketipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("os-fundamentals/unix-socket-ipc: a server in another JVM")
class TwoProcessesTest {

  @TempDir Path dir;
  private Process child;

  @AfterEach
  void killTheChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
      child.waitFor(5, TimeUnit.SECONDS);
    }
  }

  /** Where this JVM found the exercise's classes, then its own class path. */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(FrameServer.class, Frames.class, UpperCase.class)) {
      entries.add(
          Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    entries.add(System.getProperty("java.class.path"));
    return String.join(File.pathSeparator, entries);
  }

  @Test
  @DisplayName(
      "a client here talks to FrameServer.main in a child JVM, which removes its socket on SIGTERM")
  void talksToAnotherProcess() throws Exception {
    assumeFalse(
        System.getProperty("os.name").toLowerCase().startsWith("windows"),
        "unix-socket-ipc runs on Linux and macOS: use WSL");
    Path socket = dir.resolve("s");
    String java = ProcessHandle.current().info().command().orElse("java");
    child =
        new ProcessBuilder(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath(),
                FrameServer.class.getName(),
                socket.toString(),
                "1024")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String first =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return "failed to read: " + e;
                  }
                })
            .get(8, TimeUnit.SECONDS);
    assertThat(first)
        .as(
            "the child's first line on stdout: FrameServer.main prints READY once it accepts"
                + " (null means it ended: run it by hand to see why)")
        .isEqualTo("READY");

    try (FrameClient client = FrameClient.connect(socket, 1024)) {
      byte[] response =
          assertTimeoutPreemptively(
              Duration.ofSeconds(3),
              () ->
                  client.request(
                      "from process "
                          .concat(Long.toString(ProcessHandle.current().pid()))
                          .getBytes(StandardCharsets.UTF_8)),
              "the server in the child JVM did not answer within 3 s");
      assertThat(new String(response, StandardCharsets.UTF_8))
          .as("the answer from process " + child.pid())
          .isEqualTo("FROM PROCESS " + ProcessHandle.current().pid());
    }

    child.destroy(); // SIGTERM: the shutdown hook runs
    assertThat(child.waitFor(5, TimeUnit.SECONDS)).as("the child ended after SIGTERM").isTrue();
    assertThat(Files.exists(socket))
        .as(
            "the socket file after the child ended: a shutdown hook must close the server, which"
                + " deletes it")
        .isFalse();
  }
}
