package dev.roadmapkit.git.refadvertisement;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An advertised ref. Given: do not change.
 *
 * @param name the ref's name, for example {@code HEAD}, {@code refs/heads/main} or {@code
 *     refs/tags/v1.0}
 * @param id the object it points to, 40 lowercase hex digits (for an annotated tag: the tag object)
 * @param peeled for an annotated tag, the object the tag finally points to (the commit), which the
 *     advertisement sends on a line of its own named {@code <name>^{}}; empty for any other ref
 */
public record Ref(String name, String id, Optional<String> peeled) {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{40}");

  public Ref {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(peeled, "peeled");
    if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException(
          "a ref name is not empty and has no space, NUL or newline: '" + name + "'");
    }
    checkId(id);
    peeled.ifPresent(Ref::checkId);
  }

  /** A ref that is not an annotated tag. */
  public Ref(String name, String id) {
    this(name, id, Optional.empty());
  }

  private static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "an object id is 40 lowercase hex digits, not '" + id + "'");
    }
  }
}
