package dev.roadmapkit.architecture.layeredarchitecture.service;

import dev.roadmapkit.architecture.layeredarchitecture.model.Ticket;
import dev.roadmapkit.architecture.layeredarchitecture.model.TicketStatus;
import dev.roadmapkit.architecture.layeredarchitecture.persistence.TicketRepository;
import java.util.Objects;

/**
 * Exercise {@code architecture/layered-architecture}: the service layer of a support-ticket app.
 *
 * <p>The app has three layers, each allowed to use only the one below it (and the shared {@code
 * model}): {@code web} uses {@code service}, {@code service} uses {@code persistence}, and {@code
 * persistence} uses nothing. That is what makes a layer replaceable: a new web framework touches
 * only {@code web}, a new database only {@code persistence}. The code breaks the rule twice:
 *
 * <ol>
 *   <li>The web layer <em>skips</em> a layer: {@code TicketController} catches the persistence
 *       layer's {@code RecordNotFoundException}, which this service lets through from {@link #find}
 *       and {@link #close}. The service should speak for its layer: translate it into its own
 *       {@link TicketNotFoundException}.
 *   <li>The persistence layer calls <em>upward</em>: {@code TicketRepository.save} checks titles
 *       with this layer's {@link TicketRules}. Validation is a business rule: do it in {@link
 *       #open} before saving, and let the repository just store.
 * </ol>
 *
 * <p><b>Your task:</b> fix both, without changing any public signature or what the controller
 * answers. {@code TicketAppTest} (guard) keeps the behaviour; {@code LayerRulesTest} (ArchUnit)
 * describes the layers; {@code TicketServiceTest} checks that the service speaks its own language.
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
    return repository.findById(id);
  }

  /**
   * Closes a ticket.
   *
   * @throws TicketNotFoundException if there is none
   * @throws IllegalStateException if it is closed already
   */
  public Ticket close(long id) {
    Ticket ticket = repository.findById(id);
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new IllegalStateException("ticket " + id + " is already closed");
    }
    Ticket closed = ticket.closed();
    repository.save(closed);
    return closed;
  }
}
