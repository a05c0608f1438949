package dev.roadmapkit.testing.propertybasedtesting;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class PercentCodecTest {

  @Property(seed = "7")
  @Label("decoding reverses encoding, for any bytes")
  void roundTrip(@ForAll byte[] bytes) {
    assertThat(PercentCodec.decode(PercentCodec.encode(bytes))).containsExactly(bytes);
  }

  @Property(seed = "7")
  @Label("encoded text holds only unreserved characters, % and hex digits")
  void safeCharacters(@ForAll byte[] bytes) {
    assertThat(PercentCodec.encode(bytes)).matches("[A-Za-z0-9._~%-]*");
  }
}
