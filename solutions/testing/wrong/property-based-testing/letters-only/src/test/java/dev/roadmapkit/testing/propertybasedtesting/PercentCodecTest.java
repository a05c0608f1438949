package dev.roadmapkit.testing.propertybasedtesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;

class PercentCodecTest {

  @Property(seed = "7")
  @Label("text round-trips")
  void roundTrip(@ForAll @AlphaChars String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(PercentCodec.decode(PercentCodec.encode(bytes))).containsExactly(bytes);
  }

  @Property(seed = "7")
  @Label("letters encode to themselves")
  void lettersStay(@ForAll @AlphaChars String text) {
    assertThat(PercentCodec.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(text);
  }
}
