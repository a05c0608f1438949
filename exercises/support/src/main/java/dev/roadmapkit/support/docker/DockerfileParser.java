package dev.roadmapkit.support.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Dockerfile as the Dockerfile reference describes it.
 *
 * <ul>
 *   <li><b>Parser directives</b>: {@code # name=value} lines at the very top, before any comment,
 *       blank line or instruction. {@code # escape=`} makes the backtick the escape character (the
 *       Windows style), {@code # escape=\} is the default.
 *   <li><b>Comments</b>: a line whose first non-blank character is {@code #}. Comment lines and
 *       blank lines inside a continued instruction are skipped.
 *   <li><b>Continuation</b>: a line that ends with the escape character (trailing blanks ignored)
 *       goes on on the next line; the escape character and the line break are removed.
 *   <li><b>Instructions</b>: a keyword (any case) and its arguments. Leading {@code --name=value}
 *       flags become {@link Instruction#flags()}. For {@code RUN}, {@code CMD}, {@code ENTRYPOINT},
 *       {@code SHELL}, {@code COPY}, {@code ADD}, {@code VOLUME} and the {@code CMD} of a {@code
 *       HEALTHCHECK}, arguments that start with {@code [} are the exec form and must be a valid
 *       JSON array of strings: Docker would run a broken one as a shell command, which is never
 *       meant.
 *   <li><b>Refused</b> with a {@link DockerfileException} naming the line: an unknown instruction,
 *       an instruction without arguments, a bad JSON array, a malformed {@code FROM}, an
 *       instruction other than {@code ARG} before the first {@code FROM}, a continuation that ends
 *       the file, and heredocs ({@code RUN <<EOF}), which this parser does not support.
 * </ul>
 */
public final class DockerfileParser {

  /** Every instruction of the Dockerfile reference. */
  public static final Set<String> INSTRUCTIONS =
      Set.of(
          "ADD",
          "ARG",
          "CMD",
          "COPY",
          "ENTRYPOINT",
          "ENV",
          "EXPOSE",
          "FROM",
          "HEALTHCHECK",
          "LABEL",
          "MAINTAINER",
          "ONBUILD",
          "RUN",
          "SHELL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");

  private static final Set<String> EXEC_FORM =
      Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z]+)\\s*=\\s*(\\S*)\\s*");
  private static final Pattern HEREDOC = Pattern.compile("<<-?[\"']?[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern KEYWORD = Pattern.compile("([A-Za-z]+)(\\s+(.*))?");

  private DockerfileParser() {}

  /** Reads and parses the file at {@code path} (UTF-8). */
  public static Dockerfile parse(Path path) throws IOException {
    return parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /**
   * Parses the text of a Dockerfile.
   *
   * @throws DockerfileException naming the line of what cannot be read
   */
  public static Dockerfile parse(String text) {
    List<String> lines = text.lines().toList();
    Map<String, String> directives = new LinkedHashMap<>();
    int index = 0;
    for (; index < lines.size(); index++) {
      Matcher directive = DIRECTIVE.matcher(lines.get(index));
      if (!directive.matches()) {
        break;
      }
      String name = directive.group(1).toLowerCase(Locale.ROOT);
      if (directives.containsKey(name)) {
        throw new DockerfileException(index + 1, "the directive '" + name + "' is given twice");
      }
      directives.put(name, directive.group(2));
    }
    char escape = '\\';
    if (directives.containsKey("escape")) {
      String value = directives.get("escape");
      if (!value.equals("\\") && !value.equals("`")) {
        throw new DockerfileException(
            1, "the escape directive takes \\ or ` (backtick), not '" + value + "'");
      }
      escape = value.charAt(0);
    }
    List<Instruction> instructions = new java.util.ArrayList<>();
    boolean seenFrom = false;
    while (index < lines.size()) {
      String first = lines.get(index).strip();
      if (first.isEmpty() || first.startsWith("#")) {
        index++;
        continue;
      }
      int start = index + 1;
      StringBuilder logical = new StringBuilder();
      String current = lines.get(index);
      index++;
      while (endsWithEscape(current, escape)) {
        String stripped = current.stripTrailing();
        logical.append(stripped, 0, stripped.length() - 1);
        current = null;
        while (index < lines.size()) {
          String next = lines.get(index++);
          String blank = next.strip();
          if (!blank.isEmpty() && !blank.startsWith("#")) {
            current = next;
            break;
          }
        }
        if (current == null) {
          throw new DockerfileException(
              start,
              "the instruction ends with the escape character "
                  + escape
                  + " at the end of the file");
        }
      }
      logical.append(current);
      Instruction instruction = instruction(start, logical.toString().strip());
      if (!seenFrom
          && !instruction.keyword().equals("ARG")
          && !instruction.keyword().equals("FROM")) {
        throw new DockerfileException(
            start, instruction.keyword() + " before the first FROM (only ARG may come before it)");
      }
      seenFrom |= instruction.keyword().equals("FROM");
      instructions.add(instruction);
    }
    return new Dockerfile(directives, escape, instructions);
  }

  private static boolean endsWithEscape(String line, char escape) {
    String stripped = line.stripTrailing();
    return !stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == escape;
  }

  private static Instruction instruction(int line, String text) {
    Matcher matcher = KEYWORD.matcher(text);
    if (!matcher.matches()) {
      throw new DockerfileException(line, "expected an instruction, found: " + text);
    }
    String keyword = matcher.group(1).toUpperCase(Locale.ROOT);
    if (!INSTRUCTIONS.contains(keyword)) {
      throw new DockerfileException(
          line, "unknown instruction " + matcher.group(1) + " (see the Dockerfile reference)");
    }
    String rest = matcher.group(3) == null ? "" : matcher.group(3).strip();
    Map<String, String> flags = new LinkedHashMap<>();
    while (rest.startsWith("--")) {
      int end = 0;
      while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
        end++;
      }
      String flag = rest.substring(2, end);
      int equals = flag.indexOf('=');
      flags.put(
          equals < 0 ? flag : flag.substring(0, equals),
          equals < 0 ? "" : flag.substring(equals + 1));
      rest = rest.substring(end).strip();
    }
    if (rest.isEmpty()) {
      throw new DockerfileException(line, keyword + " needs arguments");
    }
    if (Set.of("RUN", "COPY", "ADD").contains(keyword) && HEREDOC.matcher(rest).find()) {
      throw new DockerfileException(
          line,
          "heredocs ("
              + keyword
              + " <<EOF) are not supported by this parser: write the commands on continued lines");
    }
    Optional<List<String>> exec = Optional.empty();
    if (EXEC_FORM.contains(keyword) && rest.startsWith("[")) {
      exec = Optional.of(JsonArray.parse(line, rest));
    } else if (keyword.equals("HEALTHCHECK")) {
      String[] parts = rest.split("\\s+", 2);
      if (parts[0].equalsIgnoreCase("CMD") && parts.length == 2 && parts[1].startsWith("[")) {
        exec = Optional.of(JsonArray.parse(line, parts[1]));
      } else if (!parts[0].equalsIgnoreCase("NONE") && !parts[0].equalsIgnoreCase("CMD")) {
        throw new DockerfileException(line, "HEALTHCHECK takes CMD ... or NONE, not: " + rest);
      } else if (parts[0].equalsIgnoreCase("CMD") && parts.length < 2) {
        throw new DockerfileException(line, "HEALTHCHECK CMD needs a command");
      }
    } else if (keyword.equals("FROM")) {
      String[] words = rest.split("\\s+");
      boolean named = words.length == 3 && words[1].equalsIgnoreCase("AS");
      if (words.length != 1 && !named) {
        throw new DockerfileException(
            line, "FROM takes an image and optionally AS name, not: " + rest);
      }
    }
    return new Instruction(line, keyword, flags, rest, exec);
  }
}
