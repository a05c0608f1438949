package dev.roadmapkit.testing.integrationtesting;

/** The database refused or failed an operation; the cause is its {@link java.sql.SQLException}. */
public final class RepositoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
