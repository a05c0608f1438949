package dev.roadmapkit.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.validation.RoadmapCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled roadmap")
class BundledRoadmapTest {

  /** Section id to its topic ids, exactly as other modules use them. */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("internet", List.of("http", "dns", "domain-names", "hosting"));
    EXPECTED.put(
        "frontend-basics", List.of("html", "css", "javascript", "frontend-collaboration-tools"));
    EXPECTED.put(
        "os-fundamentals",
        List.of(
            "terminal-usage",
            "how-os-works",
            "process-management",
            "threads-and-concurrency",
            "basic-terminal-commands",
            "memory-management",
            "ipc",
            "io-management",
            "posix-basics",
            "networking-basics"));
    EXPECTED.put(
        "programming",
        List.of(
            "choosing-a-language",
            "core-programming-concepts",
            "data-structures-and-algorithms",
            "project-based-learning",
            "clean-code",
            "continuous-learning"));
    EXPECTED.put(
        "git",
        List.of(
            "understanding-git",
            "basic-git-commands",
            "remote-repositories",
            "advanced-git-features",
            "git-best-practices",
            "collaborating-with-git"));
    EXPECTED.put(
        "databases",
        List.of(
            "relational-databases",
            "sql",
            "orms",
            "acid",
            "transactions",
            "n-plus-one",
            "normalization",
            "indexes",
            "advanced-database-concepts",
            "migrations",
            "database-failure-modes",
            "database-profiling"));
    EXPECTED.put("apis", List.of("rest", "json-apis", "soap", "hateoas", "openapi"));
    EXPECTED.put(
        "authentication", List.of("oauth", "basic-authentication", "token-authentication", "jwt"));
    EXPECTED.put(
        "caching",
        List.of(
            "understanding-caching",
            "types-of-caching",
            "caching-strategies",
            "redis-caching",
            "choosing-a-caching-tool",
            "caching-best-practices"));
    EXPECTED.put(
        "web-security",
        List.of(
            "hashing-algorithms",
            "hashing-algorithm-details",
            "tls",
            "web-security-policies",
            "owasp-risks",
            "web-security-best-practices"));
    EXPECTED.put(
        "testing",
        List.of(
            "unit-testing",
            "integration-testing",
            "functional-testing",
            "additional-testing-types",
            "testing-best-practices"));
    EXPECTED.put(
        "ci-cd",
        List.of(
            "continuous-integration",
            "continuous-deployment",
            "implementing-ci-cd",
            "ci-cd-best-practices",
            "learning-ci-cd"));
    EXPECTED.put(
        "design-principles",
        List.of("solid", "kiss", "dry", "other-design-principles", "design-best-practices"));
    EXPECTED.put(
        "architecture",
        List.of(
            "microservices",
            "serverless",
            "monolith",
            "other-architectural-patterns",
            "architecture-best-practices"));
    EXPECTED.put("advanced", List.of("graphql", "message-brokers", "containerization"));
    EXPECTED.put(
        "search-engines",
        List.of("inverted-index", "text-analysis", "relevance-scoring", "search-engine-tools"));
    EXPECTED.put(
        "nosql",
        List.of(
            "key-value-databases",
            "document-databases",
            "wide-column-databases",
            "graph-databases",
            "choosing-a-database-model"));
    EXPECTED.put(
        "scaling-databases",
        List.of("replication", "sharding", "consistent-hashing", "cap-theorem"));
    EXPECTED.put("real-time-data", List.of("websockets", "server-sent-events", "long-polling"));
    EXPECTED.put(
        "web-servers",
        List.of("static-files", "compression", "reverse-proxies", "tls-termination"));
    EXPECTED.put(
        "building-for-scale",
        List.of("observability", "rate-limiting", "backpressure", "graceful-degradation"));
  }

  /** The sections of the blog roadmap the kit was built from; the rest come from roadmap.sh. */
  private static final int BLOG_SECTIONS = 15;

  /** A sentence ends with . ! or ? followed by whitespace and a capital letter, or the end. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  private final Roadmap roadmap = RoadmapLoader.loadBundled();

  @Test
  @DisplayName(
      "has exactly the 21 sections and 110 topic ids other modules rely on, in order: the blog's"
          + " fifteen, then the six of roadmap.sh")
  void hasTheFixedIds() {
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Section section : roadmap.sections()) {
      actual.put(section.id().value(), section.topics().stream().map(t -> t.id().value()).toList());
    }
    assertThat(actual)
        .as("section ids and their topic ids are published; changing one breaks other modules")
        .containsExactlyEntriesOf(EXPECTED);
    assertThat(roadmap.sections()).as("sections").hasSize(21);
    assertThat(roadmap.topics()).as("topics across all sections").hasSize(110);
    for (int i = 0; i < roadmap.sections().size(); i++) {
      Section section = roadmap.sections().get(i);
      assertThat(section.source())
          .as("where section '%s' comes from", section.id())
          .isEqualTo(i < BLOG_SECTIONS ? SectionSource.BLOG : SectionSource.ROADMAP_SH);
    }
  }

  @Test
  @DisplayName("uses the roadmap's names as titles")
  void usesTheRoadmapNames() {
    Map<String, String> titles = new LinkedHashMap<>();
    roadmap.sections().forEach(s -> titles.put(s.id().value(), s.title()));
    roadmap.topics().forEach(t -> titles.put(t.id().value(), t.title()));
    assertThat(titles)
        .as("titles the roadmap gives these sections and topics")
        .containsEntry("internet", "Internet")
        .containsEntry("frontend-basics", "Basic Frontend Knowledge")
        .containsEntry("os-fundamentals", "Operating System and General Knowledge")
        .containsEntry("programming", "Learn Programming")
        .containsEntry("git", "Version Control with Git")
        .containsEntry("databases", "Database Management")
        .containsEntry("apis", "API Development")
        .containsEntry("ci-cd", "CI/CD")
        .containsEntry("design-principles", "Design and Development Principles")
        .containsEntry("architecture", "Architectural Patterns")
        .containsEntry("advanced", "Advanced Topics")
        .containsEntry("frontend-collaboration-tools", "Collaboration and Tools")
        .containsEntry("how-os-works", "How OSs Work in General")
        .containsEntry("ipc", "Interprocess Communication (IPC)")
        .containsEntry("networking-basics", "Basic Networking Concepts")
        .containsEntry("choosing-a-language", "Choosing Your First Programming Language")
        .containsEntry("clean-code", "Writing Clean and Maintainable Code")
        .containsEntry("continuous-learning", "Continuous Learning and Community Engagement")
        .containsEntry("remote-repositories", "Working with Remote Repositories")
        .containsEntry("git-best-practices", "Best Practices in Git")
        .containsEntry("acid", "ACID Properties")
        .containsEntry("n-plus-one", "N+1 Problem")
        .containsEntry("normalization", "Database Normalization")
        .containsEntry("indexes", "Indexes and How They Work")
        .containsEntry("openapi", "OpenAPI Spec and Swagger")
        .containsEntry("redis-caching", "Implementing Caching with Redis")
        .containsEntry("caching-best-practices", "Best Practices")
        .containsEntry("hashing-algorithms", "Understanding Hashing Algorithms")
        .containsEntry("tls", "SSL/TLS for Secure Communication")
        .containsEntry("web-security-policies", "Web Security Policies and Practices")
        .containsEntry("owasp-risks", "Common Security Risks (OWASP)")
        .containsEntry("web-security-best-practices", "Best Practices in Web Security")
        .containsEntry("testing-best-practices", "Best Practices in Testing")
        .containsEntry("ci-cd-best-practices", "Best Practices")
        .containsEntry("solid", "SOLID Principles")
        .containsEntry("design-best-practices", "Best Practices")
        .containsEntry("monolith", "Monolithic Architecture")
        .containsEntry("architecture-best-practices", "Best Practices");
  }

  @Test
  @DisplayName("gives every topic one to three resources, all over https")
  void everyTopicHasOneToThreeResources() {
    for (Topic topic : roadmap.topics()) {
      assertThat(topic.resources()).as("resources of topic '%s'", topic.id()).hasSizeBetween(1, 3);
      for (Resource resource : topic.resources()) {
        assertThat(resource.url().getScheme())
            .as("scheme of %s in topic '%s'", resource.url(), topic.id())
            .isEqualTo("https");
      }
      assertThat(topic.resources().stream().map(Resource::url).distinct())
          .as("resources of topic '%s' are distinct", topic.id())
          .hasSameSizeAs(topic.resources());
    }
  }

  @Test
  @DisplayName("summarises every section and topic in one to three sentences")
  void everySummaryIsOneToThreeSentences() {
    for (Section section : roadmap.sections()) {
      assertOneToThreeSentences("section '" + section.id() + "'", section.summary());
    }
    for (Topic topic : roadmap.topics()) {
      assertOneToThreeSentences("topic '" + topic.id() + "'", topic.summary());
    }
  }

  @Test
  @DisplayName("passes every consistency check")
  void isConsistent() {
    assertThat(RoadmapCheck.check(roadmap)).as("problems in the bundled roadmap").isEmpty();
  }

  @Test
  @DisplayName("orders sections for learning: internet first, advanced last, file order otherwise")
  void learningOrder() {
    List<String> order = roadmap.learningOrder().stream().map(s -> s.id().value()).toList();
    assertThat(order)
        .as("learning order of the bundled sections")
        .containsExactlyElementsOf(EXPECTED.keySet());
    assertRequires("frontend-basics", "internet");
    assertRequires("os-fundamentals", "internet");
    assertRequires("programming", "os-fundamentals");
    assertRequires("caching", "databases");
    assertRequires("authentication", "apis");
    assertRequires("ci-cd", "testing");
    assertRequires("architecture", "design-principles");
  }

  @Test
  @DisplayName("marks as reading-only the topics about choices and habits, each with its reason")
  void marksReadingOnlyTopics() {
    Map<String, String> readingOnly = new LinkedHashMap<>();
    roadmap
        .topics()
        .forEach(t -> t.readingOnly().ifPresent(r -> readingOnly.put(t.id().value(), r)));
    assertThat(readingOnly)
        .as("reading-only topics of the bundled roadmap (CURRICULUM.md names these three)")
        .containsOnlyKeys("choosing-a-language", "continuous-learning", "learning-ci-cd");
    readingOnly.forEach((topic, reason) -> assertOneToThreeSentences(topic + "'s reason", reason));
  }

  @Test
  @DisplayName("is read once and shared")
  void isShared() {
    assertThat(RoadmapLoader.loadBundled()).as("second load").isSameAs(roadmap);
  }

  private void assertRequires(String section, String prerequisite) {
    assertThat(roadmap.section(SectionId.of(section)).orElseThrow().prerequisites())
        .as("prerequisites of '%s'", section)
        .contains(SectionId.of(prerequisite));
  }

  private static void assertOneToThreeSentences(String what, String summary) {
    assertThat(summary.strip()).as("summary of %s ends a sentence", what).matches("(?s).*[.!?]$");
    assertThat(SENTENCE_BREAK.split(summary.strip()))
        .as("sentences in the summary of %s: %s", what, summary)
        .hasSizeBetween(1, 3);
  }
}
