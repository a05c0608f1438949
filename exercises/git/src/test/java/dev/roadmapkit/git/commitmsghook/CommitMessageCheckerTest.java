package dev.roadmapkit.git.commitmsghook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("git/commit-msg-hook: CommitMessageChecker")
class CommitMessageCheckerTest {

  private final CommitMessageChecker checker = CommitMessageChecker.withDefaults();

  /** A subject "feat: add " followed by x's, exactly {@code length} characters long. */
  private static String subjectOf(int length) {
    return "feat: add " + "x".repeat(length - "feat: add ".length());
  }

  private static String bodyLineOf(int length) {
    return "y".repeat(length);
  }

  private void expect(String message, String why, Violation... expected) {
    assertThat(checker.check(message))
        .as("violations of the message%n----%n%s%n----%n(%s)", message.replace("\t", "<TAB>"), why)
        .containsExactly(expected);
  }

  private void passes(String message, String why) {
    expect(message, why);
  }

  private static Violation at(int line, Rule rule) {
    return new Violation(line, rule);
  }

  @Test
  @DisplayName("a good message, with a subject, a blank line and a wrapped body, passes")
  void goodMessage() {
    passes(
        "feat(parser): accept empty lines\n\nEmpty lines used to end the input early.\n",
        "it follows every rule");
  }

  @Nested
  @DisplayName("the subject")
  class Subject {

    @Test
    @DisplayName("may have exactly 72 characters, not 73")
    void subjectLimit() {
      passes(subjectOf(72) + "\n", "72 characters is the limit, and allowed");
      expect(subjectOf(73) + "\n", "73 characters is one too many", at(1, Rule.SUBJECT_TOO_LONG));
    }

    @Test
    @DisplayName("counts characters, not bytes, and not the whitespace at its end")
    void subjectLengthInCharacters() {
      passes(
          "docs: explain " + "é".repeat(58) + "\n",
          "72 characters, 130 bytes in UTF-8: the limit counts characters");
      passes(
          subjectOf(72) + "   \t\n", "trailing whitespace is removed by git, so it does not count");
    }

    @Test
    @DisplayName("must not be empty")
    void empty() {
      expect("", "an empty file", at(1, Rule.SUBJECT_EMPTY));
      expect("\n  \n\n", "only blank lines", at(1, Rule.SUBJECT_EMPTY));
      expect(
          "# Please enter the commit message\n#\n",
          "only comments, which git removes",
          at(1, Rule.SUBJECT_EMPTY));
    }

    @Test
    @DisplayName("is the first line that is not blank or a comment")
    void firstNonBlankLine() {
      expect(
          "# Please enter the commit message\n\n" + subjectOf(73) + "\n",
          "the subject is line 3, after a comment and a blank line",
          at(3, Rule.SUBJECT_TOO_LONG));
    }

    @Test
    @DisplayName("must not end with a period, even before trailing spaces")
    void period() {
      expect(
          "fix: handle empty input.\n",
          "a title has no period",
          at(1, Rule.SUBJECT_ENDS_WITH_PERIOD));
      expect(
          "fix: handle empty input.  \n",
          "the trailing spaces do not hide the period",
          at(1, Rule.SUBJECT_ENDS_WITH_PERIOD));
      passes("fix: handle v1.2 input\n", "a period inside the subject is fine");
    }
  }

  @Nested
  @DisplayName("Conventional Commits")
  class Conventional {

