package dev.roadmapkit.cicd.semanticrelease;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/**
 * Exercise {@code ci-cd/semantic-release}: decide the next version from the commits.
 *
 * <p>Key idea: the version is a function of the history, so the tool reads git, not a file:
 * precedence picks the last release among the reachable tags (semver4j, never string order), the
 * range {@code tag..HEAD} gives the commits of merged branches too, and the largest bump wins. The
 * trade-off: everything rests on the commit messages; a wrongly typed commit releases the wrong
 * version, which is why teams lint the messages before they reach the main branch.
 */
public final class SemanticRelease {

  /** The version of the first release of a repository that has no release tag yet. */
  public static final String FIRST_VERSION = "0.1.0";

  private static final Pattern HEADER =
      Pattern.compile("([A-Za-z]+)(?:\\(([^()\\n]+)\\))?(!)?: (\\S.*)");
  private static final Pattern RELEASE_TAG = Pattern.compile("v(\\d+\\.\\d+\\.\\d+)");

  private SemanticRelease() {}

  /** The last release tag reachable from {@code HEAD}. */
  public static Optional<String> latestReleaseTag(Git git) {
    String best = null;
    Semver bestVersion = null;
    for (String tag : git.run("tag", "--merged", "HEAD").split("\n")) {
      Matcher matcher = RELEASE_TAG.matcher(tag.strip());
      if (!matcher.matches()) {
        continue;
      }
      Semver version = Semver.parse(matcher.group(1));
      if (version != null && (bestVersion == null || version.isGreaterThan(bestVersion))) {
        best = tag.strip();
        bestVersion = version;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The commits since a release tag, oldest first. */
  public static List<Commit> commitsSince(Git git, Optional<String> tag) {
    String range = tag.map(name -> "refs/tags/" + name + "^..HEAD").orElse("HEAD");
    String out = git.run("log", "--reverse", "--format=%H%x1f%B%x1e", range);
    List<Commit> commits = new ArrayList<>();
    for (String record : out.split("\u001e")) {
      int separator = record.indexOf('\u001f');
      if (separator < 0) {
        continue; // the newline git prints after the last record
      }
      String hash = record.substring(0, separator).strip();
      commits.add(new Commit(hash, record.substring(separator + 1).stripTrailing()));
    }
    return List.copyOf(commits);
  }

  /** What one commit asks of the next version. */
  public static Bump classify(Commit commit) {
    Matcher header = HEADER.matcher(commit.header());
    if (!header.matches()) {
      return Bump.NONE;
    }
    if (header.group(3) != null || hasBreakingFooter(commit.message())) {
      return Bump.MAJOR;
    }
    return switch (header.group(1).toLowerCase(java.util.Locale.ROOT)) {
      case "feat" -> Bump.MINOR;
      case "fix", "perf" -> Bump.PATCH;
      default -> Bump.NONE;
    };
  }

  private static boolean hasBreakingFooter(String message) {
    String[] paragraphs = message.split("\n\\s*\n");
    if (paragraphs.length < 2) {
      return false; // the header alone has no footers
    }
    for (String line : paragraphs[paragraphs.length - 1].split("\n")) {
      if (line.startsWith("BREAKING CHANGE: ") || line.startsWith("BREAKING-CHANGE: ")) {
        return true;
      }
    }
    return false;
  }

  /** The version after the last release tag. */
  public static Optional<String> nextVersion(Optional<String> lastTag, Bump bump) {
    if (bump == Bump.NONE) {
      return Optional.empty();
    }
    if (lastTag.isEmpty()) {
      return Optional.of(FIRST_VERSION);
    }
    Semver last = Semver.parse(lastTag.get().substring(1));
    Semver next =
        switch (bump) {
          // Before 1.0.0 a breaking change is a minor step: 1.0.0 is a decision, not a commit.
          case MAJOR -> last.getMajor() == 0 ? last.nextMinor() : last.nextMajor();
          case MINOR -> last.nextMinor();
          default -> last.nextPatch();
        };
    return Optional.of(next.getVersion());
  }

  /** The Markdown changelog of {@code version} from these commits, in their order. */
  public static String changelog(String version, List<Commit> commits) {
    StringBuilder breaking = new StringBuilder();
    StringBuilder features = new StringBuilder();
    StringBuilder fixes = new StringBuilder();
    for (Commit commit : commits) {
      Bump bump = classify(commit);
      if (bump == Bump.NONE) {
        continue;
      }
      Matcher header = HEADER.matcher(commit.header());
      header.matches();
      String scope = header.group(2) == null ? "" : "**" + header.group(2) + ":** ";
      String line = "- " + scope + header.group(4) + " (" + commit.shortHash() + ")\n";
      switch (bump) {
        case MAJOR -> breaking.append(line);
        case MINOR -> features.append(line);
        default -> fixes.append(line);
      }
    }
    StringBuilder out = new StringBuilder("## ").append(version).append('\n');
    section(out, "Breaking changes", breaking);
    section(out, "Features", features);
    section(out, "Bug fixes", fixes);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, StringBuilder lines) {
    if (lines.length() > 0) {
      out.append("\n### ").append(title).append("\n\n").append(lines);
    }
  }

  /** The release the repository asks for now. */
  public static Optional<Release> plan(Git git) {
    Optional<String> tag = latestReleaseTag(git);
    List<Commit> commits = commitsSince(git, tag);
    Bump bump = Bump.NONE;
    for (Commit commit : commits) {
      Bump each = classify(commit);
      if (each.compareTo(bump) > 0) {
        bump = each;
      }
    }
    Bump largest = bump;
    return nextVersion(tag, largest)
        .map(version -> new Release(tag, version, largest, commits, changelog(version, commits)));
  }
}
