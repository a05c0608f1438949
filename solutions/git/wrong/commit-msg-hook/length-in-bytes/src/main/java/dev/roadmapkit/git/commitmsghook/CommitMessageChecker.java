package dev.roadmapkit.git.commitmsghook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference solution. The key idea: first reduce the file to the lines git keeps (no comments,
 * nothing below the scissors, no trailing whitespace), remembering each one's line number in the
 * file, then check the subject and the body on that list; one regular expression reads the
 * Conventional Commits form and hands over the type and the description. The trade-off: the regular
 * expression is compact but says less than a hand-written parser would about which part of the
 * subject is malformed, so the explanation stays general.
 */
public final class CommitMessageChecker {

  /** The longest subject allowed, in characters. */
  public static final int SUBJECT_LIMIT = 72;

  /** The longest body line allowed, in characters. */
  public static final int BODY_LIMIT = 72;

  /** The line below which git drops everything ({@code git commit -v}, {@code --cleanup}). */
  public static final String SCISSORS = "# ------------------------ >8 ------------------------";

  /** The types of Conventional Commits the team uses. */
  public static final Set<String> DEFAULT_TYPES =
      Set.of(
          "feat",
          "fix",
          "docs",
          "style",
          "refactor",
          "perf",
          "test",
          "build",
          "ci",
          "chore",
          "revert");

  /** Words a subject in the imperative mood does not start with: past tense and third person. */
  public static final Set<String> DEFAULT_FORBIDDEN_FIRST_WORDS =
      Set.of(
          "added",
          "adds",
          "fixed",
          "fixes",
          "changed",
          "changes",
          "updated",
          "updates",
          "removed",
          "removes",
          "deleted",
          "deletes",
          "moved",
          "moves",
          "renamed",
          "renames",
          "improved",
          "improves",
          "refactored",
          "refactors",
          "implemented",
          "implements",
          "created",
          "creates",
          "made",
          "makes");

  private static final Pattern CONVENTIONAL =
      Pattern.compile("([A-Za-z]+)(\\([^()\\s]+\\))?!?: (\\S.*)");

  private static final List<String> WRITTEN_BY_GIT =
      List.of("Merge ", "Revert ", "fixup! ", "squash! ");

  private final Set<String> types;
  private final Set<String> forbiddenFirstWords;

  /**
   * A checker with these Conventional Commits types and forbidden first words.
   *
   * @param types the allowed types, for example {@code feat} and {@code fix}
   * @param forbiddenFirstWords words, in lower case, that the description must not start with
   */
  public CommitMessageChecker(Set<String> types, Set<String> forbiddenFirstWords) {
    this.types = Set.copyOf(types);
    this.forbiddenFirstWords = Set.copyOf(forbiddenFirstWords);
  }

  /**
   * The checker the hook uses: {@link #DEFAULT_TYPES} and {@link #DEFAULT_FORBIDDEN_FIRST_WORDS}.
   */
  public static CommitMessageChecker withDefaults() {
    return new CommitMessageChecker(DEFAULT_TYPES, DEFAULT_FORBIDDEN_FIRST_WORDS);
  }

  /**
   * Every rule {@code message} breaks, sorted by line; empty when it is a good message.
   *
   * @param message the text of the message file, as git wrote it
   */
  public List<Violation> check(String message) {
    List<Line> lines = kept(message);
    int first = 0;
    while (first < lines.size() && lines.get(first).text().isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      return List.of(new Violation(1, Rule.SUBJECT_EMPTY));
    }
    Line subject = lines.get(first);
    if (WRITTEN_BY_GIT.stream().anyMatch(subject.text()::startsWith)) {
      return List.of();
    }
    // Added line by line, and on one line in the order of the rules: sorted without sorting.
    List<Violation> violations = new ArrayList<>();
    checkSubject(subject, violations);
    List<Line> rest = lines.subList(first + 1, lines.size());
    if (!rest.isEmpty() && !rest.get(0).text().isEmpty()) {
      violations.add(new Violation(rest.get(0).number(), Rule.NO_BLANK_LINE_AFTER_SUBJECT));
    }
    for (Line line : rest) {
      if (length(line.text()) > BODY_LIMIT && !exempt(line.text())) {
        violations.add(new Violation(line.number(), Rule.BODY_LINE_TOO_LONG));
      }
    }
    return List.copyOf(violations);
  }

  private void checkSubject(Line subject, List<Violation> violations) {
    String text = subject.text();
    if (length(text) > SUBJECT_LIMIT) {
      violations.add(new Violation(subject.number(), Rule.SUBJECT_TOO_LONG));
    }
    if (text.endsWith(".")) {
      violations.add(new Violation(subject.number(), Rule.SUBJECT_ENDS_WITH_PERIOD));
    }
    Matcher conventional = CONVENTIONAL.matcher(text);
    String description = text;
    if (!conventional.matches()) {
      violations.add(new Violation(subject.number(), Rule.NOT_CONVENTIONAL));
    } else {
      description = conventional.group(3);
      if (!types.contains(conventional.group(1))) {
        violations.add(new Violation(subject.number(), Rule.UNKNOWN_TYPE));
      }
    }
    String firstWord = description.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    if (forbiddenFirstWords.contains(firstWord)) {
      violations.add(new Violation(subject.number(), Rule.NOT_IMPERATIVE));
    }
  }

  /** The lines git keeps, each with its number in the file. */
  private static List<Line> kept(String message) {
    String[] texts = message.split("\n", -1);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.length && !texts[i].equals(SCISSORS); i++) {
      if (!texts[i].startsWith("#")) {
        lines.add(new Line(i + 1, texts[i].stripTrailing()));
      }
    }
    return lines;
  }

  private static boolean exempt(String line) {
    return line.contains("http://")
        || line.contains("https://")
        || line.startsWith(" ")
        || line.startsWith("\t")
        || line.startsWith(">");
  }

  private static int length(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** A line the rules see: its number in the file and its text without trailing whitespace. */
  private record Line(int number, String text) {}
}
