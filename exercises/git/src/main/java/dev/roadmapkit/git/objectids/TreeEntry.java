package dev.roadmapkit.git.objectids;

import java.util.Objects;

/**
 * One entry of a tree: a name in a directory, its mode and the id of its object. Given: do not
 * change.
 *
 * @param mode what the entry is (a file, a directory, ...)
 * @param name the file or directory name: not empty, no {@code /}, no NUL
 * @param id the blob, tree or commit the entry names
 */
public record TreeEntry(Mode mode, String name, ObjectId id) {

  public TreeEntry {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    if (name.isEmpty() || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "a tree entry's name is not empty and has no '/' and no NUL: '" + name + "'");
    }
  }
}
