package dev.roadmapkit.architecture.layeredarchitecture.web;

import dev.roadmapkit.architecture.layeredarchitecture.model.Ticket;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketNotFoundException;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketService;
import java.util.Objects;

/**
 * The web layer: {@code POST /tickets}, {@code GET /tickets/{id}}, {@code POST
 * /tickets/{id}/close}. It uses only the service layer and the model.
 */
public final class TicketController {

  private final TicketService service;

  /** Creates the controller on top of {@code service}. */
  public TicketController(TicketService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /** {@code POST /tickets}: 201 with the new ticket, or 400 for a bad title. */
  public Response post(String title) {
    try {
      return new Response(201, describe(service.open(title)));
    } catch (IllegalArgumentException e) {
      return new Response(400, e.getMessage());
    }
  }

  /** {@code GET /tickets/{id}}: 200 with the ticket, or 404. */
  public Response get(long id) {
    try {
      return new Response(200, describe(service.find(id)));
    } catch (TicketNotFoundException e) {
      return new Response(404, "no ticket " + e.id());
    }
  }

  /**
   * {@code POST /tickets/{id}/close}: 200 with the closed ticket, 404, or 409 if closed already.
   */
  public Response close(long id) {
    try {
      return new Response(200, describe(service.close(id)));
    } catch (TicketNotFoundException e) {
      return new Response(404, "no ticket " + e.id());
    } catch (IllegalStateException e) {
      return new Response(409, e.getMessage());
    }
  }

  private static String describe(Ticket ticket) {
    return "ticket " + ticket.id() + ": " + ticket.title() + " (" + ticket.status() + ")";
  }
}
