package dev.roadmapkit.core.progress;

import dev.roadmapkit.core.model.Section;
import java.util.Objects;

/**
 * The completion of one section: its topics, and the exercises of the modules that practise it.
 *
 * @param section the section
 * @param completion how much of it is complete
 */
public record SectionProgress(Section section, Completion completion) {

  /**
   * Checks for {@code null}.
   *
   * @param section the section
   * @param completion how much of it is complete
   * @throws NullPointerException if a component is {@code null}
   */
  public SectionProgress {
    Objects.requireNonNull(section, "section must not be null");
    Objects.requireNonNull(completion, "completion must not be null");
  }
}
