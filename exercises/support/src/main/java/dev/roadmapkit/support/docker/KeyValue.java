package dev.roadmapkit.support.docker;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code key=value} of an {@code ENV}, {@code ARG} or {@code LABEL}, quotes removed. The value
 * is empty for an {@code ARG NAME} without a default.
 */
public record KeyValue(String key, Optional<String> value) {

  /** Checks that neither part is null and the key is not blank. */
  public KeyValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a key must not be blank");
    }
  }
}
