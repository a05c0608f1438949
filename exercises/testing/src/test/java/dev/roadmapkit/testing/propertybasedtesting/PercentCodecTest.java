package dev.roadmapkit.testing.propertybasedtesting;

/**
 * Your properties of {@link PercentCodec}: the exercise. Each rule of its Javadoc is a property
 * that holds for all inputs: state it with jqwik ({@code @Property} and {@code @ForAll}), with
 * generators that reach the rare inputs too, and fix the seed ({@code @Property(seed = "...")}) so
 * that every run tries the same ones. They are graded by PropertyBasedTestingGradingTest against
 * the correct codec and buggy copies of it, whose bugs show only on some inputs.
 */
class PercentCodecTest {

  // TODO testing/property-based-testing: replace this with properties of every rule, then run the
  // grading. For example:
  //
  // @Property(seed = "42")
  // @Label("decoding reverses encoding, for any bytes")
  // void roundTrip(@ForAll byte[] bytes) {
  //   assertThat(PercentCodec.decode(PercentCodec.encode(bytes))).containsExactly(...);
  // }
}
