package dev.roadmapkit.programming.shortestpath;

/**
 * Given: a directed edge with its weight (a cost: a distance, a latency).
 *
 * @param from where the edge starts
 * @param to where it leads
 * @param weight what taking it costs
 */
public record Edge(String from, String to, long weight) {

  @Override
  public String toString() {
    return from + " -(" + weight + ")-> " + to;
  }
}
