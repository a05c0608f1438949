package dev.roadmapkit.apis.jsontolerantreader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Exercise {@code apis/json-tolerant-reader}: the reader and writer of {@link Order}.
 *
 * <p>Key idea: a tolerant reader takes what it needs and ignores the rest (unknown fields, unknown
 * enum values), while the writer is strict and emits only the current version: be liberal in what
 * you read, conservative in what you write. One mapper, built once and thread-safe, serves both.
 * The trade-off: a typo in a field name is silently ignored too, so required fields need their own
 * check where they matter.
 */
public final class OrderJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private OrderJson() {}

  /**
   * Reads an order of any version.
   *
   * @param json the payload
   * @return the order, with the defaults applied
   * @throws IOException when the payload is not JSON or not an object of this shape
   */
  public static Order read(String json) throws IOException {
    return MAPPER.readValue(json, Order.class);
  }

  /**
   * Writes an order as the current version (v3).
   *
   * @param order the order
   * @return the JSON payload
   */
  public static String write(Order order) {
    try {
      return MAPPER.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Order is always serialisable", e);
    }
  }
}
