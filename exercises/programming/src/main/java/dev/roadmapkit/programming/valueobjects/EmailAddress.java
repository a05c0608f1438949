package dev.roadmapkit.programming.valueobjects;

/**
 * Exercise {@code programming/value-objects}, part 2: a value whose equality is not the equality of
 * its text.
 *
 * <p>An address is {@code local-part@domain}. Domain names are case-insensitive, so {@code
 * ada@Example.ORG} and {@code ada@example.org} are the same address; the local part belongs to the
 * receiving server, which may tell {@code Ada} from {@code ada} (RFC 5321 section 2.4), so it is
 * compared exactly. {@link #toString} keeps the text as it was given.
 *
 * <p>Because equality ignores the domain's case, {@link #hashCode} must too: equal objects must
 * have equal hash codes, or a {@code HashSet} holds both spellings and {@code contains} misses. The
 * tests check the whole {@link Object#equals} contract with generated addresses: reflexive,
 * symmetric, transitive, consistent with {@code hashCode}, false for {@code null} and other types.
 * Compare lower case with {@link java.util.Locale#ROOT}.
 */
public final class EmailAddress {

  private EmailAddress() {
    // TODO programming/value-objects: keep the local part and the domain as given
  }

  /**
   * Parses {@code text} as {@code local-part@domain}: exactly one {@code @}, with text on both
   * sides.
   *
   * @throws IllegalArgumentException when it is not of that form, naming the text
   */
  public static EmailAddress parse(String text) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: split at the only @, refuse anything else");
  }

  /** The part before the {@code @}, as given. */
  public String localPart() {
    throw new UnsupportedOperationException("TODO programming/value-objects: the local part");
  }

  /** The part after the {@code @}, as given. */
  public String domain() {
    throw new UnsupportedOperationException("TODO programming/value-objects: the domain");
  }

  /** Equal local parts (exactly) and equal domains (ignoring case). */
  @Override
  public boolean equals(Object other) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: another EmailAddress, same local part, same lower-case"
            + " domain");
  }

  /** Consistent with {@link #equals}: over the local part and the lower-case domain. */
  @Override
  public int hashCode() {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: Objects.hash over what equals compares");
  }

  /** The address as given, {@code local-part@domain}. */
  @Override
  public String toString() {
    throw new UnsupportedOperationException("TODO programming/value-objects: local@domain");
  }
}
