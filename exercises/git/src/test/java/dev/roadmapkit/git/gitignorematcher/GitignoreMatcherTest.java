package dev.roadmapkit.git.gitignorematcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("git/gitignore-matcher: GitignoreMatcher")
class GitignoreMatcherTest {

  /** A matcher with one .gitignore at the top holding these lines. */
  private static GitignoreMatcher top(String... lines) {
    return new GitignoreMatcher(List.of(new IgnoreFile("", String.join("\n", lines) + "\n")));
  }

  private static void expect(
      GitignoreMatcher matcher, String path, boolean directory, String rule, String why) {
    Decision decision = matcher.check(path, directory);
    assertThat(decision.toString())
        .as(
            "the rule that decides about %s '%s' (source:line:pattern as git check-ignore -v"
                + " prints it, '::' for none): %s",
            directory ? "the directory" : "the file", path, why)
        .isEqualTo(rule);
  }

  @Nested
  @DisplayName("reading a .gitignore")
  class Reading {

    @Test
    @DisplayName("comments and blank lines are no rules, but they count in the line numbers")
    void commentsAndBlankLines() {
      GitignoreMatcher matcher = top("# logs", "", "*.log", "#a.txt", "   ");
      expect(matcher, "a.log", false, ".gitignore:3:*.log", "line 3 is the first rule");
      expect(matcher, "#a.txt", false, "::", "a line starting with # is a comment, not a rule");
      expect(matcher, "a.txt", false, "::", "nothing matches a.txt");
    }

    @Test
    @DisplayName("trailing spaces are trimmed unless the last one is escaped with a backslash")
    void trailingSpaces() {
      GitignoreMatcher matcher = top("trimmed   ", "space\\ ", "two\\\\ ", "\\ ");
      expect(matcher, "trimmed", false, ".gitignore:1:trimmed", "'trimmed   ' is 'trimmed'");
      expect(matcher, "trimmed ", false, "::", "the trailing spaces of the rule were removed");
      expect(matcher, "space ", false, ".gitignore:2:space\\ ", "'\\ ' keeps the space");
      expect(matcher, "space", false, "::", "the escaped space is part of the pattern");
      expect(
          matcher,
          "two\\",
          false,
          ".gitignore:3:two\\\\",
          "in 'two\\\\ ' the backslash escapes a backslash, so the space is trailing and trimmed");
      expect(matcher, " ", false, ".gitignore:4:\\ ", "the rule '\\ ' is one escaped space");
    }

    @Test
    @DisplayName("\\# and \\! at the start stand for a literal # and !")
    void escapedHashAndBang() {
      GitignoreMatcher matcher = top("\\#hash", "\\!bang");
      expect(matcher, "#hash", false, ".gitignore:1:\\#hash", "\\# is a literal #, not a comment");
      expect(matcher, "!bang", false, ".gitignore:2:\\!bang", "\\! is a literal !, no negation");
      expect(matcher, "bang", false, "::", "\\!bang does not match bang");
      assertThat(matcher.check("!bang", false).ignored())
          .as("'!bang' is ignored by \\!bang, which is no negation")
          .isTrue();
    }
  }

  @Nested
  @DisplayName("which rule wins")
  class Precedence {

    @Test
    @DisplayName("a negation re-includes what an earlier rule ignored: the last matching rule wins")
    void lastMatchingRuleWins() {
      GitignoreMatcher matcher = top("*.log", "!important.log");
      Decision decision = matcher.check("important.log", false);
      assertThat(decision.toString())
          .as("rule deciding about important.log after '*.log' then '!important.log'")
          .isEqualTo(".gitignore:2:!important.log");
      assertThat(decision.ignored()).as("important.log is re-included").isFalse();
      expect(matcher, "other.log", false, ".gitignore:1:*.log", "only *.log matches other.log");
    }

    @Test
    @DisplayName("a rule after a negation wins over it: order matters, not specificity")
    void laterRuleWinsOverNegation() {
      GitignoreMatcher matcher = top("!important.log", "*.log", "*.o", "main.o");
      expect(matcher, "important.log", false, ".gitignore:2:*.log", "line 2 comes after line 1");
      expect(matcher, "main.o", false, ".gitignore:4:main.o", "both match; the last one wins");
    }

    @Test
    @DisplayName("nothing inside an ignored directory can be re-included; its content can")
    void excludedParentDirectory() {
      GitignoreMatcher matcher =
          top("vendor/", "!vendor/keep.js", "secret/*", "!secret/public.txt");
      expect(
          matcher,
          "vendor/keep.js",
          false,
          ".gitignore:1:vendor/",
          "git does not look inside an ignored directory, so !vendor/keep.js never applies");
      expect(
          matcher,
          "secret/public.txt",
          false,
          ".gitignore:4:!secret/public.txt",
          "secret/* ignores the content of secret, not secret itself, so a file can come back");
      expect(
          matcher,
          "secret/inner/public.txt",
          false,
          ".gitignore:3:secret/*",
          "secret/inner is ignored by secret/*, so everything inside it is");
      expect(matcher, "secret", true, "::", "secret/* does not match secret itself");
    }

