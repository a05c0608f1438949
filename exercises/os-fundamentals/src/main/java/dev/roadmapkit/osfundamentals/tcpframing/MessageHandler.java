package dev.roadmapkit.osfundamentals.tcpframing;

/** Answers one message with one message. Given: do not change. */
@FunctionalInterface
public interface MessageHandler {

  /** The answer to {@code message}. */
  byte[] handle(byte[] message);
}