    @ParameterizedTest(name = "''{0}'' passes")
    @DisplayName("type(scope)!: description, with an optional scope and an optional !")
    @ValueSource(
        strings = {
          "feat: add a parser",
          "fix(parser): accept empty lines",
          "feat(api)!: drop the v1 endpoints",
          "refactor!: split the parser",
          "ci(github-actions): cache the Maven repository",
          "docs(README.md): explain the hints"
        })
    void validForms(String subject) {
      passes(subject + "\n", "a valid Conventional Commits subject");
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @DisplayName("a subject not in that form is refused")
    @ValueSource(
        strings = {
          "add a parser",
          "feat:add a parser",
          "feat:  add a parser",
          "feat add a parser",
          "feat(): add a parser",
          "feat(my scope): add a parser",
          "feat(a)(b): add a parser",
          "feat(parser: add a parser",
          "feat!!: add a parser",
          "fe2at: add a parser",
          "feat: ",
          "(parser): add a parser"
        })
    void invalidForms(String subject) {
      expect(subject + "\n", "not type(scope)!: description", at(1, Rule.NOT_CONVENTIONAL));
    }

    @Test
    @DisplayName("the type must be one of the allowed types, spelt exactly")
    void unknownType() {
      expect("feature: add a parser\n", "feature is not a type", at(1, Rule.UNKNOWN_TYPE));
      expect("Feat: add a parser\n", "types are compared exactly", at(1, Rule.UNKNOWN_TYPE));
      CommitMessageChecker custom = new CommitMessageChecker(Set.of("feature"), Set.of("added"));
      assertThat(custom.check("feature: add a parser\n"))
          .as("with the types {feature}, 'feature: add a parser' passes")
          .isEmpty();
      assertThat(custom.check("feat: add a parser\n"))
          .as("with the types {feature}, 'feat' is unknown: use the checker's types")
          .containsExactly(at(1, Rule.UNKNOWN_TYPE));
    }
  }

  @Nested
  @DisplayName("the imperative mood")
  class Imperative {

    @ParameterizedTest(name = "''{0}'' is refused")
    @DisplayName("a description that starts with a forbidden word is refused, whatever its case")
    @ValueSource(strings = {"fix: added a check", "fix: Fixes the parser", "fix(x)!: REMOVED it"})
    void forbiddenFirstWord(String subject) {
      expect(
          subject + "\n",
          "the first word of the description is past tense or third person",
          at(1, Rule.NOT_IMPERATIVE));
    }

    @Test
    @DisplayName("only the first word counts, and the checker's own list")
    void onlyTheFirstWord() {
      passes("fix: add what was added\n", "'added' is not the first word");
      passes("fix: addedness is a word\n", "the first word is compared whole");
      CommitMessageChecker custom =
          new CommitMessageChecker(CommitMessageChecker.DEFAULT_TYPES, Set.of("tweaked"));
      assertThat(custom.check("fix: Tweaked the parser\n"))
          .as("with the forbidden words {tweaked}")
          .containsExactly(at(1, Rule.NOT_IMPERATIVE));
      assertThat(custom.check("fix: added a check\n"))
          .as("with the forbidden words {tweaked}, 'added' is allowed: use the checker's words")
          .isEmpty();
    }

    @Test
    @DisplayName("a subject that is not conventional is checked from its first word")
    void notConventional() {
      expect(
          "Added a parser\n",
          "not in the form, and its first word is 'Added'",
          at(1, Rule.NOT_CONVENTIONAL),
          at(1, Rule.NOT_IMPERATIVE));
    }
  }

  @Nested
  @DisplayName("the body")
  class Body {

    @Test
    @DisplayName("must be separated from the subject by a blank line")
    void blankLine() {
      expect(
          "fix: accept empty lines\nThey ended the input.\n",
          "line 2 must be blank",
          at(2, Rule.NO_BLANK_LINE_AFTER_SUBJECT));
      passes("fix: accept empty lines\n  \nThey ended the input.\n", "a line of spaces is blank");
      passes("fix: accept empty lines\n", "a subject alone needs no blank line");
    }

    @Test
    @DisplayName("comment lines are not part of the message: not the blank line, not the body")
    void commentsIgnored() {
      passes(
          "fix: accept empty lines\n# a comment git removes\n\nThey ended the input.\n",
          "without the comment, line 3 follows the subject and is blank");
      passes(
          "fix: accept empty lines\n\n# " + "z".repeat(90) + "\n",
          "a long comment is no body line");
      expect(
          "fix: accept empty lines\n# comment\nThey ended the input.\n",
          "without the comment, line 3 follows the subject, and it is not blank",
          at(3, Rule.NO_BLANK_LINE_AFTER_SUBJECT));
    }

