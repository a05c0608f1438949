package dev.roadmapkit.advanced.containerization;

// Key idea: an image is a filesystem of layers plus a config (user, entry point, ports, labels,
// working dir, environment). A Dockerfile's final stage says what that config is; every earlier
// stage only produces files, so nothing of theirs may leak into it. Jib writes the same config
// and layers without a Docker daemon, so the image is built here from the compiled classes, to a
// tarball. Trade-off: from scratch there is no JRE in the image (no registry here to pull one);
// the base the Dockerfile names is recorded as a label instead.

import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import dev.roadmapkit.support.docker.Dockerfile;
import dev.roadmapkit.support.docker.Instruction;
import dev.roadmapkit.support.docker.KeyValue;
import dev.roadmapkit.support.docker.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The final stage of a Dockerfile as a Jib build. */
public final class DockerfileToJib {

  /** The label that records the base image the Dockerfile's final stage names. */
  public static final String BASE_IMAGE_LABEL = "org.opencontainers.image.base.name";

  private DockerfileToJib() {}

  /** A Jib build of {@code dockerfile}'s final stage, with the files of {@code classes}. */
  public static JibContainerBuilder containerOf(Dockerfile dockerfile, Path classes)
      throws IOException, InvalidImageReferenceException {
    Stage stage =
        dockerfile
            .finalStage()
            .orElseThrow(() -> new IllegalArgumentException("the Dockerfile has no FROM"));
    JibContainerBuilder image = Jib.from("scratch").setFormat(ImageFormat.OCI);
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(BASE_IMAGE_LABEL, stage.image());
    Map<String, String> environment = new LinkedHashMap<>();
    Set<Port> ports = new LinkedHashSet<>();
    for (Instruction instruction : stage.instructions()) {
      switch (instruction.keyword()) {
        case "LABEL" -> put(instruction, labels);
        case "ENV" -> put(instruction, environment);
        case "EXPOSE" -> {
          for (String port : instruction.arguments().split("\\s+")) {
            ports.add(port(instruction, port));
          }
        }
        case "USER" -> image.setUser(instruction.arguments());
        case "WORKDIR" -> {
          if (!instruction.arguments().startsWith("/")) {
            throw new IllegalArgumentException(
                instruction + ": WORKDIR must be an absolute path here");
          }
          image.setWorkingDirectory(AbsoluteUnixPath.get(instruction.arguments()));
        }
        case "ENTRYPOINT" -> image.setEntrypoint(execForm(instruction));
        case "CMD" -> image.setProgramArguments(execForm(instruction));
        case "COPY", "ADD" -> {
          if (instruction.flag("from").isEmpty()) {
            throw new IllegalArgumentException(
                instruction + ": the runtime stage copies only from the build stage (--from)");
          }
          String[] words = instruction.arguments().split("\\s+");
          try (Stream<Path> files = Files.list(classes)) {
            // COPY dir dest copies the directory's content, not the directory itself.
            image.addLayer(files.sorted().toList(), AbsoluteUnixPath.get(words[words.length - 1]));
          }
        }
        default -> {
          // RUN, HEALTHCHECK, ARG, ... do not change the image's config (or not in OCI's).
        }
      }
    }
    return image.setLabels(labels).setEnvironment(environment).setExposedPorts(ports);
  }

  private static void put(Instruction instruction, Map<String, String> into) {
    for (KeyValue pair : instruction.keyValues()) {
      into.put(pair.key(), pair.value().orElse(""));
    }
  }

  private static Port port(Instruction instruction, String text) {
    String[] parts = text.split("/", 2);
    int number;
    try {
      number = Integer.parseInt(parts[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(instruction + ": not a port: " + text, e);
    }
    return Port.tcp(number);
  }

  private static List<String> execForm(Instruction instruction) {
    return instruction
        .execForm()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    instruction + ": use the exec form, a JSON array: [\"java\", \"...\"]"));
  }
}
