package dev.roadmapkit.git.gitignorematcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.GitResult;
import dev.roadmapkit.support.git.RealGit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

@Label("git/gitignore-matcher: GitignoreMatcher against real git check-ignore")
class GitignoreMatcherGitTest {

  private static Path dir;
  private static GitRepository repo;
  private static int tries;

  @BeforeContainer
  static void sealedRepository() throws IOException {
    RealGit git = RealGit.require();
    dir = Files.createTempDirectory("gitignore-matcher");
    repo = GitRepository.init(git, dir);
  }

  @AfterContainer
  static void removeRepository() throws IOException {
    if (dir != null) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** A working tree: the top's rules, rules of a .gitignore in its first directory, its paths. */
  record Tree(List<String> topRules, List<String> nestedRules, Map<String, Boolean> paths) {

    /** The first directory, which gets the nested .gitignore; "" when there is none. */
    String nestedDirectory() {
      return paths.entrySet().stream()
          .filter(Map.Entry::getValue)
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse("");
    }

    List<IgnoreFile> ignoreFiles() {
      List<IgnoreFile> files = new ArrayList<>();
      files.add(new IgnoreFile("", lines(topRules)));
      if (!nestedDirectory().isEmpty()) {
        files.add(new IgnoreFile(nestedDirectory(), lines(nestedRules)));
      }
      return files;
    }

    @Override
    public String toString() {
      return ".gitignore: "
          + topRules
          + (nestedDirectory().isEmpty()
              ? ""
              : ", " + nestedDirectory() + "/.gitignore: " + nestedRules)
          + ", paths (true for a directory): "
          + paths;
    }
  }

  private static String lines(List<String> rules) {
    return rules.stream().map(rule -> rule + "\n").collect(Collectors.joining());
  }

  @Provide
  Arbitrary<Tree> trees() {
    Arbitrary<String> segment =
        Arbitraries.of("a", "b", "ab", "*", "?", "a*", "*b", "**", "[ab]", "[!a]");
    Arbitrary<String> pattern =
        Combinators.combine(
                segment.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("/", s)),
                Arbitraries.of("", "", "!"),
                Arbitraries.of("", "", "/"),
                Arbitraries.of("", "", "/"),
                Arbitraries.of("", "", "", "  "))
            .as(
                (glob, bang, leading, trailing, spaces) ->
                    bang + leading + glob + trailing + spaces);
    // Now and then a blank line or a comment, which must not count as rules but as lines.
    Arbitrary<String> rule =
        Arbitraries.frequencyOf(Tuple.of(8, pattern), Tuple.of(1, Arbitraries.of("", "#a", "# *")));
    Arbitrary<String> path =
        Arbitraries.of("a", "b", "ab", "ba")
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(s -> String.join("/", s));
    Arbitrary<Map<String, Boolean>> paths =
        Combinators.combine(path, Arbitraries.of(false, false, true))
            .as(Map::entry)
            .list()
            .ofMinSize(2)
            .ofMaxSize(8)
            .map(GitignoreMatcherGitTest::tree);
    return Combinators.combine(
            rule.list().ofMinSize(1).ofMaxSize(6), rule.list().ofMinSize(0).ofMaxSize(3), paths)
        .as(Tree::new);
  }

  /** Every path and the directories above it; a path with something inside is a directory. */
  private static Map<String, Boolean> tree(List<Map.Entry<String, Boolean>> leaves) {
    Map<String, Boolean> tree = new TreeMap<>();
    for (Map.Entry<String, Boolean> leaf : leaves) {
      String path = leaf.getKey();
      tree.merge(path, leaf.getValue(), Boolean::logicalOr);
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        tree.put(path.substring(0, slash), true);
      }
    }
    return tree;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("decides random rules and paths, created as real files, as git check-ignore -v does")
  void agreesWithGit(@ForAll("trees") Tree tree) {
    String top = "t" + tries++;
    Map<String, String> git = askGit(top, tree);
    GitignoreMatcher matcher = new GitignoreMatcher(tree.ignoreFiles());
    List<String> disagreements = new ArrayList<>();
    tree.paths()
        .forEach(
            (path, directory) -> {
              String yours = matcher.check(path, directory).toString();
              if (!yours.equals(git.get(path))) {
                disagreements.add(
                    (directory ? "directory " : "file ")
                        + path
                        + ": git check-ignore -v says '"
                        + git.get(path)
                        + "', yours says '"
                        + yours
                        + "'");
              }
            });
    assertThat(disagreements)
        .as(
            "paths on which your matcher and real git disagree, with %s (source:line:pattern of"
                + " the deciding rule, '::' for none)",
            tree)
        .isEmpty();
  }

  /** Makes the tree under {@code top} and asks git about every path, in one call. */
  private static Map<String, String> askGit(String top, Tree tree) {
    String prefix = top + "/";
    tree.paths()
        .forEach(
            (path, directory) -> {
              try {
                Path real = repo.root().resolve(prefix + path);
                if (directory) {
                  Files.createDirectories(real);
                } else {
                  Files.createDirectories(real.getParent());
                  Files.createFile(real);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    for (IgnoreFile file : tree.ignoreFiles()) {
      repo.write(prefix + file.source(), file.content());
    }
    String stdin =
        tree.paths().keySet().stream()
            .map(path -> prefix + path + "\0")
            .collect(Collectors.joining());
    GitResult result =
        repo.runWithInput(
            stdin.getBytes(StandardCharsets.UTF_8),
            "check-ignore",
            "--no-index",
            "--stdin",
            "-z",
            "-v",
            "-n");
    assertThat(result.exitCode())
        .as(
            "exit code of %s (0: something ignored, 1: nothing); stderr: %s",
            result.commandLine(), result.stderr())
        .isBetween(0, 1);
    String[] fields = result.stdout().split("\0", -1);
    Map<String, String> answers = new TreeMap<>();
    for (int i = 0; i + 3 < fields.length; i += 4) {
      String source =
          fields[0 + i].startsWith(prefix) ? fields[i].substring(prefix.length()) : fields[i];
      String path = fields[i + 3].substring(prefix.length());
      answers.put(
          path, source.isEmpty() ? "::" : source + ":" + fields[i + 1] + ":" + fields[i + 2]);
    }
    assertThat(answers.keySet())
        .as("the paths git answered about")
        .containsExactlyInAnyOrderElementsOf(tree.paths().keySet());
    return answers;
  }
}
