package dev.roadmapkit.git.commitmsghook;

import java.util.List;
import java.util.Set;

/**
 * Exercise {@code git/commit-msg-hook}: check a commit message against a team's conventions, so
 * that the {@code commit-msg} hook ({@link CommitMessageHook}, given) refuses a bad one.
 *
 * <p><b>The 50/72 convention.</b> The first line of a message is its subject: git log --oneline,
 * {@code git shortlog}, {@code git format-patch} (the e-mail's subject) and web interfaces show it
 * alone, and cut it when it is long. The convention asks for about 50 characters, so that it reads
 * at a glance, and at most 72, the width git's own tools are made for (an 80-column terminal, with
 * room for git log's indentation). The body, after a blank line, explains what and why, wrapped at
 * 72 characters, because git never wraps it. Here 50 is a recommendation only: the rules below
 * refuse a subject longer than {@value #SUBJECT_LIMIT} characters, and a body line longer than
 * {@value #BODY_LIMIT}. Lengths count characters (Unicode code points), not bytes.
 *
 * <p><b>What is checked.</b> The message is split into lines at {@code \n}; line numbers count from
 * 1 and include every line of the file, comments too.
 *
 * <ol>
 *   <li>Ignored: the line {@value #SCISSORS} (git's scissors line) and everything below it (git
 *       puts the diff of {@code commit -v} there); every line that starts with {@code #} (git's
 *       comments); and the whitespace at the end of each line ({@link String#stripTrailing()}; git
 *       removes it too). The rules see only the remaining lines.
 *   <li>The subject is the first remaining line that is not blank. There is none: {@link
 *       Rule#SUBJECT_EMPTY} on line 1, and nothing else is checked.
 *   <li>A subject that starts with {@code "Merge "}, {@code "Revert "}, {@code "fixup! "} or {@code
 *       "squash! "} is one git wrote: the message passes, nothing else is checked.
 *   <li>On the subject's line: {@link Rule#SUBJECT_TOO_LONG} when it has more than {@value
 *       #SUBJECT_LIMIT} characters; {@link Rule#SUBJECT_ENDS_WITH_PERIOD} when it ends with {@code
 *       .}; {@link Rule#NOT_CONVENTIONAL} when it is not {@code type(scope)!: description} of
 *       Conventional Commits: a type of ASCII letters, optionally a scope in parentheses (one or
 *       more characters, none of them a parenthesis or whitespace), optionally {@code !} (a
 *       breaking change), then a colon, one space and a description that starts with a character
 *       that is not whitespace ({@code feat: add x}, {@code fix(parser): y}, {@code feat(api)!:
 *       drop z}, {@code refactor!: w}); {@link Rule#UNKNOWN_TYPE} when it has that form but its
 *       type is not one of the checker's types (compared exactly: {@code Feat} is not {@code
 *       feat}); {@link Rule#NOT_IMPERATIVE} when the first word of the description (the whole
 *       subject when it is not in that form), up to its first space, is one of the forbidden first
 *       words, compared ignoring case ({@code Added}, {@code ADDED} and {@code added} alike).
 *   <li>{@link Rule#NO_BLANK_LINE_AFTER_SUBJECT} on the remaining line right after the subject when
 *       it is not blank.
 *   <li>{@link Rule#BODY_LINE_TOO_LONG} on every remaining line after the subject that has more
 *       than {@value #BODY_LIMIT} characters, except a line that contains {@code http://} or {@code
 *       https://} (a URL cannot be wrapped) and a line that starts with a space, a tab or {@code >}
 *       (indented code or a quotation).
 * </ol>
 *
 * <p>The violations are returned sorted by line, and on one line in the order the {@link Rule}
 * constants are declared.
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
    throw new UnsupportedOperationException(
        "TODO git/commit-msg-hook: drop the comments and what is below the scissors, find the"
            + " subject, then check the subject, the blank line and the body lines");
  }
}
