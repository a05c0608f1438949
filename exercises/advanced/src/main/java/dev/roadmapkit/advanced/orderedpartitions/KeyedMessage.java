package dev.roadmapkit.advanced.orderedpartitions;

import java.util.Objects;

/**
 * A message with its ordering key.
 *
 * @param key the ordering key (an account id, say): the messages of one key must be handled in the
 *     order they were submitted
 * @param sequence the position of this message among its key's messages (1, 2, 3, ...), set by the
 *     sender; for your dispatcher it is just data
 */
public record KeyedMessage(String key, int sequence) {

  public KeyedMessage {
    Objects.requireNonNull(key, "key");
  }

  @Override
  public String toString() {
    return key + "#" + sequence;
  }
}
