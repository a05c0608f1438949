package dev.roadmapkit.apis.jsontolerantreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("apis/json-tolerant-reader: OrderJson")
class OrderJsonTest {

  private static final Order V1 =
      new Order(
          "A-1001",
          "Ada Lovelace",
          OffsetDateTime.of(2024, 3, 1, 10, 15, 30, 0, ZoneOffset.ofHours(1)),
          OrderStatus.PLACED,
          1250,
          "EUR",
          List.of(),
          "unknown");
  private static final Order V2 =
      new Order(
          "A-1002",
          "Grace Hopper",
          OffsetDateTime.of(2024, 6, 15, 8, 0, 0, 0, ZoneOffset.ofHours(-5)),
          OrderStatus.PAID,
          4200,
          "USD",
          List.of(new OrderLine("BK-42", 2), new OrderLine("PEN-7", 1)),
          "unknown");
  private static final Order V3 =
      new Order(
          "A-1003",
          "Alan Turing",
          OffsetDateTime.of(2025, 1, 31, 23, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
          OrderStatus.SHIPPED,
          999,
          "GBP",
          List.of(new OrderLine("MUG-1", 1)),
          "app");

  /** The test's own plain mapper, to look at JSON as any client would. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  // --- reading every version ---

  @Test
  @DisplayName("reads a v3 payload completely, the date with its +05:30 offset as written")
  void readsV3() throws IOException {
    String json = fixture("order-v3.json");
    Order order = OrderJson.read(json);
    assertThat(order.placedAt())
        .as("placedAt \"2025-01-31T23:30:00+05:30\" keeps its offset, not converted to UTC")
        .isEqualTo(V3.placedAt());
    assertThat(order).as("the v3 payload%n%s%nread by the v3 reader", json).isEqualTo(V3);
  }

  @Test
  @DisplayName(
      "reads a v2 payload: channel (new in v3) gets its default, quantity \"1\" is read as 1")
  void readsV2() throws IOException {
    String json = fixture("order-v2.json");
    assertThat(OrderJson.read(json))
        .as(
            "the v2 payload%n%s%nhas no channel (default \"unknown\") and a quantity as a string",
            json)
        .isEqualTo(V2);
  }

  @Test
  @DisplayName(
      "reads a v1 payload: customerName under its old name, totalCents as a string, defaults")
  void readsV1() throws IOException {
    String json = fixture("order-v1.json");
    Order order = OrderJson.read(json);
    assertThat(order.customer())
        .as("v1 called the customer \"customerName\": the v3 reader must still read it (an alias)")
        .isEqualTo("Ada Lovelace");
    assertThat(order)
        .as(
            "the v1 payload%n%s%nwith currency \"EUR\", no lines and channel \"unknown\" by default",
            json)
        .isEqualTo(V1);
  }

  @Test
  @DisplayName("gives the defaults to fields present with the value null, as to absent ones")
  void nullsGetDefaults() throws IOException {
    String json = fixture("order-v3-nulls.json");
    Order order = OrderJson.read(json);
    assertThat(order)
        .as("null currency, lines, channel and status are treated like absent ones, in:%n%s", json)
        .isEqualTo(
            new Order(
                "A-1004",
                "Barbara Liskov",
                OffsetDateTime.of(2025, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                OrderStatus.UNKNOWN,
                500,
                "EUR",
                List.of(),
                "unknown"));
  }

  @Test
  @DisplayName(
      "reads a newer producer's payload: unknown fields ignored at any depth, unknown status UNKNOWN")
  void readsNewerPayload() throws IOException {
    String json = fixture("order-v4.json");
    Order order = OrderJson.read(json);
    assertThat(order.status())
        .as("status \"REFUNDED\" is unknown to this version: UNKNOWN, not an exception")
        .isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order)
        .as(
            "loyaltyPoints, shipping, tags and a line's discount are not ours to know, in:%n%s",
            json)
        .isEqualTo(
            new Order(
                "A-1005",
                "Edsger Dijkstra",
                OffsetDateTime.of(2026, 5, 20, 9, 45, 0, 0, ZoneOffset.ofHours(2)),
                OrderStatus.UNKNOWN,
                1500,
                "EUR",
                List.of(new OrderLine("BK-42", 1)),
                "web"));
  }

  @Test
  @DisplayName("still refuses what is not JSON at all: tolerance is not blindness")
  void refusesMalformedJson() {
    assertThatThrownBy(() -> OrderJson.read("{\"id\": \"A-1\", \"totalCents\": "))
        .as("a payload cut off in the middle is an IOException")
        .isInstanceOf(IOException.class);
  }

  // --- writing the current version ---

  @Test
  @DisplayName(
      "writes the current version only: v3 names, the date as an ISO-8601 string with offset")
  void writesCurrentVersion() throws IOException {
    String json = OrderJson.write(V3);
    JsonNode tree = PLAIN.readTree(json);
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .as("the v3 field names, nothing of older versions (no customerName), in:%n%s", json)
        .containsExactlyInAnyOrder(
            "id", "customer", "placedAt", "status", "totalCents", "currency", "lines", "channel");
    assertThat(
            tree.get("placedAt").isTextual()
                ? tree.get("placedAt").asText()
                : tree.get("placedAt").toString())
        .as(
            "placedAt as ISO-8601 text with the offset it has (not a number of seconds), in:%n%s",
            json)
        .isEqualTo("2025-01-31T23:30:00+05:30");
    assertThat(tree.get("totalCents").isNumber())
        .as("totalCents is written as a JSON number, in:%n%s", json)
        .isTrue();
    assertThat(tree.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(OrderJson.read(json))
        .as("what is written reads back as the same order")
        .isEqualTo(V3);
  }

  // --- old and new clients both keep working ---

  @Test
  @DisplayName("an old v1 client reads what the v3 writer writes")
  void v1ClientReadsV3() throws IOException {
    String json = OrderJson.write(V1);
    OrderV1Client.OrderV1 seen = OrderV1Client.read(json);
    assertThat(seen)
        .as(
            "the v1 client ignores v3's new fields and finds its own (customerName was renamed, so it"
                + " is absent for it), in:%n%s",
            json)
        .isEqualTo(
            new OrderV1Client.OrderV1("A-1001", null, "2024-03-01T10:15:30+01:00", "PLACED", 1250));
  }

  @Test
  @DisplayName("the v3 reader reads what an old v1 client writes")
  void v3ReadsV1Client() throws IOException {
    String json =
        OrderV1Client.write(
            new OrderV1Client.OrderV1(
                "A-1001", "Ada Lovelace", "2024-03-01T10:15:30+01:00", "PLACED", 1250));
    assertThat(OrderJson.read(json)).as("the v1 client's payload%n%s", json).isEqualTo(V1);
  }

  // --- the property ---

  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "customer",
          "customerName",
          "placedAt",
          "status",
          "totalCents",
          "currency",
          "lines",
          "channel",
          "sku",
          "quantity");

  @Property(tries = 100, seed = "20261204")
  @Label(
      "for any v3 payload with random extra fields, reading gives the same order as without them")
  void extraFieldsChangeNothing(
      @ForAll("extras") List<Map.Entry<String, JsonNode>> top,
      @ForAll("extras") List<Map.Entry<String, JsonNode>> inLine,
      @ForAll("positions") int position)
      throws IOException {
    ObjectNode payload = (ObjectNode) PLAIN.readTree(fixture("order-v3.json"));
    String json = PLAIN.writeValueAsString(withExtras(payload, top, position, inLine));
    assertThat(OrderJson.read(json))
        .as("the v3 payload with extra fields%n%s%nmust read as it does without them", json)
        .isEqualTo(V3);
  }

  private static ObjectNode withExtras(
      ObjectNode payload,
      List<Map.Entry<String, JsonNode>> top,
      int position,
      List<Map.Entry<String, JsonNode>> inLine) {
    ObjectNode line = (ObjectNode) payload.get("lines").get(0);
    ObjectNode newLine = interleave(line, inLine, position);
    ((ArrayNode) payload.get("lines")).set(0, newLine);
    return interleave(payload, top, position);
  }

  /** The object's fields with the extras inserted from the given position on, one every field. */
  private static ObjectNode interleave(
      ObjectNode object, List<Map.Entry<String, JsonNode>> extras, int position) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> extra = extras.iterator();
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); index++) {
      if (index >= position && extra.hasNext()) {
        Map.Entry<String, JsonNode> e = extra.next();
        result.set(e.getKey(), e.getValue());
      }
      Map.Entry<String, JsonNode> field = it.next();
      result.set(field.getKey(), field.getValue());
    }
    extra.forEachRemaining(e -> result.set(e.getKey(), e.getValue()));
    return result;
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 8);
  }

  @Provide
  Arbitrary<List<Map.Entry<String, JsonNode>>> extras() {
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('_', '-', '$', 'É', '7')
            .ofMinLength(1)
            .ofMaxLength(10)
            .filter(name -> !KNOWN.contains(name));
    return Combinators.combine(names, json(3))
        .as(Map::entry)
        .list()
        .ofMaxSize(4)
        .uniqueElements(Map.Entry::getKey);
  }

  private static Arbitrary<JsonNode> json(int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(f.nullNode()),
            Arbitraries.strings().ofMaxLength(8).map(f::textNode),
            Arbitraries.longs().map(f::numberNode),
            Arbitraries.doubles().map(f::numberNode),
            Arbitraries.of(true, false).map(f::booleanNode));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> inner = json(depth - 1);
    Arbitrary<JsonNode> array =
        inner
            .list()
            .ofMaxSize(3)
            .map(
                items -> {
                  ArrayNode node = f.arrayNode();
                  items.forEach(node::add);
                  return node;
                });
    Arbitrary<JsonNode> object =
        Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), inner)
            .as(Map::entry)
            .list()
            .ofMaxSize(3)
            .map(
                entries -> {
                  ObjectNode node = f.objectNode();
                  entries.forEach(e -> node.set(e.getKey(), e.getValue()));
                  return node;
                });
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(1, object));
  }

  private static String fixture(String name) {
    try (InputStream in = OrderJsonTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
