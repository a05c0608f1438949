package dev.roadmapkit.git.threewaymerge;

import java.util.Objects;

/**
 * What the conflict markers name: {@code <<<<<<< ours}, {@code ||||||| base}, {@code >>>>>>>
 * theirs}; git's {@code -L ours -L base -L theirs}.
 */
public record Labels(String ours, String base, String theirs) {

  /** The labels the tests and the fixtures use unless they say otherwise. */
  public static final Labels DEFAULT = new Labels("ours", "base", "theirs");

  public Labels {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(theirs, "theirs");
  }
}
