package dev.roadmapkit.advanced.messagebroker;

import java.sql.Connection;

/**
 * The business effect of one message, written with the consumer's database transaction.
 *
 * <p>The handler writes its rows through {@code transaction} and never commits, rolls back or
 * closes it: the consumer owns the transaction. An {@link Exception} means this delivery failed
 * (the message may succeed later, or be poison); an {@link Error} means the process is dying.
 */
@FunctionalInterface
public interface MessageHandler {

  /** Applies the effect of {@code delivery} inside {@code transaction}. */
  void handle(Connection transaction, Delivery delivery) throws Exception;
}
