package dev.roadmapkit.support.docker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One instruction of a Dockerfile.
 *
 * @param line the 1-based line it starts on (a continued instruction spans more lines)
 * @param keyword the instruction in upper case: {@code FROM}, {@code RUN}, {@code USER}, ...
 * @param flags the leading {@code --name=value} options ({@code COPY --from=build}, {@code
 *     HEALTHCHECK --interval=30s}), in order; a flag without a value maps to the empty string
 * @param arguments what follows the keyword and the flags, continuation lines joined (the escape
 *     character and the line break removed), trimmed
 * @param execForm for an argument written as a JSON array ({@code ["java", "-jar", "app.jar"]}),
 *     its strings; empty for the shell form
 */
public record Instruction(
    int line,
    String keyword,
    Map<String, String> flags,
    String arguments,
    Optional<List<String>> execForm) {

  /** Copies the collections and checks the parts. */
  public Instruction {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    Objects.requireNonNull(keyword, "keyword");
    // In the order written (Map.copyOf would not keep it), for toString and messages.
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    Objects.requireNonNull(arguments, "arguments");
    execForm = execForm.map(List::copyOf);
  }

  /** Whether the arguments are a JSON array (exec form) rather than a shell command line. */
  public boolean isExecForm() {
    return execForm.isPresent();
  }

  /** The value of flag {@code --name}, if given ({@code flag("from")} of {@code COPY --from=b}). */
  public Optional<String> flag(String name) {
    return Optional.ofNullable(flags.get(name));
  }

  /**
   * The pairs of an {@code ENV}, {@code ARG} or {@code LABEL}: {@code KEY=value KEY2="a b"}, the
   * legacy {@code ENV KEY some value} (one pair, the rest of the line its value), or {@code ARG
   * NAME} (no value).
   *
   * @throws DockerfileException when a quote is not closed
   */
  public List<KeyValue> keyValues() {
    return KeyValues.parse(line, arguments);
  }

  @Override
  public String toString() {
    return "line "
        + line
        + ": "
        + keyword
        + (flags.isEmpty() ? "" : " " + flagText())
        + " "
        + arguments;
  }

  private String flagText() {
    StringBuilder text = new StringBuilder();
    flags.forEach(
        (name, value) ->
            text.append(text.length() == 0 ? "" : " ")
                .append("--")
                .append(name)
                .append(value.isEmpty() ? "" : "=" + value));
    return text.toString();
  }
}
