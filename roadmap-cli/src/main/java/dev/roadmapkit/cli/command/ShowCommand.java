package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.kit.Subject;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.output.TextBlock;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseProgress;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Resource;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.query.Curriculum;
import dev.roadmapkit.core.render.TextRenderer;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap show <topic|section|exercise>}: a topic's summary, resources and the exercises
 * that practise it; a section's summary, prerequisites, topics and exercises; or an exercise's
 * details.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "A topic, section or exercise: summary, resources, exercises.",
      "A topic: its summary, resources and the exercises that practise it. A section (or",
      "module): its topics and exercises. An exercise: its details."
    })
public final class ShowCommand implements Callable<Integer> {

  private static final int WIDTH = 96;

  @ParentCommand private RoadmapCommand root;

  @Parameters(
      paramLabel = "ID",
      description =
          "A topic (http), a section or module (caching), or an exercise (caching/lru-cache).")
  private String id;

  /** Creates the command; picocli calls this. */
  public ShowCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    Subject subject = new Lookup(kit.curriculum()).subject(id);
    Progress progress = context.progress().load();
    if (subject instanceof Subject.OfTopic topic) {
      topic(context.terminal(), kit.curriculum(), progress, topic.topic(), topic.section());
    } else if (subject instanceof Subject.OfSection section) {
      section(context.terminal(), kit.curriculum(), progress, section.section());
    } else if (subject instanceof Subject.OfExercise exercise) {
      exercise(context.terminal(), kit, progress, exercise.exercise());
    }
    return 0;
  }

  private static void topic(
      Terminal terminal, Curriculum curriculum, Progress progress, Topic topic, Section section) {
    PrintStream out = terminal.out();
    out.println(topic.title() + "  (" + topic.id() + ", in " + section.title() + ")");
    out.println();
    TextBlock.wrap(topic.summary(), WIDTH, "").forEach(out::println);
    out.println();
    out.println("Resources");
    resources(out, topic.resources());
    out.println();
    if (topic.readingOnly().isPresent()) {
      out.println("Reading only: no exercise practises this topic.");
      TextBlock.wrap(topic.readingOnly().get(), WIDTH, "  ").forEach(out::println);
    } else {
      exercises(
          terminal,
          progress,
          curriculum.exercisesPractising(topic.id()),
          "Exercises that practise it");
    }
    out.println();
    out.println(
        "Your mark: "
            + progress.topicStatus(topic.id()).map(TopicStatus::key).orElse("not marked"));
  }

  private static void section(
      Terminal terminal, Curriculum curriculum, Progress progress, Section section) {
    PrintStream out = terminal.out();
    Completion completion =
        ProgressReport.of(curriculum, progress)
            .section(section.id())
            .map(s -> s.completion())
            .orElse(Completion.NONE);
    out.println(
        section.title()
            + "  ("
            + section.id()
            + ")  "
            + TextRenderer.bar(completion)
            + " "
            + completion.percent()
            + "%");
    out.println();
    TextBlock.wrap(section.summary(), WIDTH, "").forEach(out::println);
    out.println();
    String requires =
        section.prerequisites().stream()
            .map(SectionId::value)
            .map(p -> curriculum.roadmap().section(SectionId.of(p)).map(Section::title).orElse(p))
            .collect(Collectors.joining(", "));
    out.println("Requires: " + (requires.isEmpty() ? "nothing, start here" : requires));
    out.println("From: " + section.source().label());
    out.println();
    out.println("Topics (./roadmap show <topic> for resources)");
    int width = section.topics().stream().mapToInt(t -> t.id().value().length()).max().orElse(0);
    for (Topic topic : section.topics()) {
      String mark =
          progress
              .topicStatus(topic.id())
              .map(
                  status ->
                      switch (status) {
                        case DONE -> "[x]";
                        case LEARNING -> "[~]";
                        case SKIPPED -> "[-]";
                      })
              .orElse("[ ]");
      out.println(
          "  "
              + mark
              + " "
              + StatusCommand.pad(topic.id().value(), width)
              + "  "
              + topic.title()
              + (topic.isReadingOnly() ? "  (reading only)" : ""));
    }
    out.println();
    exercises(terminal, progress, curriculum.exercisesOf(section.id()), "Exercises");
  }

  private static void exercise(Terminal terminal, Kit kit, Progress progress, Exercise exercise) {
    PrintStream out = terminal.out();
    ExerciseProgress state = progress.exercise(exercise.id());
    out.println(exercise.id() + "  " + exercise.title());
    out.println();
    out.println("  kind         " + exercise.kind().key());
    out.println("  difficulty   " + exercise.difficulty().key());
    out.println("  points       " + exercise.points());
    out.println("  time         about " + exercise.minutes() + " min");
    out.println(
        "  topics       "
            + exercise.topics().stream().map(t -> t.value()).collect(Collectors.joining(", ")));
    out.println(
        "  files        "
            + exercise.files().stream()
                .map(f -> kit.display(kit.moduleDir(exercise.id().module()).resolve(f)))
                .collect(Collectors.joining(", ")));
    out.println("  tests        " + String.join(", ", exercise.tests()));
    out.println(
        "  hints        "
            + Math.min(state.hintsShown(), exercise.hints().size())
            + " of "
            + exercise.hints().size()
            + " seen (./roadmap hint "
            + exercise.id()
            + ")");
    out.println("  status       " + state.status().key());
  }

  private static void resources(PrintStream out, List<Resource> resources) {
    for (Resource resource : resources) {
      out.println("  [" + resource.kind().label() + "] " + resource.title());
      out.println("      " + resource.url());
    }
  }

  private static void exercises(
      Terminal terminal, Progress progress, List<Exercise> exercises, String heading) {
    PrintStream out = terminal.out();
    if (exercises.isEmpty()) {
      out.println(heading + ": none yet");
      return;
    }
    out.println(heading);
    int width = exercises.stream().mapToInt(e -> e.id().toString().length()).max().orElse(0);
    for (Exercise exercise : exercises) {
      out.println(
          "  "
              + StatusCommand.mark(terminal.symbols(), progress.exerciseStatus(exercise.id()))
              + " "
              + StatusCommand.pad(exercise.id().toString(), width)
              + "  "
              + exercise.title());
    }
  }
}
