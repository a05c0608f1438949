package dev.roadmapkit.architecture.transactionaloutbox;

import java.util.Objects;

/**
 * One row of the outbox, as the relay publishes it. Given.
 *
 * @param id the outbox row's id: increasing in the order the events were written, and the message's
 *     identity for deduplication
 * @param aggregateId what the event is about, e.g. the order id
 * @param type e.g. {@code OrderPlaced}
 * @param payload the event as JSON
 */
public record OutboxMessage(long id, String aggregateId, String type, String payload) {

  /** Checks that nothing is missing. */
  public OutboxMessage {
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
  }
}
