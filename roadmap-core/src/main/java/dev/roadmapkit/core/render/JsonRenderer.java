package dev.roadmapkit.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import java.util.Objects;

/**
 * Renders the roadmap with progress as JSON for tools:
 *
 * <pre>{@code
 * {
 *   "title" : "...",
 *   "progress" : { "percent" : 15, "topics" : 2, "completedTopics" : 1, ... },
 *   "sections" : [ {
 *     "id" : "internet", "title" : "...", "summary" : "...",
 *     "prerequisites" : [ ], "aliases" : [ ],
 *     "progress" : { ... },
 *     "topics" : [ {
 *       "id" : "http", "title" : "...", "summary" : "...", "aliases" : [ ],
 *       "status" : "done",                       // done | learning | skipped | not-marked
 *       "resources" : [ { "title" : "...", "url" : "...", "kind" : "rfc" } ],
 *       "exercises" : [ "internet/http-server" ]  // exercises practising the topic
 *     } ],
 *     "exercises" : [ { "id" : "internet/http-server", "title" : "...", "kind" : "implement",
 *                       "difficulty" : "medium", "points" : 10, "minutes" : 45,
 *                       "status" : "passing", "hintsShown" : 0 } ]
 *   } ]
 * }
 * }</pre>
 *
 * <p>Sections come in learning order; fields always appear in this order.
 */
public final class JsonRenderer implements RoadmapRenderer {

  /** The status written for a topic the learner has not marked. */
  public static final String NOT_MARKED = "not-marked";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Creates the renderer. */
  public JsonRenderer() {}

  @Override
  public String render(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Progress resolved = progress.resolveAliases(curriculum.roadmap());
    ProgressReport report = ProgressReport.of(curriculum, resolved);
    ObjectNode root = JSON.createObjectNode();
    root.put("title", curriculum.roadmap().title());
    completion(root.putObject("progress"), report.overall());
    ArrayNode sections = root.putArray("sections");
    for (SectionProgress entry : report.sections()) {
      section(sections.addObject(), entry, curriculum, resolved);
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the roadmap as JSON", e);
    }
  }

  private static void section(
      ObjectNode node, SectionProgress entry, Curriculum curriculum, Progress progress) {
    Section section = entry.section();
    node.put("id", section.id().value());
    node.put("title", section.title());
    node.put("summary", section.summary());
    node.put("source", section.source().key());
    ArrayNode prerequisites = node.putArray("prerequisites");
    for (SectionId prerequisite : section.prerequisites()) {
      prerequisites.add(
          curriculum.roadmap().section(prerequisite).map(Section::id).orElse(prerequisite).value());
    }
    ArrayNode aliases = node.putArray("aliases");
    section.aliases().forEach(alias -> aliases.add(alias.value()));
    completion(node.putObject("progress"), entry.completion());
    ArrayNode topics = node.putArray("topics");
    for (Topic topic : section.topics()) {
      ObjectNode topicNode = topics.addObject();
      topicNode.put("id", topic.id().value());
      topicNode.put("title", topic.title());
      topicNode.put("summary", topic.summary());
      ArrayNode topicAliases = topicNode.putArray("aliases");
      topic.aliases().forEach(alias -> topicAliases.add(alias.value()));
      topic.readingOnly().ifPresent(reason -> topicNode.put("readingOnly", reason));
      topicNode.put(
          "status", progress.topicStatus(topic.id()).map(TopicStatus::key).orElse(NOT_MARKED));
      ArrayNode resources = topicNode.putArray("resources");
      for (Resource resource : topic.resources()) {
        resources
            .addObject()
            .put("title", resource.title())
            .put("url", resource.url().toString())
            .put("kind", resource.kind().key());
      }
      ArrayNode practisedBy = topicNode.putArray("exercises");
      curriculum
          .exercisesPractising(topic.id())
          .forEach(exercise -> practisedBy.add(exercise.id().toString()));
    }
    ArrayNode exercises = node.putArray("exercises");
    for (Exercise exercise : curriculum.exercisesOf(section.id())) {
      exercises
          .addObject()
          .put("id", exercise.id().toString())
          .put("title", exercise.title())
          .put("kind", exercise.kind().key())
          .put("difficulty", exercise.difficulty().key())
          .put("points", exercise.points())
          .put("minutes", exercise.minutes())
          .put("status", progress.exerciseStatus(exercise.id()).key())
          .put("hintsShown", progress.exercise(exercise.id()).hintsShown());
    }
  }

  private static void completion(ObjectNode node, Completion completion) {
    node.put("percent", completion.percent())
        .put("topics", completion.topics())
        .put("completedTopics", completion.completedTopics())
        .put("exercises", completion.exercises())
        .put("passingExercises", completion.passingExercises());
  }
}
