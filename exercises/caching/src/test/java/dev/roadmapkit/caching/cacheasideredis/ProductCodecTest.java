package dev.roadmapkit.caching.cacheasideredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("caching/cache-aside-redis: ProductCodec")
class ProductCodecTest {

  @Test
  @DisplayName("encodes a product as v1;sku;name;priceCents with URL-encoded text fields")
  void encodesTheSpecifiedFormat() {
    assertThat(ProductCodec.encode(new Product("SKU-1", "Tea", 499)))
        .as("the format is \"v1;\" + sku + \";\" + name + \";\" + priceCents")
        .isEqualTo("v1;SKU-1;Tea;499");
    assertThat(ProductCodec.encode(new Product("A;B 1", "Green tea; 100% leaf & more", 0)))
        .as(
            "sku and name must go through URLEncoder.encode(text, UTF_8): ';' becomes %3B, so it"
                + " cannot be confused with the separator, ' ' becomes +, '%' becomes %25, '&'"
                + " becomes %26")
        .isEqualTo("v1;A%3BB+1;Green+tea%3B+100%25+leaf+%26+more;0");
  }

  @Test
  @DisplayName("decodes the format back, empty names and non-ASCII text included")
  void decodesTheSpecifiedFormat() {
    assertThat(ProductCodec.decode("v1;SKU-1;Tea%3B+green;499"))
        .as("decode must undo the URL-encoding of sku and name and parse the price")
        .isEqualTo(new Product("SKU-1", "Tea; green", 499));
    assertThat(ProductCodec.decode("v1;SKU-2;;7"))
        .as("an empty name is an empty field between two ';' and must decode to \"\"")
        .isEqualTo(new Product("SKU-2", "", 7));
    Product unicode = new Product("ÄÖ-€", "Grüner Tee 緑茶", 1250);
    assertThat(ProductCodec.decode(ProductCodec.encode(unicode)))
        .as("non-ASCII text must survive encode then decode (use UTF-8 both ways)")
        .isEqualTo(unicode);
  }

  @ParameterizedTest(name = "decode(\"{0}\") is rejected")
  @ValueSource(
      strings = {
        "",
        "garbage",
        "v2;SKU-1;Tea;499",
        "v1;SKU-1;Tea",
        "v1;SKU-1;Tea;499;extra",
        "v1;SKU-1;Tea;499;",
        "v1;SKU-1;Tea;499;;",
        "v1;SKU-1;Tea;cheap",
        "v1;SKU-1;Tea;-5",
        "v1;;Tea;499",
        "v1;SKU-1;100%;499"
      })
  @DisplayName("rejects anything else with an IllegalArgumentException that quotes the input")
  void rejectsMalformedInput(String encoded) {
    assertThatIllegalArgumentException()
        .as(
            "decode(\"%s\") must throw IllegalArgumentException with the input in its message:"
                + " another version, a wrong number of fields, a bad price, a blank sku or a broken"
                + " %%-escape all mean the cached value cannot be trusted; the cache then treats it"
                + " as a miss",
            encoded)
        .isThrownBy(() -> ProductCodec.decode(encoded))
        .withMessageContaining("'" + encoded + "'");
  }

  @Provide
  Arbitrary<Product> products() {
    Arbitrary<String> text =
        Arbitraries.strings().withCharRange(' ', '~').withChars("é€緑\n\t").ofMaxLength(20);
    return Combinators.combine(
            text.filter(sku -> !sku.isBlank()), text, Arbitraries.integers().greaterOrEqual(0))
        .as(Product::new);
  }

  @Property(tries = 300)
  @Label("decode(encode(product)) gives the product back, whatever its text contains")
  void roundTrips(@ForAll("products") Product product) {
    String encoded = ProductCodec.encode(product);

    assertThat(ProductCodec.decode(encoded))
        .as(
            "encode gave \"%s\"; decoding it must give the same product back. Are ';', '%%'"
                + " and non-ASCII characters inside the text URL-encoded with UTF-8?",
            encoded)
        .isEqualTo(product);
    assertThat(encoded.split(";", -1))
        .as("\"%s\" must have exactly 4 fields: the separator never occurs inside one", encoded)
        .hasSize(4);
  }
}
