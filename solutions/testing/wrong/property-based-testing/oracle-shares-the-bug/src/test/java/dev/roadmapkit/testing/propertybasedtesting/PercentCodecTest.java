package dev.roadmapkit.testing.propertybasedtesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class PercentCodecTest {

  @Property(seed = "7")
  @Label("encode agrees with a straightforward encoder")
  void agreesWithOracle(@ForAll byte[] bytes) {
    assertThat(PercentCodec.encode(bytes)).isEqualTo(oracle(bytes));
  }

  @Property(seed = "7")
  @Label("decoding reverses encoding")
  void roundTrip(@ForAll byte[] bytes) {
    assertThat(PercentCodec.decode(PercentCodec.encode(bytes))).containsExactly(bytes);
  }

  private static String oracle(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (PercentCodec.isUnreserved(c)) {
        text.append(c);
      } else {
        text.append('%').append(Integer.toHexString(b & 0xFF).toUpperCase(Locale.ROOT));
      }
    }
    return text.toString();
  }
}