    @Test
    @DisplayName("lines may have exactly 72 characters, not 73")
    void bodyLimit() {
      passes("fix: wrap\n\n" + bodyLineOf(72) + "\n", "72 characters is allowed");
      expect(
          "fix: wrap\n\n" + bodyLineOf(72) + "\n" + bodyLineOf(73) + "\n" + bodyLineOf(80) + "\n",
          "lines 4 and 5 are too long",
          at(4, Rule.BODY_LINE_TOO_LONG),
          at(5, Rule.BODY_LINE_TOO_LONG));
    }

    @Test
    @DisplayName("a line with a URL, and an indented or quoted line, may be longer")
    void exemptLines() {
      String padding = "w".repeat(70);
      passes(
          "docs: link the spec\n\nSee https://example.com/"
              + padding
              + "\n"
              + "and http://example.com/"
              + padding
              + "\n"
              + "    indented code "
              + padding
              + "\n"
              + "\ttabbed code "
              + padding
              + "\n"
              + "> quoted "
              + padding
              + "\n",
          "URLs cannot be wrapped; indented and quoted lines are kept as they are");
      expect(
          "docs: link the spec\n\nSee example.com " + padding + "\n",
          "no URL scheme, so the line is an ordinary one",
          at(3, Rule.BODY_LINE_TOO_LONG));
    }
  }

  @Test
  @DisplayName("everything from git's scissors line down is ignored")
  void scissors() {
    passes(
        "fix: accept empty lines\n\nThey ended the input.\n"
            + CommitMessageChecker.SCISSORS
            + "\nDo not modify or remove the line above.\ndiff --git a/x b/x\n"
            + bodyLineOf(100)
            + "\n",
        "git drops the scissors line and the diff below it");
    expect(
        CommitMessageChecker.SCISSORS + "\nfeat: add x\n",
        "nothing is left above the scissors",
        at(1, Rule.SUBJECT_EMPTY));
    expect(
        "fix: x\n\n# ------------------------ >8 -------\n" + bodyLineOf(73) + "\n",
        "only the exact scissors line cuts; a look-alike is a comment",
        at(4, Rule.BODY_LINE_TOO_LONG));
  }

  @ParameterizedTest(name = "''{0}'' passes")
  @DisplayName("subjects git writes itself pass: merges, reverts, fixup! and squash!")
  @ValueSource(
      strings = {
        "Merge branch 'feature/a-very-long-branch-name-that-goes-on-and-on' into main, at last.",
        "Revert \"feat: add a parser\"",
        "fixup! Added a parser.",
        "squash! fix: handle empty input"
      })
  void writtenByGit(String subject) {
    passes(subject + "\nno blank line\n", "git wrote this subject; the message is not checked");
  }

  @Test
  @DisplayName("a subject that only resembles one git writes is checked")
  void notWrittenByGit() {
    expect(
        "Merged the branch\n",
        "'Merge ' with its space is what git writes",
        at(1, Rule.NOT_CONVENTIONAL));
    expect("fixup!\n", "'fixup! ' with its space", at(1, Rule.NOT_CONVENTIONAL));
  }

  @Test
  @DisplayName("every violation is reported, sorted by line, then in the order of the rules")
  void everyViolationSorted() {
    List<Violation> expected =
        List.of(
            at(1, Rule.SUBJECT_TOO_LONG),
            at(1, Rule.SUBJECT_ENDS_WITH_PERIOD),
            at(1, Rule.NOT_CONVENTIONAL),
            at(1, Rule.NOT_IMPERATIVE),
            at(2, Rule.NO_BLANK_LINE_AFTER_SUBJECT),
            at(2, Rule.BODY_LINE_TOO_LONG),
            at(3, Rule.BODY_LINE_TOO_LONG));
    expect(
        "Fixed " + "v".repeat(70) + ".\n" + bodyLineOf(73) + "\n" + bodyLineOf(74) + "\n",
        "seven violations at once",
        expected.toArray(Violation[]::new));
  }
}
