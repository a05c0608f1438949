package dev.roadmapkit.testing.propertybasedtesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PercentCodecTest {

  @Test
  @DisplayName("a sentence round-trips")
  void sentence() {
    byte[] bytes = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    assertThat(PercentCodec.decode(PercentCodec.encode(bytes))).containsExactly(bytes);
  }

  @Test
  @DisplayName("a space is %20")
  void space() {
    assertThat(PercentCodec.encode("a b".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a%20b");
    assertThat(PercentCodec.decode("a%20b")).containsExactly('a', ' ', 'b');
  }
}
