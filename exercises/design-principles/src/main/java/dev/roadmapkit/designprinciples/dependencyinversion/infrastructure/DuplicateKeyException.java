package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

/** What the SQL table reports when an insert breaks a unique index. Given. */
public final class DuplicateKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the unique index {@code constraint}. */
  public DuplicateKeyException(String constraint) {
    super("duplicate key value violates unique constraint \"" + constraint + "\"");
  }
}
