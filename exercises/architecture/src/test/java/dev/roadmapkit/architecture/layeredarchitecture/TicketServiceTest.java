package dev.roadmapkit.architecture.layeredarchitecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.layeredarchitecture.model.Ticket;
import dev.roadmapkit.architecture.layeredarchitecture.model.TicketStatus;
import dev.roadmapkit.architecture.layeredarchitecture.persistence.TicketRepository;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketNotFoundException;
import dev.roadmapkit.architecture.layeredarchitecture.service.TicketService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each layer speaks its own language to the layer above, and does its own job. */
@DisplayName("architecture/layered-architecture: each layer does its own job")
class TicketServiceTest {

  @Test
  @DisplayName("the service reports a missing ticket as its own TicketNotFoundException")
  void serviceSpeaksForItsLayer() {
    TicketService service = new TicketService(new TicketRepository());

    Throwable onFind = catchThrowable(() -> service.find(7));
    Throwable onClose = catchThrowable(() -> service.close(7));

    assertThat(onFind)
        .as(
            "find(7) must throw the service layer's TicketNotFoundException: if the persistence"
                + " layer's RecordNotFoundException leaks out, the web layer has to know about"
                + " persistence to handle it. Catch it in the service and translate it")
        .isInstanceOf(TicketNotFoundException.class)
        .hasMessage("no ticket 7");
    assertThat(((TicketNotFoundException) onFind).id()).isEqualTo(7);
    assertThat(onClose).as("close(7) likewise").isInstanceOf(TicketNotFoundException.class);
  }

  @Test
  @DisplayName("the repository stores what it is given: validation is the service's job")
  void repositoryJustStores() {
    TicketRepository repository = new TicketRepository();
    Ticket untitled = new Ticket(repository.nextId(), "", TicketStatus.OPEN);

    Throwable thrown = catchThrowable(() -> repository.save(untitled));

    assertThat(thrown)
        .as(
            "TicketRepository.save must not apply business rules (it calls up into the service"
                + " layer to do so). Check the title in TicketService.open, before saving")
        .isNull();
    assertThat(repository.findById(1)).isEqualTo(untitled);
  }
}
