package dev.roadmapkit.architecture.layeredarchitecture.persistence;

import dev.roadmapkit.architecture.layeredarchitecture.model.Ticket;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketRules;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores tickets (in memory, standing in for a table). Part of the exercise {@code
 * architecture/layered-architecture}: see {@code service.TicketService} for the task.
 */
public final class TicketRepository {

  private final Map<Long, Ticket> rows = new TreeMap<>();
  private long lastId;

  /** The id for a new ticket: 1, 2, 3, ... */
  public long nextId() {
    return ++lastId;
  }

  /** Inserts or replaces the ticket with the same id. */
  public void save(Ticket ticket) {
    // Checked here too, "to be safe": but this calls up into the service layer.
    TicketRules.checkTitle(ticket.title());
    rows.put(ticket.id(), ticket);
  }

  /**
   * The ticket with that id.
   *
   * @throws RecordNotFoundException if there is none
   */
  public Ticket findById(long id) {
    Ticket ticket = rows.get(id);
    if (ticket == null) {
      throw new RecordNotFoundException(id);
    }
    return ticket;
  }
}
