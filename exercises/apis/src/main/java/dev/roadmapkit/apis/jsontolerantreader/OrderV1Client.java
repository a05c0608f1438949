package dev.roadmapkit.apis.jsontolerantreader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An old client, still deployed, that knows only version 1 of the order: given, not to change. It
 * is itself a tolerant reader (it ignores fields it does not know) and keeps dates as text.
 */
public final class OrderV1Client {

  /** The order as version 1 defined it. */
  public record OrderV1(
      String id, String customerName, String placedAt, String status, long totalCents) {}

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private OrderV1Client() {}

  /** Reads any order payload as version 1 sees it. */
  public static OrderV1 read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, OrderV1.class);
  }

  /** Writes a version 1 payload, as this client sends it. */
  public static String write(OrderV1 order) throws JsonProcessingException {
    return MAPPER.writeValueAsString(order);
  }
}
