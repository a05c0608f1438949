package dev.roadmapkit.architecture.layeredarchitecture.service;

/** The service layer's way to say that a ticket does not exist. */
public final class TicketNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long id;

  /** Creates the exception for the missing ticket {@code id}. */
  public TicketNotFoundException(long id) {
    super("no ticket " + id);
    this.id = id;
  }

  /** The id of the missing ticket. */
  public long id() {
    return id;
  }
}
