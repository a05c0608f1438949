package dev.roadmapkit.architecture.layeredarchitecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.layeredarchitecture.persistence.RecordNotFoundException;
import dev.roadmapkit.architecture.layeredarchitecture.persistence.TicketRepository;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketService;
import dev.roadmapkit.architecture.layeredarchitecture.web.Response;
import dev.roadmapkit.architecture.layeredarchitecture.web.TicketController;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Guard tests: what the app answers, through all three layers. */
@Tag("guard")
@DisplayName("architecture/layered-architecture: the ticket app keeps its answers (guard)")
class TicketAppTest {

  private static final String KEEP =
      "this guard passed before your change: moving code between layers must not change what"
          + " the app answers";

  private final TicketController controller =
      new TicketController(new TicketService(new TicketRepository()));

  @Test
  @DisplayName("a ticket is opened, read and closed")
  void lifecycle() {
    assertThat(controller.post("Printer on fire"))
        .as(KEEP)
        .isEqualTo(new Response(201, "ticket 1: Printer on fire (OPEN)"));
    assertThat(controller.post("Coffee machine empty"))
        .as(KEEP)
        .isEqualTo(new Response(201, "ticket 2: Coffee machine empty (OPEN)"));
    assertThat(controller.get(1))
        .as(KEEP)
        .isEqualTo(new Response(200, "ticket 1: Printer on fire (OPEN)"));
    assertThat(controller.close(1))
        .as(KEEP)
        .isEqualTo(new Response(200, "ticket 1: Printer on fire (CLOSED)"));
    assertThat(controller.get(1))
        .as(KEEP)
        .isEqualTo(new Response(200, "ticket 1: Printer on fire (CLOSED)"));
    assertThat(controller.get(2))
        .as(KEEP)
        .isEqualTo(new Response(200, "ticket 2: Coffee machine empty (OPEN)"));
  }

  @Test
  @DisplayName("an unknown ticket is 404, for reading and for closing")
  void unknownTicket() {
    controller.post("Printer on fire");

    assertThat(controller.get(99)).as(KEEP).isEqualTo(new Response(404, "no ticket 99"));
    assertThat(controller.close(42)).as(KEEP).isEqualTo(new Response(404, "no ticket 42"));
  }

  @Test
  @DisplayName("the repository reports a missing row with its id")
  void repositoryReportsMissingRows() {
    Throwable thrown = catchThrowable(() -> new TicketRepository().findById(5));

    assertThat(thrown).as(KEEP).isInstanceOf(RecordNotFoundException.class);
    assertThat(((RecordNotFoundException) thrown).id()).as(KEEP).isEqualTo(5);
  }

  @Test
  @DisplayName("closing a closed ticket is 409")
  void closeTwice() {
    controller.post("Printer on fire");
    controller.close(1);

    assertThat(controller.close(1))
        .as(KEEP)
        .isEqualTo(new Response(409, "ticket 1 is already closed"));
  }

  @Test
  @DisplayName("a blank or too long title is 400, and nothing is stored")
  void badTitles() {
    assertThat(controller.post("  "))
        .as(KEEP)
        .isEqualTo(new Response(400, "a ticket needs a title"));
    assertThat(controller.post("x".repeat(101)))
        .as(KEEP)
        .isEqualTo(new Response(400, "a title has at most 100 characters, this one 101"));
    assertThat(controller.get(1)).as(KEEP).isEqualTo(new Response(404, "no ticket 1"));
    assertThat(controller.post("x".repeat(100)).status())
        .as("%s: 100 characters are fine", KEEP)
        .isEqualTo(201);
  }
}
