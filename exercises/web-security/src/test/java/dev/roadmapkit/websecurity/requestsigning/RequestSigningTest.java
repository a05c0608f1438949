package dev.roadmapkit.websecurity.requestsigning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Label("web-security/request-signing: RequestSigning")
class RequestSigningTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static byte[] repeat(int value, int count) {
    byte[] bytes = new byte[count];
    java.util.Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  @ParameterizedTest(name = "RFC 4231 test case {0}")
  @CsvSource({
    "1, 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265,"
        + " b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    "2, 4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f,"
        + " 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  })
  @DisplayName("hmacSha256Hex() reproduces the RFC 4231 vectors given as hex")
  void rfc4231Hex(int testCase, String key, String data, String expected) {
    assertThat(RequestSigning.hmacSha256Hex(hex(key), hex(data)))
        .as("RFC 4231 section 4, test case %d, HMAC-SHA-256 as lower-case hex", testCase)
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("hmacSha256Hex() reproduces RFC 4231 test cases 3, 4, 6 and 7")
  void rfc4231Others() {
    assertThat(RequestSigning.hmacSha256Hex(repeat(0xaa, 20), repeat(0xdd, 50)))
        .as("test case 3: 20 bytes 0xaa, 50 bytes 0xdd")
        .isEqualTo("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    byte[] key4 = new byte[25];
    for (int i = 0; i < key4.length; i++) {
      key4[i] = (byte) (i + 1);
    }
    assertThat(RequestSigning.hmacSha256Hex(key4, repeat(0xcd, 50)))
        .as("test case 4: key 0x01..0x19, 50 bytes 0xcd")
        .isEqualTo("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    assertThat(
            RequestSigning.hmacSha256Hex(
                repeat(0xaa, 131),
                "Test Using Larger Than Block-Size Key - Hash Key First"
                    .getBytes(StandardCharsets.US_ASCII)))
        .as("test case 6: a 131-byte key, longer than the block, is hashed first")
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    assertThat(
            RequestSigning.hmacSha256Hex(
                repeat(0xaa, 131),
                ("This is a test using a larger than block-size key and a larger than block-size"
                        + " data. The key needs to be hashed before being used by the HMAC"
                        + " algorithm.")
                    .getBytes(StandardCharsets.US_ASCII)))
        .as("test case 7: long key and long data")
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  @Test
  @DisplayName("the canonical form is five lines: method, path, timestamp, nonce, body hash")
  void canonicalForm() {
    assertThat(RequestSigning.canonical("POST", "/v1/pay?dry=true", "1767268800", "n-1", ""))
        .as(
            "each field on its own line ending in \\n; the last is the hex SHA-256 of the body's"
                + " UTF-8 bytes (here of the empty body)")
        .isEqualTo(
            "POST\n/v1/pay?dry=true\n1767268800\nn-1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
  }

  @Test
  @DisplayName("sign() puts the HMAC of the canonical form into the request")
  void signs() {
    byte[] key = "request-signing-key".getBytes(StandardCharsets.UTF_8);
    SignedRequest signed =
        RequestSigning.sign(key, "POST", "/v1/pay", "{\"cents\":100}", "1767268800", "n-1");

    assertThat(signed)
        .as("the request keeps its fields and gains the hex HMAC of its canonical form")
        .isEqualTo(
            new SignedRequest(
                "POST",
                "/v1/pay",
                "{\"cents\":100}",
                "1767268800",
                "n-1",
                RequestSigning.hmacSha256Hex(
                    key,
                    RequestSigning.canonical(
                            "POST", "/v1/pay", "1767268800", "n-1", "{\"cents\":100}")
                        .getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  @DisplayName("the body hash is over the body's UTF-8 bytes, also for non-ASCII text")
  void bodyHashIsOverUtf8() throws Exception {
    String body = "{\"payee\":\"Zoë\",\"memo\":\"€5\"}";
    String utf8Hash =
        HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(RequestSigning.canonical("POST", "/v1/pay", "1767268800", "n-1", body))
        .as(
            "the last line is the hex SHA-256 of body.getBytes(UTF_8): a client in another"
                + " language hashes UTF-8, so any other charset makes ë and € sign differently and"
                + " every such request fails")
        .isEqualTo("POST\n/v1/pay\n1767268800\nn-1\n" + utf8Hash + "\n");
  }
}
