package dev.roadmapkit.advanced.containerization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roadmapkit.support.docker.Dockerfile;
import dev.roadmapkit.support.docker.DockerfileParser;
import dev.roadmapkit.support.docker.Instruction;
import dev.roadmapkit.support.docker.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Your DockerfileToJib really builds OCI images: Jib writes each to a tarball in a temporary
 * directory (from scratch: no registry, no network, no Docker), and the test opens the tarball as a
 * registry would (the index, the manifest, the config blob and the layers) to compare the image's
 * config with what the Dockerfile's final stage says.
 */
@DisplayName("advanced/containerization: the Dockerfile's final stage built as an OCI image by Jib")
class DockerfileToJibTest {

  @TempDir Path dir;

  private ImageTarball build(Dockerfile dockerfile) throws Exception {
    Path classes = LearnerFiles.compiledApp(dir.resolve("classes"));
    return ImageTarball.build(
        DockerfileToJib.containerOf(dockerfile, classes), dir.resolve("image"));
  }

  private static String seen(ImageTarball image) {
    return "\nthe image's config: " + image.container() + "\nits layers: " + image.layerFiles;
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> map = new TreeMap<>();
    if (node != null && !node.isNull()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        map.put(field.getKey(), field.getValue().asText());
      }
    }
    return map;
  }

  private static List<String> list(JsonNode node) {
    List<String> list = new ArrayList<>();
    if (node != null && !node.isNull()) {
      node.forEach(item -> list.add(item.asText()));
    }
    return list;
  }

  private static Map<String, String> environment(ImageTarball image) {
    Map<String, String> environment = new TreeMap<>();
    for (String pair : list(image.container().get("Env"))) {
      int equals = pair.indexOf('=');
      environment.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return environment;
  }

  private static List<String> appFiles(String directory) {
    List<String> files = new ArrayList<>();
    for (Class<?> type : LearnerFiles.APP) {
      files.add(directory + "/" + type.getName().replace('.', '/') + ".class");
    }
    return files;
  }

  @Test
  @DisplayName("your Dockerfile's final stage, built by Jib: user, entry point, ports, labels, env")
  void yourDockerfileBuilds() throws Exception {
    Dockerfile dockerfile = LearnerFiles.dockerfile();
    Stage stage = dockerfile.finalStage().orElseThrow();

    ImageTarball image = build(dockerfile);
    String seen = seen(image) + "\nthe final stage: " + stage.instructions();

    JsonNode config = image.container();
    assertThat(config.path("User").asText())
        .as("the image runs as the final stage's last USER%s", seen)
        .isEqualTo(stage.last("USER").map(Instruction::arguments).orElse("(no USER)"));
    assertThat(list(config.get("Entrypoint")))
        .as("the entry point is the ENTRYPOINT's exec form%s", seen)
        .isEqualTo(stage.last("ENTRYPOINT").flatMap(Instruction::execForm).orElse(List.of()));
    assertThat(list(config.get("Cmd")))
        .as("the arguments are the CMD's exec form (none without a CMD)%s", seen)
        .isEqualTo(stage.last("CMD").flatMap(Instruction::execForm).orElse(List.of()));
    TreeSet<String> ports = new TreeSet<>();
    stage
        .all("EXPOSE")
        .forEach(
            e ->
                List.of(e.arguments().split("\\s+"))
                    .forEach(p -> ports.add(p.contains("/") ? p : p + "/tcp")));
    assertThat(map(config.get("ExposedPorts")).keySet())
        .as("every EXPOSEd port, as port/protocol%s", seen)
        .containsExactlyElementsOf(ports);
    Map<String, String> labels = new TreeMap<>();
    stage
        .all("LABEL")
        .forEach(l -> l.keyValues().forEach(kv -> labels.put(kv.key(), kv.value().orElse(""))));
    labels.put(DockerfileToJib.BASE_IMAGE_LABEL, stage.image());
    assertThat(map(config.get("Labels")))
        .as(
            "the final stage's LABELs, and the base image it names under %s%s",
            DockerfileToJib.BASE_IMAGE_LABEL, seen)
        .isEqualTo(labels);
    Map<String, String> environment = new TreeMap<>();
    stage
        .all("ENV")
        .forEach(
            l -> l.keyValues().forEach(kv -> environment.put(kv.key(), kv.value().orElse(""))));
    assertThat(environment(image)).as("the final stage's ENV%s", seen).isEqualTo(environment);
    assertThat(config.path("WorkingDir").asText(""))
        .as("the working directory is the last WORKDIR%s", seen)
        .isEqualTo(stage.last("WORKDIR").map(Instruction::arguments).orElse(""));
    String destination = destination(stage);
    List<String> command = new ArrayList<>(list(config.get("Entrypoint")));
    command.addAll(list(config.get("Cmd")));
    assertThat(String.join(" ", command))
        .as(
            "the container starts HealthApp from where COPY --from put the classes (%s)%s",
            destination, seen)
        .contains(destination)
        .contains(HealthApp.class.getName());
    assertThat(map(config.get("ExposedPorts")).keySet())
        .as("HealthApp listens on 8080: EXPOSE it%s", seen)
        .contains("8080/tcp");
    assertThat(image.layerFiles.stream().flatMap(List::stream).toList())
        .as("the compiled app is in the image where COPY --from puts it (%s)%s", destination, seen)
        .containsAll(appFiles(destination.substring(1)));
  }

  private static String destination(Stage stage) {
    Instruction copy = stage.all("COPY").get(0);
    String[] words = copy.arguments().split("\\s+");
    return words[words.length - 1].replaceAll("/$", "");
  }

  @Test
  @DisplayName(
      "only the final stage counts: its last USER and WORKDIR, all its LABELs, ENVs and ports")
  void translationOfEveryInstruction() throws Exception {
    ImageTarball image = build(LearnerFiles.fixture("translation.Dockerfile"));
    String seen =
        seen(image) + "\nthe Dockerfile:\n" + LearnerFiles.fixtureText("translation.Dockerfile");
    JsonNode config = image.container();

    assertThat(config.path("User").asText())
        .as("the last USER of the final stage wins (not the build stage's root)%s", seen)
        .isEqualTo("app:app");
    assertThat(config.path("WorkingDir").asText())
        .as("the last WORKDIR wins%s", seen)
        .isEqualTo("/srv");
    assertThat(list(config.get("Entrypoint")))
        .as("ENTRYPOINT [\"java\", \"-XX:+UseSerialGC\"]%s", seen)
        .containsExactly("java", "-XX:+UseSerialGC");
    assertThat(list(config.get("Cmd")))
        .as("CMD becomes the image's Cmd, the entry point's arguments%s", seen)
        .containsExactly(
            "-cp", "/srv/classes", "dev.roadmapkit.advanced.containerization.HealthApp");
    assertThat(map(config.get("ExposedPorts")).keySet())
        .as("every port of both EXPOSEs, udp kept, none of the build stage's%s", seen)
        .containsExactlyInAnyOrder("8080/tcp", "9090/udp", "8443/tcp");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("org.opencontainers.image.title", "translation");
    labels.put("org.opencontainers.image.version", "1.2.3");
    labels.put("team", "platform");
    labels.put(DockerfileToJib.BASE_IMAGE_LABEL, "eclipse-temurin:21.0.5_11-jre-alpine");
    assertThat(map(config.get("Labels")))
        .as("the labels of both LABELs and the base image, none of the build stage's%s", seen)
        .isEqualTo(new TreeMap<>(labels));
    assertThat(environment(image))
        .as("ENV KEY value and ENV K=v K2=\"v 2\", none of the build stage's%s", seen)
        .isEqualTo(
            new TreeMap<>(
                Map.of("GREETING", "hello world", "PORT", "8080", "MODE", "strict mode")));
    assertThat(image.layerFiles)
        .as("one layer: the compiled app at COPY --from's destination /srv/classes%s", seen)
        .hasSize(1);
    assertThat(image.layerFiles.get(0))
        .as(
            "the classes directory's content goes to /srv/classes, as COPY dir dest copies it%s",
            seen)
        .containsAll(appFiles("srv/classes"));
  }

  /** What containerOf threw; the TODO of the starting code is passed on as it is. */
  private static Throwable refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    if (thrown instanceof UnsupportedOperationException todo) {
      throw todo;
    }
    return thrown;
  }

  @Test
  @DisplayName("a shell-form ENTRYPOINT or CMD is refused, naming its line")
  void shellFormRefused() throws Exception {
    Path classes = LearnerFiles.compiledApp(dir.resolve("classes"));
    assertThat(
            refusal(
                () ->
                    DockerfileToJib.containerOf(
                        LearnerFiles.fixture("shell-entrypoint.Dockerfile"), classes)))
        .as("ENTRYPOINT java -cp ... is the shell form: Jib has no shell to run it with")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 7");
    assertThat(
            refusal(
                () ->
                    DockerfileToJib.containerOf(
                        LearnerFiles.fixture("shell-cmd.Dockerfile"), classes)))
        .as("CMD -cp ... is the shell form too")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 8");
  }

  @Test
  @DisplayName("a COPY in the final stage without --from is refused, naming its line")
  void copyFromContextRefused() throws Exception {
    Path classes = LearnerFiles.compiledApp(dir.resolve("classes"));
    assertThat(
            refusal(
                () ->
                    DockerfileToJib.containerOf(
                        LearnerFiles.fixture("copy-from-context.Dockerfile"), classes)))
        .as("the runtime stage copies only the artifact --from the build stage")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 5");
    assertThat(
            refusal(
                () -> DockerfileToJib.containerOf(DockerfileParser.parse("ARG JDK=17\n"), classes)))
        .as("a Dockerfile without FROM has no final stage to build")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
