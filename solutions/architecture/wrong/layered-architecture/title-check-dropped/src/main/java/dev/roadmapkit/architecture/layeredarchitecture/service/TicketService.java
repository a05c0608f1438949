package dev.roadmapkit.architecture.layeredarchitecture.service;

import dev.roadmapkit.architecture.layeredarchitecture.model.Ticket;
import dev.roadmapkit.architecture.layeredarchitecture.model.TicketStatus;
import dev.roadmapkit.architecture.layeredarchitecture.persistence.RecordNotFoundException;
import dev.roadmapkit.architecture.layeredarchitecture.persistence.TicketRepository;
import java.util.Objects;

/**
 * The service layer of the support-ticket app: the business rules, on top of the persistence layer.
 *
 * <p>Reference solution. The key idea of layering: each layer speaks its own language to the layer
 * above. This service validates titles itself (a business rule, so not the repository's job) and
 * turns the persistence layer's {@link RecordNotFoundException} into its own {@link
 * TicketNotFoundException}, so the web layer never learns that persistence exists. The trade-off: a
 * little translation code at every boundary, paid once, in exchange for layers that can be replaced
 * one at a time.
 */
public final class TicketService {

  private final TicketRepository repository;

  /** Creates the service on top of {@code repository}. */
  public TicketService(TicketRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  /**
   * Opens a ticket.
   *
   * @throws IllegalArgumentException if the title breaks {@link TicketRules#checkTitle}
   */
  public Ticket open(String title) {
    Ticket ticket = new Ticket(repository.nextId(), title, TicketStatus.OPEN);
    repository.save(ticket);
    return ticket;
  }

  /**
   * The ticket with that id.
   *
   * @throws TicketNotFoundException if there is none
   */
  public Ticket find(long id) {
    try {
      return repository.findById(id);
    } catch (RecordNotFoundException e) {
      throw new TicketNotFoundException(id);
    }
  }

  /**
   * Closes a ticket.
   *
   * @throws TicketNotFoundException if there is none
   * @throws IllegalStateException if it is closed already
   */
  public Ticket close(long id) {
    Ticket ticket = find(id);
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new IllegalStateException("ticket " + id + " is already closed");
    }
    Ticket closed = ticket.closed();
    repository.save(closed);
    return closed;
  }
}
