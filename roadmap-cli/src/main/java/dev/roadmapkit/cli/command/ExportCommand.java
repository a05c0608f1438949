package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.export.ExportFormat;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./roadmap export --format text|markdown|mermaid|json|html}: the roadmap with progress. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "The roadmap with your progress, for people and tools.",
      "Formats: text, markdown and html for people; mermaid and json for tools."
    })
public final class ExportCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, markdown, mermaid, json or html (default: ${DEFAULT-VALUE}).")
  private ExportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of the standard output.")
  private Path output;

  /** Creates the command; picocli calls this. */
  public ExportCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    String text = format.render(kit.curriculum(), context.progress().load());
    if (output == null) {
      context.terminal().out().print(text);
      context.terminal().out().flush();
      return 0;
    }
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KitException("cannot write " + output + ": " + e.getMessage(), e);
    }
    context.terminal().err().println("wrote " + output);
    return 0;
  }
}
