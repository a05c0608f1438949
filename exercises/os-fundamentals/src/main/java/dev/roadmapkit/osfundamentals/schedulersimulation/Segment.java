package dev.roadmapkit.osfundamentals.schedulersimulation;

/**
 * Given: one bar of a Gantt chart: process {@code processId} ran from {@code start} to {@code end}
 * (exclusive). Do not change this record.
 */
public record Segment(String processId, long start, long end) {

  /** Checks that the segment is not empty. */
  public Segment {
    if (end <= start) {
      throw new IllegalArgumentException(
          "a segment of " + processId + " must end after it starts: " + start + " to " + end);
    }
  }

  /** How long the process ran in this segment. */
  public long length() {
    return end - start;
  }

  @Override
  public String toString() {
    return processId + " " + start + "-" + end;
  }
}
