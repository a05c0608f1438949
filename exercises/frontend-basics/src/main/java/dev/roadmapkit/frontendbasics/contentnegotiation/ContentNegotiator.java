package dev.roadmapkit.frontendbasics.contentnegotiation;

import java.util.List;

/**
 * Exercise {@code frontend-basics/content-negotiation}: proactive negotiation with {@code Accept}
 * (RFC 9110 section 12.5.1). The same resource can be sent as JSON, HTML, CSV...; the client says
 * what it takes, the server picks the best it has, or answers 406.
 *
 * <p><b>Reading {@code Accept}.</b> The header may come as several field lines; together they are
 * one comma-separated list (RFC 9110 section 5.3). Empty elements are skipped (section 5.6.1). Each
 * element is a media range ({@code type/subtype}, {@code type/*} or {@code *}{@code /*}) with
 * optional parameters, then an optional weight {@code ;q=qvalue}: the {@code q} parameter (its name
 * in any case) is the weight, not a media-type parameter, and ends the element's parameters
 * (anything after it is ignored). No weight means {@code q=1}. A qvalue (section 12.4.2) is {@code
 * 0} to {@code 1} with at most three decimals: {@code 0}, {@code 0.5}, {@code 0.001}, {@code 1},
 * {@code 1.000} are qvalues; {@code 1.5}, {@code 0.0001}, {@code .5}, {@code -1}, {@code abc} are
 * not. {@link MediaType#parse} parses a media range with its parameters once you have cut the
 * weight off.
 *
 * <p><b>Malformed headers.</b> This negotiator is strict: an element that is not a media range
 * ({@code text}, {@code *}{@code /json}, a parameter without {@code =}) or a weight that is not a
 * qvalue makes the whole request a {@link Negotiation.BadRequest} (400) whose reason quotes the bad
 * element. Guessing what a broken header meant hides the client's bug; a 400 shows it.
 *
 * <p><b>Matching and precedence.</b> A media range matches a media type when its type is {@code *}
 * or equal, its subtype is {@code *} or equal, and every parameter of the range is a parameter of
 * the type with the same value ({@code text/plain} matches {@code text/plain;format=flowed}, but
 * {@code text/plain;format=fixed} does not). The quality of an available type is the weight of the
 * MOST SPECIFIC range that matches it, not of the first or the highest: {@code type/subtype} beats
 * {@code type/*} beats {@code *}{@code /*}, and among ranges of the same kind more parameters beat
 * fewer; between equally specific matching ranges the first in the header counts. A type that no
 * range matches has quality 0. Quality 0 means "not acceptable", never "least preferred".
 *
 * <p><b>The choice.</b> The available type with the highest quality above 0; between equal
 * qualities, the one the server lists first (its order of preference), whatever the order of the
 * header. No {@code Accept} at all (no field lines, or only empty elements) means any type is
 * acceptable: the server's first. If every available type has quality 0: {@link
 * Negotiation.NotAcceptable} (406, section 15.5.7).
 */
public final class ContentNegotiator {

  private final List<MediaType> available;

  /**
   * A negotiator for the representations the server has, best first.
   *
   * @throws IllegalArgumentException when {@code available} is empty or contains a media range
   *     ({@code *} as type or subtype): a representation has a concrete type
   */
  public ContentNegotiator(List<MediaType> available) {
    this.available = List.copyOf(available);
  }

  /**
   * Chooses a representation for a request whose {@code Accept} field lines are {@code
   * acceptFieldLines} (empty when the request has no {@code Accept}).
   */
  public Negotiation negotiate(List<String> acceptFieldLines) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/content-negotiation: parse ranges and weights, take each type's"
            + " most specific matching range, pick the best quality above 0");
  }
}
