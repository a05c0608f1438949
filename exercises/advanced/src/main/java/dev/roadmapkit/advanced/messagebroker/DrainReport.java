package dev.roadmapkit.advanced.messagebroker;

import java.util.List;

/**
 * What one {@link IdempotentConsumer#drain} did, message ids in the order it met them.
 *
 * @param processed the messages whose effect was committed by this drain, once each
 * @param duplicates the deliveries skipped because their message id was already processed
 * @param failed one entry per failed delivery (a message failing three times is listed three times)
 */
public record DrainReport(List<String> processed, List<String> duplicates, List<String> failed) {

  public DrainReport {
    processed = List.copyOf(processed);
    duplicates = List.copyOf(duplicates);
    failed = List.copyOf(failed);
  }
}