    @Test
    @DisplayName("a re-included directory is looked into: the rules then decide for each path")
    void reincludedDirectory() {
      GitignoreMatcher matcher = top("out", "!out/", "build/", "!build/");
      expect(matcher, "out", false, ".gitignore:1:out", "!out/ is for directories only");
      expect(matcher, "src/out", true, ".gitignore:2:!out/", "the directory is re-included");
      expect(matcher, "src/out/main.c", false, "::", "no rule matches main.c itself");
      expect(matcher, "build/x", false, "::", "build/ was re-included by the last rule");
    }
  }

  @Nested
  @DisplayName("where a pattern matches")
  class Anchoring {

    @Test
    @DisplayName("a pattern without a slash matches a name at any depth")
    void nameAtAnyDepth() {
      GitignoreMatcher matcher = top("*.log", "cache");
      expect(matcher, "a.log", false, ".gitignore:1:*.log", "*.log matches at the top");
      expect(matcher, "src/main/a.log", false, ".gitignore:1:*.log", "and at any depth");
      expect(matcher, "src/cache", false, ".gitignore:2:cache", "a name, at any depth");
      expect(matcher, "src/cachefile", false, "::", "the whole name must match");
    }

    @Test
    @DisplayName("a slash at the start or in the middle anchors the pattern to its directory")
    void anchored() {
      GitignoreMatcher matcher = top("/build", "docs/*.html");
      expect(matcher, "build", true, ".gitignore:1:/build", "/build is build at the top");
      expect(matcher, "src/build", true, "::", "/build does not match deeper down");
      expect(matcher, "docs/index.html", false, ".gitignore:2:docs/*.html", "docs at the top");
      expect(
          matcher,
          "x/docs/index.html",
          false,
          "::",
          "a slash in the middle anchors too: docs/*.html is only the top's docs");
    }

    @Test
    @DisplayName("a trailing slash matches directories only, and what is inside them")
    void directoryOnly() {
      GitignoreMatcher matcher = top("temp/");
      expect(matcher, "temp", true, ".gitignore:1:temp/", "temp is a directory");
      expect(matcher, "temp", false, "::", "a file named temp is not matched by temp/");
      expect(matcher, "x/temp", false, "::", "a file named temp is not matched by temp/");
      expect(matcher, "src/temp/t.c", false, ".gitignore:1:temp/", "inside the directory temp");
    }

    @Test
    @DisplayName("a deeper .gitignore is relative to its directory and takes precedence")
    void nestedFiles() {
      GitignoreMatcher matcher =
          new GitignoreMatcher(
              List.of(
                  new IgnoreFile("sub/deeper", "!*.log\n"),
                  new IgnoreFile("", "*.log\n/only-here\n"),
                  new IgnoreFile("sub", "/only-here\nx/y\nnested/\n")));
      expect(matcher, "sub/a.log", false, ".gitignore:1:*.log", "only the top's rule applies");
      expect(
          matcher,
          "sub/deeper/a.log",
          false,
          "sub/deeper/.gitignore:1:!*.log",
          "the deeper file wins over the top one");
      expect(matcher, "sub/only-here", false, "sub/.gitignore:1:/only-here", "anchored in sub");
      expect(matcher, "only-here", false, ".gitignore:2:/only-here", "sub's rule is not for it");
      expect(matcher, "sub/a/only-here", false, "::", "anchored to sub, not deeper");
      expect(matcher, "sub/x/y", false, "sub/.gitignore:2:x/y", "x/y is relative to sub");
      expect(matcher, "x/y", false, "::", "sub's x/y does not apply outside sub");
      expect(matcher, "sub", true, "::", "sub's own .gitignore does not apply to sub itself");
      expect(matcher, "sub/nested/n.c", false, "sub/.gitignore:3:nested/", "inside nested");
    }

    @Test
    @DisplayName("the .gitignore files inside an ignored directory are not read")
    void filesInIgnoredDirectoriesAreNotRead() {
      GitignoreMatcher matcher =
          new GitignoreMatcher(
              List.of(new IgnoreFile("", "build/\n"), new IgnoreFile("build", "!*\n")));
      expect(
          matcher,
          "build/app.jar",
          false,
          ".gitignore:1:build/",
          "build is ignored, so build/.gitignore is never read");
    }

