package dev.roadmapkit.websecurity.pathtraversalandssrf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Exercise {@code web-security/path-traversal-and-ssrf}, part 1: files named by users, kept under a
 * base directory.
 *
 * <p>A download endpoint that does {@code base.resolve(request.getParameter("file"))} serves {@code
 * ../../etc/passwd} to anyone who asks. {@link #resolve} must return the file only if it lies
 * strictly under the base: not through {@code ..}, not as an absolute path, not through a symbolic
 * link that points outside, and not the base itself. Check containment on {@link Path} objects
 * ({@link Path#startsWith(Path)} compares whole names), never on strings: {@code
 * "/srv/files-secret"} starts with the string {@code "/srv/files"}.
 *
 * <p>Names are checked on the real file system too: follow the nearest part of the path that exists
 * (the file itself, or for a file that does not exist yet the nearest existing directory above it)
 * to its real path, which must also lie under the base. Otherwise {@code linkdir/new.txt}, where
 * {@code linkdir} is a symbolic link to a directory outside, would create a file outside. A
 * dangling link is refused.
 */
public final class BaseDirectory {

  /**
   * Creates a resolver for files under {@code base}.
   *
   * @param base an existing directory
   * @throws IOException if it does not exist or cannot be read
   */
  public BaseDirectory(Path base) throws IOException {
    throw new UnsupportedOperationException(
        "TODO web-security/path-traversal-and-ssrf: keep base.toRealPath()");
  }

  /**
   * The file under the base that {@code userPath} names, or empty if it would lie outside the base
   * (through {@code ..}, an absolute path, a symbolic link) or is not a valid path. The base itself
   * is not a file under it. Never throws.
   */
  public Optional<Path> resolve(String userPath) {
    throw new UnsupportedOperationException(
        "TODO web-security/path-traversal-and-ssrf: resolve, normalize, startsWith(base); for an"
            + " existing file check toRealPath() too");
  }
}
