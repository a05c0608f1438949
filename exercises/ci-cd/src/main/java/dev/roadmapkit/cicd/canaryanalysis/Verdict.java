package dev.roadmapkit.cicd.canaryanalysis;

import java.util.List;
import java.util.Objects;

/**
 * A decision with its reasons (given).
 *
 * @param decision what to do
 * @param reasons why, in the order {@link Reason} declares them: the missing samples for {@link
 *     Decision#WAIT}, every failed check for {@link Decision#ROLL_BACK}, {@link
 *     Reason#ALL_CHECKS_PASSED} alone for {@link Decision#PROMOTE}
 */
public record Verdict(Decision decision, List<Reason> reasons) {

  /** Checks the parts and copies the list. */
  public Verdict {
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
  }
}
