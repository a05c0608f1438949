package dev.roadmapkit.support.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DockerfileParser reads Dockerfiles as the Dockerfile reference describes them")
class DockerfileParserTest {

  private static Dockerfile parse(String... lines) {
    return DockerfileParser.parse(String.join("\n", lines) + "\n");
  }

  @Test
  @DisplayName("each instruction keeps the line it starts on; comments and blank lines are skipped")
  void lineNumbers() {
    Dockerfile file =
        parse(
            "# a comment",
            "FROM eclipse-temurin:17-jre",
            "",
            "  # an indented comment",
            "workdir /app",
            "USER 10001");

    assertThat(file.instructions())
        .extracting(Instruction::line, Instruction::keyword, Instruction::arguments)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "FROM", "eclipse-temurin:17-jre"),
            org.assertj.core.groups.Tuple.tuple(5, "WORKDIR", "/app"),
            org.assertj.core.groups.Tuple.tuple(6, "USER", "10001"));
    assertThat(file.escape()).isEqualTo('\\');
    assertThat(file.directives()).isEmpty();
  }

  @Test
  @DisplayName(
      "a backslash at the end of a line continues the instruction, skipping comments in it")
  void continuationLines() {
    Dockerfile file =
        parse(
            "FROM debian:12",
            "RUN apt-get update && \\",
            "# a comment inside is dropped",
            "",
            "    apt-get install -y curl \\   ",
            "    && rm -rf /var/lib/apt/lists/*",
            "EXPOSE 8080");

    Instruction run = file.instructions().get(1);
    assertThat(run.line()).isEqualTo(2);
    assertThat(run.arguments())
        .isEqualTo(
            "apt-get update &&     apt-get install -y curl     && rm -rf /var/lib/apt/lists/*");
    assertThat(run.isExecForm()).isFalse();
    assertThat(file.instructions().get(2).line()).isEqualTo(7);
  }

  @Test
  @DisplayName("# escape=` makes the backtick the escape character, and a backslash a plain one")
  void escapeDirective() {
    Dockerfile file =
        parse(
            "# escape=`",
            "# syntax=docker/dockerfile:1",
            "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022",
            "COPY app.jar C:\\app\\",
            "RUN dir `",
            "    C:\\app");

    assertThat(file.escape()).isEqualTo('`');
    assertThat(file.directives()).isEqualTo(Map.of("escape", "`", "syntax", "docker/dockerfile:1"));
    assertThat(file.instructions()).hasSize(3);
    assertThat(file.instructions().get(1).arguments()).isEqualTo("app.jar C:\\app\\");
    assertThat(file.instructions().get(2).arguments()).isEqualTo("dir     C:\\app");
    assertThat(file.instructions().get(2).line()).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "a directive after a comment is only a comment, and an escape other than \\ or ` fails")
  void directivesOnlyAtTheTop() {
    Dockerfile file = parse("# hello", "# escape=`", "FROM a:1", "RUN echo \\", "  done");
    assertThat(file.escape()).isEqualTo('\\');
    assertThat(file.instructions().get(1).arguments()).isEqualTo("echo   done");

    assertThatThrownBy(() -> parse("# escape=x", "FROM a:1"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("escape");
    assertThatThrownBy(() -> parse("# escape=\\", "# escape=`", "FROM a:1"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("twice");
  }

  @Test
  @DisplayName("the exec form is a JSON array of strings; the shell form is kept as text")
  void execAndShellForm() {
    Dockerfile file =
        parse(
            "FROM a:1",
            "ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]",
            "CMD [ \"--port=8080\" , \"a \\\"quoted\\\" \\\\ \\u0041\" ]",
            "CMD java -jar app.jar",
            "SHELL [\"/bin/sh\", \"-c\"]",
            "VOLUME []");

    assertThat(file.instructions().get(1).execForm())
        .contains(List.of("java", "-jar", "/app/app.jar"));
    assertThat(file.instructions().get(2).execForm())
        .contains(List.of("--port=8080", "a \"quoted\" \\ A"));
    assertThat(file.instructions().get(3).execForm()).isEmpty();
    assertThat(file.instructions().get(3).arguments()).isEqualTo("java -jar app.jar");
    assertThat(file.instructions().get(4).isExecForm()).isTrue();
    assertThat(file.instructions().get(5).execForm()).contains(List.of());
  }

  @Test
  @DisplayName("a bad JSON array is refused with its line, never run as a shell command")
  void badJsonArray() {
    for (String bad :
        List.of(
            "CMD ['java', '-jar']",
            "CMD [\"java\" \"-jar\"]",
            "CMD [\"java\",",
            "CMD [\"java\"] extra",
            "CMD [\"unterminated]",
            "CMD [\"\\q\"]",
            "CMD [\"\\u12\"]",
            "CMD [\"\\uzzzz\"]",
            "CMD [java]")) {
      assertThatThrownBy(() -> parse("FROM a:1", "", bad))
          .as(bad)
          .isInstanceOf(DockerfileException.class)
          .hasMessageStartingWith("line 3: ")
          .hasMessageContaining("JSON array")
          .satisfies(e -> assertThat(((DockerfileException) e).line()).isEqualTo(3));
    }
  }

  @Test
  @DisplayName("an unknown instruction, an empty one, or one before FROM is refused with its line")
  void unknownInstruction() {
    assertThatThrownBy(() -> parse("FROM a:1", "COPPY app.jar /app/"))
        .isInstanceOf(DockerfileException.class)
        .hasMessage("line 2: unknown instruction COPPY (see the Dockerfile reference)");
    assertThatThrownBy(() -> parse("FROM a:1", "USER"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2: USER needs arguments");
    assertThatThrownBy(() -> parse("RUN echo", "FROM a:1"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 1: RUN before the first FROM");
    assertThatThrownBy(() -> parse("FROM a:1", "= oops"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2: expected an instruction");
    assertThatThrownBy(() -> DockerfileParser.parse("FROM a:1\nRUN echo \\\n# only a comment\n"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("end of the file");
  }

  @Test
  @DisplayName("heredocs are refused with a clear error naming the line")
  void heredocs() {
    assertThatThrownBy(() -> parse("FROM a:1", "RUN <<EOF", "echo hi", "EOF"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("heredocs");
    assertThatThrownBy(() -> parse("FROM a:1", "COPY <<-\"END\" /app/x"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("heredocs");
    assertThat(parse("FROM a:1", "RUN echo a < b").instructions()).hasSize(2);
  }

  @Test
  @DisplayName(
      "FROM ... AS name starts a named stage; a stage holds the instructions up to the next FROM")
  void stages() {
    Dockerfile file =
        parse(
            "ARG JDK=17",
            "FROM --platform=linux/amd64 maven:3.9-eclipse-temurin-17 AS Build",
            "RUN mvn package",
            "FROM eclipse-temurin:17-jre",
            "COPY --from=build --chown=10001:10001 /src/target/app.jar /app/app.jar",
            "USER 10001",
            "USER 10002");

    assertThat(file.preamble()).extracting(Instruction::keyword).containsExactly("ARG");
    List<Stage> stages = file.stages();
    assertThat(stages).hasSize(2);
    Stage build = stages.get(0);
    assertThat(build.index()).isZero();
    assertThat(build.name()).contains("build");
    assertThat(build.image()).isEqualTo("maven:3.9-eclipse-temurin-17");
    assertThat(build.from().flag("platform")).contains("linux/amd64");
    assertThat(build.instructions()).extracting(Instruction::keyword).containsExactly("RUN");
    Stage runtime = file.finalStage().orElseThrow();
    assertThat(runtime.index()).isEqualTo(1);
    assertThat(runtime.name()).isEmpty();
    assertThat(runtime.image()).isEqualTo("eclipse-temurin:17-jre");
    Instruction copy = runtime.all("COPY").get(0);
    assertThat(copy.flags()).isEqualTo(Map.of("from", "build", "chown", "10001:10001"));
    assertThat(copy.flag("from")).contains("build");
    assertThat(copy.flag("link")).isEmpty();
    assertThat(copy.arguments()).isEqualTo("/src/target/app.jar /app/app.jar");
    assertThat(runtime.last("USER").map(Instruction::arguments)).contains("10002");
    assertThat(runtime.last("CMD")).isEmpty();
    assertThat(file.stage("BUILD")).contains(build);
    assertThat(file.stage("nope")).isEmpty();
    assertThat(copy.toString())
        .isEqualTo(
            "line 5: COPY --from=build --chown=10001:10001 /src/target/app.jar /app/app.jar");

    assertThatThrownBy(() -> parse("FROM a:1 AS"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 1: FROM takes an image");
    assertThat(parse("ARG X=1").stages()).isEmpty();
    assertThat(parse("ARG X=1").finalStage()).isEmpty();
  }

  @Test
  @DisplayName(
      "ENV, ARG and LABEL give their key=value pairs, quotes removed, legacy ENV KEY value too")
  void keyValues() {
    Dockerfile file =
        parse(
            "FROM a:1",
            "ENV JAVA_OPTS=\"-Xmx256m -Xss1m\" PORT=8080 NAME='single quoted' ESC=a\\ b",
            "ENV GREETING hello   \"big\" world",
            "ARG VERSION",
            "ARG REVISION=abc123",
            "LABEL org.opencontainers.image.title=\"health app\"",
            "HEALTHCHECK --interval=10s --timeout=3s CMD [\"java\", \"Check\"]",
            "HEALTHCHECK NONE",
            "HEALTHCHECK CMD curl -f http://localhost/ || exit 1",
            "COPY --link a b");

    assertThat(file.instructions().get(1).keyValues())
        .containsExactly(
            new KeyValue("JAVA_OPTS", Optional.of("-Xmx256m -Xss1m")),
            new KeyValue("PORT", Optional.of("8080")),
            new KeyValue("NAME", Optional.of("single quoted")),
            new KeyValue("ESC", Optional.of("a b")));
    assertThat(file.instructions().get(2).keyValues())
        .containsExactly(new KeyValue("GREETING", Optional.of("hello big world")));
    assertThat(file.instructions().get(3).keyValues())
        .containsExactly(new KeyValue("VERSION", Optional.empty()));
    assertThat(file.instructions().get(4).keyValues())
        .containsExactly(new KeyValue("REVISION", Optional.of("abc123")));
    assertThat(file.instructions().get(5).keyValues())
        .containsExactly(new KeyValue("org.opencontainers.image.title", Optional.of("health app")));
    Instruction health = file.instructions().get(6);
    assertThat(health.flags()).isEqualTo(Map.of("interval", "10s", "timeout", "3s"));
    assertThat(health.execForm()).contains(List.of("java", "Check"));
    assertThat(file.instructions().get(7).isExecForm()).isFalse();
    assertThat(file.instructions().get(8).arguments()).startsWith("CMD curl");
    assertThat(file.instructions().get(9).flags()).isEqualTo(Map.of("link", ""));

    assertThatThrownBy(() -> parse("FROM a:1", "ENV A=\"open").instructions().get(1).keyValues())
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> parse("FROM a:1", "ENV A=1 =2").instructions().get(1).keyValues())
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("expected KEY=value");
    assertThatThrownBy(() -> parse("FROM a:1", "HEALTHCHECK SOMETIMES"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("line 2: HEALTHCHECK takes CMD");
    assertThatThrownBy(() -> parse("FROM a:1", "HEALTHCHECK --interval=1s CMD"))
        .isInstanceOf(DockerfileException.class)
        .hasMessageContaining("HEALTHCHECK CMD needs a command");
  }

  @Test
  @DisplayName("parse(Path) reads the file as UTF-8")
  void fromFile(@TempDir Path dir) throws IOException {
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM a:1\r\nLABEL title=\"caf\u00e9\"\r\n");

    Dockerfile file = DockerfileParser.parse(dockerfile);

    assertThat(file.instructions().get(1).keyValues())
        .containsExactly(new KeyValue("title", Optional.of("caf\u00e9")));
  }

  @Test
  @DisplayName("the value types check their parts")
  void valueTypes() {
    assertThatThrownBy(() -> new KeyValue(" ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Instruction(0, "RUN", Map.of(), "x", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line");
  }
}
