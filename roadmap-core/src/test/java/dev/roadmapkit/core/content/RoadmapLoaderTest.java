package dev.roadmapkit.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.roadmapkit.core.model.ResourceKind;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The roadmap loader")
class RoadmapLoaderTest {

  private static final String VALID =
      """
      title: Tiny
      sections:
        - id: basics
          title: Basics
          summary: The first things.
          topics:
            - id: http
              title: HTTP
              summary: Requests and responses.
              aliases: [hypertext]
              resources:
                - {kind: rfc, title: "RFC 9110", url: "https://www.rfc-editor.org/rfc/rfc9110"}
            - id: dns
              title: DNS
              summary: Names to addresses.
              reading-only: >-
                Read about it; no exercise yet.
              resources:
                - {kind: official, title: "RFC 1035", url: "https://www.rfc-editor.org/rfc/rfc1035"}
        - id: data
          title: Data
          summary: Storing things.
          prerequisites: [basics]
          aliases: [storage]
          topics:
            - id: sql
              title: SQL
              summary: Querying tables.
              resources:
                - {kind: book, title: "Use The Index, Luke", url: "https://use-the-index-luke.com/"}
      """;

  @Test
  @DisplayName("reads sections, topics, resources, prerequisites and aliases")
  void readsAValidFile() throws IOException {
    Roadmap roadmap = RoadmapLoader.load(new StringReader(VALID), "tiny.yaml");

    assertThat(roadmap.title()).as("roadmap title").isEqualTo("Tiny");
    assertThat(roadmap.sections()).as("sections").hasSize(2);
    assertThat(roadmap.section(SectionId.of("storage")))
        .as("section found by its alias")
        .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(SectionId.of("data")));
    assertThat(roadmap.section(SectionId.of("data")).orElseThrow().prerequisites())
        .as("prerequisites of data")
        .containsExactly(SectionId.of("basics"));
    assertThat(roadmap.topic(TopicId.of("hypertext")).orElseThrow().title())
        .as("topic found by its alias")
        .isEqualTo("HTTP");
    assertThat(roadmap.topic(TopicId.of("sql")).orElseThrow().resources().get(0).kind())
        .as("kind of the sql resource")
        .isEqualTo(ResourceKind.BOOK);
    assertThat(roadmap.topic(TopicId.of("dns")).orElseThrow().readingOnly())
        .as("the reason dns is reading only")
        .contains("Read about it; no exercise yet.");
    assertThat(roadmap.topic(TopicId.of("http")).orElseThrow().isReadingOnly())
        .as("http, with no reading-only field, is to be practised")
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("names the file, the entry and the defect for malformed content")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a missing topic title     | '        title: DNS\\n'    | ''                        | tiny.yaml: sections[0].topics[1] (dns): missing field 'title'
          a section id that is no slug | '- id: data'            | '- id: Data Stuff'        | tiny.yaml: sections[1]: field 'id': section id must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'Data Stuff'
          a topic id that is no slug | '- id: sql'               | '- id: sql_'              | tiny.yaml: sections[1].topics[0] (in data): field 'id': topic id must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'sql_'
          an unknown resource kind  | 'kind: book'              | 'kind: blog'              | tiny.yaml: sections[1].topics[0].resources[0] (in sql): unknown resource kind 'blog'; use one of: official, article, video, course, book, rfc
          an unknown section source | '    summary: Storing'    | '    source: wiki\\n    summary: Storing' | tiny.yaml: sections[1] (data): unknown source 'wiki'; use one of: blog, roadmap.sh
          a URL without a scheme    | 'https://use-the-index-luke.com/' | 'use-the-index-luke.com' | tiny.yaml: sections[1].topics[0].resources[0] (in sql): field 'url': 'use-the-index-luke.com' is not a valid URL: it must start with https:// or http://
          a URL with a space        | 'https://use-the-index-luke.com/' | 'https://use the index.com/' | tiny.yaml: sections[1].topics[0].resources[0] (in sql): field 'url': 'https://use the index.com/' is not a valid URL: Illegal character in authority at index 8
          a ftp URL                 | 'https://use-the-index-luke.com/' | 'ftp://use-the-index-luke.com/' | tiny.yaml: sections[1].topics[0].resources[0] (in sql): field 'url': 'ftp://use-the-index-luke.com/' is not a valid URL: it must start with https:// or http://
          a misspelt field          | '    summary: Storing'    | '    summry: Storing'      | tiny.yaml: sections[1] (data): unknown field 'summry'; the fields here are: id, title, summary, source, prerequisites, aliases, topics
          a list where a text belongs | 'title: SQL'            | 'title: [SQL]'            | tiny.yaml: sections[1].topics[0] (sql): field 'title' must be a text, got a list
          a text where a list belongs | 'prerequisites: [basics]' | 'prerequisites: basics' | tiny.yaml: sections[1] (data): field 'prerequisites' must be a list, got the value 'basics'
          an empty field            | 'title: SQL'              | 'title:'                  | tiny.yaml: sections[1].topics[0] (sql): field 'title' is empty
          a reading-only topic with no reason | 'title: SQL'    | 'title: SQL\n        reading-only:' | tiny.yaml: sections[1].topics[0] (sql): field 'reading-only' is empty
          a misspelt reading-only   | 'reading-only: >-'        | 'readingonly: >-'         | tiny.yaml: sections[0].topics[1] (dns): unknown field 'readingonly'; the fields here are: id, title, summary, aliases, reading-only, resources
          a bad alias               | 'aliases: [storage]'      | 'aliases: [Storage]'      | tiny.yaml: sections[1] (data): field 'aliases[0]': section id must be a slug (lowercase letters and digits in groups joined by single hyphens, like 'web-security'), got 'Storage'
          """)
  void reportsMalformedContent(String defect, String find, String replace, String message) {
    String yaml = VALID.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
    assertThat(yaml).as("the test's edit for %s applies", defect).isNotEqualTo(VALID);

    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(yaml), "tiny.yaml"))
        .as("loading a file with %s", defect)
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessage(message);
  }

  @Test
  @DisplayName("reports a topic without resources")
  void reportsMissingResources() {
    String yaml = VALID.replaceAll("resources:\\n\\s+- \\{kind: book[^\\n]*", "resources: []");
    assertThat(yaml).as("the test's edit applies").isNotEqualTo(VALID);
    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(yaml), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessage(
            "tiny.yaml: sections[1].topics[0] (sql): field 'resources' is empty; a topic needs at"
                + " least one resource");
  }

  @Test
  @DisplayName("reports malformed YAML with its line and column")
  void reportsMalformedYaml() {
    String yaml = "title: Tiny\nsections:\n  - id: basics\n   title: [unclosed\n";
    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(yaml), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageStartingWith("tiny.yaml: line ")
        .hasMessageContaining("malformed YAML: ")
        .hasMessageNotContaining("\n")
        .as("the message leaves out the parser's excerpt of the input")
        .hasMessageNotContaining("in 'reader'");
  }

  @Test
  @DisplayName("refuses a key given twice rather than silently keeping one")
  void refusesDuplicateKeys() {
    String yaml = VALID.replace("title: Tiny\n", "title: Tiny\ntitle: Other\n");
    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(yaml), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageContaining("malformed YAML")
        .hasMessageContaining("title");
  }

  @Test
  @DisplayName("reports an empty file and a top level that is not a mapping")
  void reportsEmptyAndNonMappingFiles() {
    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(""), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessage("tiny.yaml: top level: the file is empty");
    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader("- a\n- b\n"), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessage("tiny.yaml: top level: the top level must be a mapping of fields, got a list");
  }

  @Test
  @DisplayName("runs the consistency checks and reports every problem they find")
  void runsTheChecks() {
    String yaml =
        VALID
            .replace("prerequisites: [basics]", "prerequisites: [basics, networking]")
            .replace("title: Basics\n", "title: Basics\n    prerequisites: [data]\n")
            .replace("- id: dns", "- id: sql");

    assertThatThrownBy(() -> RoadmapLoader.load(new StringReader(yaml), "tiny.yaml"))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageStartingWith("tiny.yaml: 3 problems:\n")
        .extracting(e -> ((RoadmapFormatException) e).problems(), LIST)
        .as("problems, in order: ids, references, cycles")
        .containsExactly(
            new Problem(
                "sections[1].topics[0] (sql)",
                "topic id 'sql' is already used by sections[0].topics[1] (sql); ids and aliases"
                    + " must be unique"),
            new Problem(
                "sections[1] (data)",
                "prerequisite 'networking' is not the id or alias of any section"),
            new Problem(
                "sections[0] (basics)",
                "prerequisites form a cycle: basics -> data -> basics (each section requires the"
                    + " next); remove one of these prerequisites"));
  }

  @Test
  @DisplayName("names the file's path when loading from disk")
  void loadsFromAPath(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("roadmap.yaml");
    Files.writeString(file, VALID.replace("title: Tiny", "title: 42"), StandardCharsets.UTF_8);
    assertThat(RoadmapLoader.load(file).title())
        .as("a numeric title reads as text")
        .isEqualTo("42");

    Files.writeString(file, VALID.replace("kind: rfc", "kind: podcast"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RoadmapLoader.load(file))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageStartingWith(file + ": sections[0].topics[0].resources[0] (in http): ")
        .satisfies(
            e -> assertThat(((RoadmapFormatException) e).source()).isEqualTo(file.toString()));

    assertThatThrownBy(() -> RoadmapLoader.load(directory.resolve("missing.yaml")))
        .as("a missing file is an I/O problem, not a format problem")
        .isInstanceOf(NoSuchFileException.class);
  }
}
