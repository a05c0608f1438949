package dev.roadmapkit.programming.todocli;

import java.util.Objects;

/**
 * Given: one entry of the to-do list.
 *
 * @param text what to do, never blank
 * @param done whether it is done
 */
public record TodoItem(String text, boolean done) {

  /** Refuses a missing or blank text. */
  public TodoItem {
    Objects.requireNonNull(text, "text must not be null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("the text of an item must not be blank");
    }
  }

  /** This item, done. */
  public TodoItem markedDone() {
    return new TodoItem(text, true);
  }
}
