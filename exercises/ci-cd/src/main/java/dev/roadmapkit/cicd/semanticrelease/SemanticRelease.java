package dev.roadmapkit.cicd.semanticrelease;

import java.util.List;
import java.util.Optional;

/**
 * Exercise {@code ci-cd/semantic-release}: decide the next version from the commits, as
 * semantic-release and release-please do in a pipeline.
 *
 * <p><b>The last release.</b> A release tag is a tag named {@code v} followed by a SemVer 2.0.0
 * version of three numbers without a pre-release part: {@code v1.4.2} is one; {@code 1.4.2}, {@code
 * v1.4}, {@code release-2} and {@code v2.0.0-rc.1} are not. The last release is the release tag of
 * the highest SemVer precedence among the tags reachable from {@code HEAD} (lightweight and
 * annotated alike; {@code git tag --merged HEAD} lists them). Precedence is SemVer's, not the
 * alphabet's: {@code v1.10.0} comes after {@code v1.9.0} (use semver4j), and the tag made last is
 * not necessarily the highest.
 *
 * <p><b>The commits since.</b> Every commit reachable from {@code HEAD} and not from the last
 * release tag, including those of merged branches, oldest first as {@code git log --reverse} lists
 * them; all of {@code HEAD}'s history when there is no release tag. Read hash and whole message in
 * one {@code git log} with separators that cannot occur in a message ({@code %x1f}, {@code %x1e}).
 *
 * <p><b>Classification</b> (Conventional Commits 1.0.0). The header is {@code type(scope)!:
 * description}; the scope and the {@code !} are optional, the type is letters (any case), and a
 * colon and one space follow. {@code feat} asks for {@link Bump#MINOR}; {@code fix} and {@code
 * perf} for {@link Bump#PATCH}; any type with {@code !} before the colon, or a message whose
 * footers contain a line starting with {@code BREAKING CHANGE: } or {@code BREAKING-CHANGE: }, for
 * {@link Bump#MAJOR}; everything else for {@link Bump#NONE}, including a header that is not
 * conventional. Footers are the last paragraph of the message (paragraphs are separated by a blank
 * line), never the header's: "BREAKING CHANGE" in the middle of a body line is prose, not a footer.
 *
 * <p><b>The bump.</b> From version {@code X.Y.Z}: major gives {@code (X+1).0.0}, minor {@code
 * X.(Y+1).0}, patch {@code X.Y.(Z+1)}. Before 1.0.0 (X is 0) anything may change, and a breaking
 * change gives the next minor ({@code 0.3.1} to {@code 0.4.0}), never {@code 1.0.0}: going to 1.0.0
 * is a decision people make, not a commit. Without a release tag, the first release is {@value
 * #FIRST_VERSION} whatever the bump. No releasable commit ({@link Bump#NONE}) means no release.
 *
 * <p><b>The changelog</b>, exactly (the example has all three sections):
 *
 * <pre>
 * ## 2.0.0
 *
 * ### Breaking changes
 *
 * - **api:** drop the v1 endpoints (1a2b3c4)
 *
 * ### Features
 *
 * - add dark mode (5d6e7f8)
 *
 * ### Bug fixes
 *
 * - **parser:** accept empty lines (9a0b1c2)
 * </pre>
 *
 * A line per releasable commit, in the order given: a breaking change is listed under "Breaking
 * changes" only, a {@code feat} under "Features", a {@code fix} or {@code perf} under "Bug fixes";
 * the scope in bold with its colon when there is one, then the header's description and the
 * commit's {@link Commit#shortHash()} in parentheses. An empty section is left out with its
 * heading; the heading, each section and the last line end with a newline, and one blank line
 * separates the blocks.
 */
public final class SemanticRelease {

  /** The version of the first release of a repository that has no release tag yet. */
  public static final String FIRST_VERSION = "0.1.0";

  private SemanticRelease() {}

  /**
   * The last release tag reachable from {@code HEAD}.
   *
   * @return the tag's name, e.g. {@code v1.10.0}; empty when no reachable tag is a release tag
   */
  public static Optional<String> latestReleaseTag(Git git) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: list the tags merged into HEAD, keep the vX.Y.Z releases,"
            + " take the highest by SemVer precedence");
  }

  /**
   * The commits since a release tag, oldest first.
   *
   * @param tag the last release tag, or empty for the whole history of {@code HEAD}
   */
  public static List<Commit> commitsSince(Git git, Optional<String> tag) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: git log --reverse of tag..HEAD with hash and message");
  }

  /** What one commit asks of the next version. */
  public static Bump classify(Commit commit) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: parse the conventional header and the footers");
  }

  /**
   * The version after the last release tag.
   *
   * @param lastTag the last release tag, e.g. {@code v0.3.1}; empty when there is none
   * @param bump the largest bump of the commits since
   * @return the next version without {@code v}; empty when {@code bump} is {@link Bump#NONE}
   */
  public static Optional<String> nextVersion(Optional<String> lastTag, Bump bump) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: bump major, minor or patch (before 1.0.0 a major is a"
            + " minor)");
  }

  /** The Markdown changelog of {@code version} from these commits, in their order. */
  public static String changelog(String version, List<Commit> commits) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: sections Breaking changes, Features, Bug fixes");
  }

  /**
   * The release the repository asks for now: the last release tag, the commits since, their largest
   * bump, the next version and its changelog.
   *
   * @return empty when no commit since the last release tag is releasable
   */
  public static Optional<Release> plan(Git git) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/semantic-release: tag, commits, bump, version, changelog");
  }
}
