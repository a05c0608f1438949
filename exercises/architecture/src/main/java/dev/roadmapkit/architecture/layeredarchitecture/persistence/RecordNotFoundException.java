package dev.roadmapkit.architecture.layeredarchitecture.persistence;

/** The persistence layer has no row with that id. */
public final class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long id;

  /** Creates the exception for the missing {@code id}. */
  public RecordNotFoundException(long id) {
    super("no row with id " + id + " in table tickets");
    this.id = id;
  }

  /** The id that was not found. */
  public long id() {
    return id;
  }
}
