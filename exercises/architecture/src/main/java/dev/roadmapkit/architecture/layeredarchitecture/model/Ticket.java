package dev.roadmapkit.architecture.layeredarchitecture.model;

import java.util.Objects;

/**
 * A support ticket.
 *
 * @param id assigned by the persistence layer, from 1
 * @param title what is wrong
 * @param status open or closed
 */
public record Ticket(long id, String title, TicketStatus status) {

  /** Checks that nothing is missing. */
  public Ticket {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
  }

  /** This ticket, closed. */
  public Ticket closed() {
    return new Ticket(id, title, TicketStatus.CLOSED);
  }
}