    @Test
    @DisplayName("a path that is empty or starts or ends with a slash is refused")
    void badPaths() {
      GitignoreMatcher matcher = top("*.log");
      for (String path : List.of("", "/a.log", "src/")) {
        assertThatThrownBy(() -> matcher.check(path, false))
            .as("check('%s'): paths are relative, like src/app.log", path)
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Nested
  @DisplayName("glob syntax (wildmatch)")
  class Globs {

    @ParameterizedTest(name = "{0} against {1}: {2} ({3})")
    @DisplayName("wildmatch matches as git's wildmatch with WM_PATHNAME")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            *.log        | a.log          | true  | * matches any run of characters
            *.log        | src/a.log      | false | * never matches a slash
            a*           | a              | true  | * matches an empty run
            a/*          | a/b            | true  | * within one component
            a/*          | a/b/c          | false | * stops at a slash
            ?.tmp        | a.tmp          | true  | ? is one character
            ?.tmp        | ab.tmp         | false | ? is exactly one character
            a?b          | a/b            | false | ? never matches a slash
            [a-c]x       | bx             | true  | a range
            [a-c]x       | dx             | false | outside the range
            [!a]y        | by             | true  | [!a] is any character but a
            [!a]y        | ay             | false | [!a] is not a
            [^a]y        | by             | true  | [^a] means [!a]
            a[!b]c       | a/c            | false | a bracket never matches a slash
            [ab          | [ab            | false | a [ without its ] matches nothing
            [            | [              | false | a lone [ matches nothing
            [!]          | [!]            | false | ] right after [! is a member, so this one is not closed
            []a]x        | ]x             | true  | ] right after [ is a member of the set
            []a]x        | ax             | true  | and the set goes on to the next ]
            [!]a]x       | ]x             | false | [!]a] is anything but ] and a
            [!]a]x       | bx             | true  | b is neither ] nor a
            [\\]]x       | ]x             | true  | \\] in a bracket is a literal ]
            [a-]x        | -x             | true  | a - at the end of a bracket is literal
            [a\\-c]x     | -x             | true  | an escaped - is literal
            [a\\-c]x     | bx             | false | so [a\\-c] is no range
            [a-\\c]x     | bx             | true  | a range may end with an escaped character
            [a-\\c-e]x   | dx             | false | after a range, a - is literal: this is a-c, - and e
            [a-\\c-e]x   | -x             | true  | the literal -
            [^]a]x       | ]x             | false | [^]a] is anything but ] and a, like [!]a]
            [^]a]x       | bx             | true  | b is neither
            [z-a]x       | zx             | true  | a range backwards still matches its first character
            [z-a]x       | mx             | false | but nothing between
            a\\          | a\\            | false | a pattern ending in a lone backslash matches nothing
            \\*x         | *x             | true  | a backslash makes * literal
            \\*x         | ax             | false | the escaped * is not a wildcard
            **/cache     | cache          | true  | a leading **/ matches zero directories
            **/cache     | a/b/cache      | true  | and any number of them
            **/cache     | xcache         | false | **/ is whole directories
            logs/**      | logs/a/b       | true  | a trailing /** matches everything inside
            logs/**      | logs           | false | but not the directory itself
            a/**/z       | a/z            | true  | /**/ matches zero directories
            a/**/z       | a/b/c/z        | true  | or several
            a/**/z       | a/b/c/zz       | false | the last component must still match
            a/**/z       | ab/z           | false | a/ must still be a directory
            ab**cd       | abxxcd         | true  | ** inside a component is a plain *
            ab**cd       | ab/cd          | false | a plain * never matches a slash
            **           | a/b/c          | true  | ** alone matches everything
            """)
    void wildmatch(String glob, String path, boolean expected, String why) {
      assertThat(GitignoreMatcher.wildmatch(glob, path))
          .as("wildmatch(\"%s\", \"%s\"): %s", glob, path, why)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{1} {0}: git says {2}")
  @DisplayName("decides every path of a real working tree as git check-ignore -v did")
  @MethodSource("gitDecisions")
  void agreesWithGit(String path, String kind, String expected) {
    Decision decision = fixtureMatcher().check(path, kind.equals("directory"));
    assertThat(decision.toString())
        .as(
            "rule deciding about the %s '%s': 'git check-ignore -v -n --no-index' printed '%s'"
                + " (the .gitignore files are in src/test/resources/dev/roadmapkit/git/"
                + "gitignorematcher)",
            kind, path, expected)
        .isEqualTo(expected);
  }

  private static GitignoreMatcher fixtureMatcher() {
    List<IgnoreFile> files = new ArrayList<>();
    for (String line : resource("ignore-files.tsv").split("\n")) {
      String[] fields = line.split("\t", -1);
      files.add(new IgnoreFile(fields[0], resource(fields[1])));
    }
    return new GitignoreMatcher(files);
  }

  static Stream<Arguments> gitDecisions() {
    return resource("expected.tsv")
        .lines()
        .map(line -> line.split("\t", -1))
        .map(
            f ->
                Arguments.of(
                    f[1],
                    f[0].equals("d") ? "directory" : "file",
                    f[2].isEmpty() ? "::" : f[2] + ":" + f[3] + ":" + f[4]));
  }

  private static String resource(String name) {
    try (InputStream in = GitignoreMatcherTest.class.getResourceAsStream(name)) {
      assertThat(in).as("fixture %s is on the test class path", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
