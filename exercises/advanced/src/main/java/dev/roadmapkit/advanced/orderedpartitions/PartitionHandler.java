package dev.roadmapkit.advanced.orderedpartitions;

/** What is done with each message, called on the thread of the worker the message went to. */
@FunctionalInterface
public interface PartitionHandler {

  /**
   * Handles {@code message} on worker number {@code worker} (0 to the number of workers - 1). May
   * take as long as it likes; it is never called twice at once from the same worker.
   */
  void handle(int worker, KeyedMessage message);
}
