package dev.roadmapkit.testing.propertybasedtesting;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class PercentCodecTest {

  @Property(seed = "7")
  @Label("decoding reverses encoding")
  void roundTrip(@ForAll byte[] bytes) {
    PercentCodec.decode(PercentCodec.encode(bytes));
  }

  @Property(seed = "7")
  @Label("encoding works for any bytes")
  void encodes(@ForAll byte[] bytes) {
    String encoded = PercentCodec.encode(bytes);
    System.out.println(encoded);
  }
}
