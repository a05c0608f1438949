package dev.roadmapkit.support.docker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One build stage: a {@code FROM} and the instructions up to the next {@code FROM}.
 *
 * @param index 0 for the first stage
 * @param from the {@code FROM} instruction
 * @param image the base image as written ({@code eclipse-temurin:17-jre}, {@code build}, ...)
 * @param name the name given with {@code AS name}, in lower case, if any
 * @param instructions the instructions after the {@code FROM}, in order
 */
public record Stage(
    int index,
    Instruction from,
    String image,
    Optional<String> name,
    List<Instruction> instructions) {

  /** Copies the list and checks the parts. */
  public Stage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(name, "name");
    instructions = List.copyOf(instructions);
  }

  /** The instructions of this stage with that keyword (upper case), in order. */
  public List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The last instruction of this stage with that keyword, the one that wins for USER, CMD, ... */
  public Optional<Instruction> last(String keyword) {
    List<Instruction> all = all(keyword);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
