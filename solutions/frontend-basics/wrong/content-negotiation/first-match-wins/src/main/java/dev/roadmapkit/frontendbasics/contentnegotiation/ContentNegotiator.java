package dev.roadmapkit.frontendbasics.contentnegotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Exercise {@code frontend-basics/content-negotiation}: proactive negotiation with {@code Accept}
 * (RFC 9110 section 12.5.1).
 *
 * <p>Key idea: quality belongs to the server's types, not to the header's ranges. For each
 * available type, find the most specific range that matches it and take that range's weight; then
 * the best type is a plain maximum over the server's list, which makes the server's order the
 * tie-breaker and the header's order irrelevant. Weights are kept as integers in thousandths, so
 * {@code q=0.001} is exactly above zero and no floating-point rounding creeps in. The trade-off of
 * answering 400 on a malformed weight: a sloppy client gets an error instead of a best guess, but
 * its developer learns why.
 */
public final class ContentNegotiator {

  private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  /** A media range of the header with its weight in thousandths (q=0.5 is 500). */
  private record Range(MediaType mediaRange, int weight) {

    boolean matches(MediaType type) {
      if (!mediaRange.type().equals("*") && !mediaRange.type().equals(type.type())) {
        return false;
      }
      if (!mediaRange.subtype().equals("*") && !mediaRange.subtype().equals(type.subtype())) {
        return false;
      }
      for (Map.Entry<String, String> parameter : mediaRange.parameters().entrySet()) {
        if (!parameter.getValue().equals(type.parameters().get(parameter.getKey()))) {
          return false;
        }
      }
      return true;
    }

    // "*/*" is 0, "type/*" is 1, "type/subtype" is 2; then more parameters are more specific.
    int specificity() {
      int kind = mediaRange.type().equals("*") ? 0 : mediaRange.subtype().equals("*") ? 1 : 2;
      return kind * 1000 + mediaRange.parameters().size();
    }
  }

  private final List<MediaType> available;

  /**
   * A negotiator for the representations the server has, best first.
   *
   * @throws IllegalArgumentException when {@code available} is empty or contains a media range
   */
  public ContentNegotiator(List<MediaType> available) {
    if (available.isEmpty()) {
      throw new IllegalArgumentException("the server must offer at least one representation");
    }
    for (MediaType type : available) {
      // MediaType itself refuses "*/json", so a wildcard type always has a wildcard subtype.
      if (type.subtype().equals("*")) {
        throw new IllegalArgumentException(
            "a representation has a concrete type, not the media range " + type);
      }
    }
    this.available = List.copyOf(available);
  }

  /**
   * Chooses a representation for a request whose {@code Accept} field lines are {@code
   * acceptFieldLines} (empty when the request has no {@code Accept}).
   */
  public Negotiation negotiate(List<String> acceptFieldLines) {
    List<Range> ranges = new ArrayList<>();
    for (String line : acceptFieldLines) {
      for (String element : line.split(",", -1)) {
        if (element.isBlank()) {
          continue;
        }
        try {
          ranges.add(parseRange(element.strip()));
        } catch (IllegalArgumentException e) {
          return new Negotiation.BadRequest(
              "Accept element \"" + element.strip() + "\": " + e.getMessage());
        }
      }
    }
    if (ranges.isEmpty()) {
      return new Negotiation.Chosen(available.get(0));
    }
    MediaType best = null;
    int bestQuality = 0;
    for (MediaType type : available) {
      int quality = quality(type, ranges);
      // Strictly greater: on a tie the type the server listed first stays.
      if (quality > bestQuality) {
        best = type;
        bestQuality = quality;
      }
    }
    return best == null ? new Negotiation.NotAcceptable() : new Negotiation.Chosen(best);
  }

  /** The weight of the most specific range matching {@code type}; 0 when none does. */
  private static int quality(MediaType type, List<Range> ranges) {
    Range mostSpecific = null;
    for (Range range : ranges) {
      if (range.matches(type) && mostSpecific == null) {
        mostSpecific = range;
      }
    }
    return mostSpecific == null ? 0 : mostSpecific.weight();
  }

  private static Range parseRange(String element) {
    String[] parts = element.split(";", -1);
    StringBuilder mediaRange = new StringBuilder(parts[0]);
    int weight = 1000;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        weight = weight(parameter.substring(2));
        break; // the weight ends the media range's parameters
      }
      mediaRange.append(';').append(parameter);
    }
    return new Range(MediaType.parse(mediaRange.toString()), weight);
  }

  /** A qvalue in thousandths: "0.5" is 500, "1" is 1000 (RFC 9110 section 12.4.2). */
  private static int weight(String qvalue) {
    if (!QVALUE.matcher(qvalue).matches()) {
      throw new IllegalArgumentException(
          "q="
              + qvalue
              + " is not a qvalue: 0 to 1 with at most three decimals (RFC 9110 section 12.4.2)");
    }
    return new BigDecimal(qvalue).movePointRight(3).intValueExact();
  }
}
