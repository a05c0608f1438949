package dev.roadmapkit.support.docker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile: its parser directives, its instructions in order, and its stages.
 *
 * @param directives the parser directives at the top ({@code escape}, {@code syntax}, {@code
 *     check}), names in lower case
 * @param escape the escape character: {@code \} unless {@code # escape=`} says otherwise
 * @param instructions every instruction, in order (an {@code ARG} before the first {@code FROM}
 *     included)
 */
public record Dockerfile(
    Map<String, String> directives, char escape, List<Instruction> instructions) {

  /** Copies the collections. */
  public Dockerfile {
    directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    instructions = List.copyOf(instructions);
  }

  /** The instructions before the first {@code FROM} (only {@code ARG} is allowed there). */
  public List<Instruction> preamble() {
    List<Instruction> preamble = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.keyword().equals("FROM")) {
        break;
      }
      preamble.add(instruction);
    }
    return preamble;
  }

  /** The stages, one per {@code FROM}, in order. */
  public List<Stage> stages() {
    List<Stage> stages = new ArrayList<>();
    Instruction from = null;
    List<Instruction> body = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.keyword().equals("FROM")) {
        if (from != null) {
          stages.add(stage(stages.size(), from, body));
        }
        from = instruction;
        body = new ArrayList<>();
      } else if (from != null) {
        body.add(instruction);
      }
    }
    if (from != null) {
      stages.add(stage(stages.size(), from, body));
    }
    return List.copyOf(stages);
  }

  /** The last stage: what {@code docker build} makes an image of by default. */
  public Optional<Stage> finalStage() {
    List<Stage> stages = stages();
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /** The stage named {@code name} (case-insensitive), if any. */
  public Optional<Stage> stage(String name) {
    return stages().stream()
        .filter(stage -> stage.name().filter(name::equalsIgnoreCase).isPresent())
        .findFirst();
  }

  private static Stage stage(int index, Instruction from, List<Instruction> body) {
    String[] words = from.arguments().split("\\s+");
    Optional<String> name = Optional.empty();
    if (words.length >= 3 && words[words.length - 2].equalsIgnoreCase("AS")) {
      name = Optional.of(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }
    return new Stage(index, from, words[0], name, body);
  }
}
