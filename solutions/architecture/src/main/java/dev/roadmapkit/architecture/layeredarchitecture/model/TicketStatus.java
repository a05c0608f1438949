package dev.roadmapkit.architecture.layeredarchitecture.model;

/** Whether a ticket still needs work. */
public enum TicketStatus {
  /** Someone has to act. */
  OPEN,
  /** Done. */
  CLOSED
}
