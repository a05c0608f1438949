package dev.roadmapkit.websecurity.pathtraversalandssrf;

// Key idea: resolve, normalise, then check containment with Path.startsWith, which compares whole
// name elements ("/srv/files-old" does not start with "/srv/files", unlike the Strings). Then check
// it again on the real file system: the nearest part of the path that exists (the file itself, or
// the directory a new file would be created in) is followed to its real path, so that a symbolic
// link, to a file or to a directory, cannot lead outside. Trade-off: between this check and the
// open, a link could still be swapped (a TOCTOU race); opening with NOFOLLOW_LINKS or in a chroot
// closes that too.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Exercise {@code web-security/path-traversal-and-ssrf}: paths that stay under a base. */
public final class BaseDirectory {

  private final Path base;

  /**
   * Creates a resolver for files under {@code base}.
   *
   * @param base an existing directory
   * @throws IOException if it does not exist or cannot be read
   */
  public BaseDirectory(Path base) throws IOException {
    this.base = base.toRealPath();
  }

  /**
   * The file under the base that {@code userPath} names, or empty if it would lie outside the base
   * (through {@code ..}, an absolute path, a symbolic link) or is not a valid path. The base itself
   * is not a file under it. Never throws.
   */
  public Optional<Path> resolve(String userPath) {
    Path candidate;
    try {
      candidate = base.resolve(userPath).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!candidate.startsWith(base)) {
      return Optional.empty();
    }
    // The nearest ancestor that exists (a link counts as existing even when it dangles).
    Path existing = candidate;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    try {
      Path real = existing.toRealPath();
      if (!real.startsWith(base)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      // A dangling link, or a path we may not inspect: refuse rather than guess.
      return Optional.empty();
    }
    return Optional.of(candidate);
  }
}
