package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dev container (GitHub Codespaces, VS Code) opens the kit ready to {@code ./roadmap}: the file
 * parses, and its image and features are the ones published under those names. This machine cannot
 * reach the registries, so the names are checked against the tags and feature versions the
 * devcontainers project publishes (its images' and features' documentation, 2025-10), not pulled.
 */
@DisplayName("The dev container")
class DevcontainerTest {

  /** The Java image's published tags this file may name: image major 3, JDK 17, Debian. */
  private static final Set<String> PUBLISHED_IMAGES =
      Set.of(
          "mcr.microsoft.com/devcontainers/java:3-17-bookworm",
          "mcr.microsoft.com/devcontainers/java:3-17-bullseye",
          "mcr.microsoft.com/devcontainers/java:1-17-bookworm");

  /** Features published by the devcontainers project, at a major version. */
  private static final Set<String> PUBLISHED_FEATURES =
      Set.of(
          "ghcr.io/devcontainers/features/docker-in-docker:2",
          "ghcr.io/devcontainers/features/java:1");

  private final Path file =
      Path.of("..", ".devcontainer", "devcontainer.json").toAbsolutePath().normalize();

  @Test
  @DisplayName("parses as strict JSON, with a name, a JDK 17 image and a user that is not root")
  void parses() throws IOException {
    JsonNode config = read();

    assertThat(config.path("name").asText()).isEqualTo("Backend Roadmap Kit");
    assertThat(config.path("image").asText())
        .as("the image, a published tag of the devcontainers Java image with JDK 17")
        .isIn(PUBLISHED_IMAGES);
    assertThat(config.path("remoteUser").asText()).isEqualTo("vscode");
  }

  @Test
  @DisplayName(
      "its features exist as named, and Docker in Docker lets Testcontainers start services")
  void features() throws IOException {
    JsonNode config = read();
    List<String> features = new ArrayList<>();
    config.path("features").fieldNames().forEachRemaining(features::add);

    assertThat(features)
        .as("features, each a published one at a major version")
        .isNotEmpty()
        .allSatisfy(feature -> assertThat(feature).isIn(PUBLISHED_FEATURES))
        .contains("ghcr.io/devcontainers/features/docker-in-docker:2");
  }

  @Test
  @DisplayName("building the CLI when the container is made, and the roadmap shown on attach")
  void readyToRoadmap() throws IOException {
    JsonNode config = read();

    assertThat(config.path("postCreateCommand").asText()).isEqualTo("./roadmap --version");
    assertThat(config.path("postAttachCommand").asText()).isEqualTo("./roadmap");
    assertThat(config.at("/customizations/vscode/extensions").toString())
        .contains("vscjava.vscode-java-pack");
  }

  private JsonNode read() throws IOException {
    assertThat(file).as("the dev container's configuration").isRegularFile();
    ObjectMapper strict =
        JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    return strict.readTree(Files.readString(file));
  }
}
