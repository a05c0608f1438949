package dev.roadmapkit.git.commitmsghook;

/**
 * The rules a commit message is checked against, each with the explanation the hook prints. Given:
 * do not change.
 */
public enum Rule {
  /** There is no subject line. */
  SUBJECT_EMPTY(
      "the message is empty: its first line (the subject) must say in a few words what the commit"
          + " does"),
  /** The subject is longer than {@link CommitMessageChecker#SUBJECT_LIMIT} characters. */
  SUBJECT_TOO_LONG(
      "the subject is longer than 72 characters: aim for 50, and never more than 72, since git log"
          + " --oneline, e-mails and web pages cut it there"),
  /** The subject ends with a period. */
  SUBJECT_ENDS_WITH_PERIOD(
      "the subject ends with a period: it is a title, not a sentence, so leave the period out"),
  /** The subject is not {@code type(scope)!: description}. */
  NOT_CONVENTIONAL(
      "the subject is not in the Conventional Commits form 'type(scope)!: description' (the scope"
          + " and the ! are optional), for example 'fix(parser): accept empty lines'"),
  /** The subject's type is not one of the allowed ones. */
  UNKNOWN_TYPE(
      "the type before the colon is not one of the allowed types (feat, fix, docs, style,"
          + " refactor, perf, test, build, ci, chore, revert)"),
  /** The description starts with a past-tense or third-person word. */
  NOT_IMPERATIVE(
      "the description is not in the imperative mood: write it as a command, 'add', 'fix',"
          + " 'remove' (it completes 'if applied, this commit will ...'), not 'added' or 'adds'"),
  /** The line after the subject is not blank. */
  NO_BLANK_LINE_AFTER_SUBJECT(
      "the line after the subject is not blank: a blank line separates the subject from the body,"
          + " otherwise git log --oneline and other tools take the body for part of the subject"),
  /** A body line is longer than {@link CommitMessageChecker#BODY_LIMIT} characters. */
  BODY_LINE_TOO_LONG(
      "this body line is longer than 72 characters: wrap the body at 72, git does not do it for"
          + " you (a line with a URL, and an indented or quoted line, may be longer)");

  private final String explanation;

  Rule(String explanation) {
    this.explanation = explanation;
  }

  /** What is wrong and what to do, in a sentence for the person who wrote the message. */
  public String explanation() {
    return explanation;
  }
}
