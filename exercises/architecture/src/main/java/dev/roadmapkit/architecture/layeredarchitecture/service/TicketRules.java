package dev.roadmapkit.architecture.layeredarchitecture.service;

/** The business rules of ticket titles. */
public final class TicketRules {

  /** The longest title allowed. */
  public static final int MAX_TITLE_LENGTH = 100;

  private TicketRules() {}

  /**
   * Checks a title.
   *
   * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
   */
  public static void checkTitle(String title) {
    if (title.isBlank()) {
      throw new IllegalArgumentException("a ticket needs a title");
    }
    if (title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "a title has at most " + MAX_TITLE_LENGTH + " characters, this one " + title.length());
    }
  }
}
