package dev.roadmapkit.cicd.semanticrelease;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release to make (given).
 *
 * @param previousTag the release tag it follows, e.g. {@code v1.4.2}; empty for a first release
 * @param version the new version without the {@code v}, e.g. {@code 1.5.0}; its tag is {@code "v" +
 *     version}
 * @param bump the largest bump of the commits since the previous tag
 * @param commits every commit since the previous tag, oldest first (releasable or not)
 * @param changelog the Markdown changelog of this version
 */
public record Release(
    Optional<String> previousTag,
    String version,
    Bump bump,
    List<Commit> commits,
    String changelog) {

  /** Checks the parts and copies the list. */
  public Release {
    Objects.requireNonNull(previousTag, "previousTag");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(bump, "bump");
    commits = List.copyOf(commits);
    Objects.requireNonNull(changelog, "changelog");
  }
}
