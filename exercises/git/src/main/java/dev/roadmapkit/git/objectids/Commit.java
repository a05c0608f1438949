package dev.roadmapkit.git.objectids;

import java.util.List;
import java.util.Objects;

/**
 * What a commit records. Given: do not change.
 *
 * @param tree the tree of the project's files at this commit
 * @param parents the commits it follows, in order: none for a root commit, two or more for a merge
 * @param author who wrote the change, and when
 * @param committer who made the commit, and when
 * @param message the commit message, as given (see {@link GitObjects#commitContent} for the final
 *     newline)
 */
public record Commit(
    ObjectId tree, List<ObjectId> parents, Person author, Person committer, String message) {

  public Commit {
    Objects.requireNonNull(tree, "tree");
    parents = List.copyOf(parents);
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(committer, "committer");
    Objects.requireNonNull(message, "message");
  }
}
