package dev.roadmapkit.git.objectids;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A git object id: 20 bytes (a SHA-1), written as 40 lowercase hex digits. Given: do not change.
 *
 * @param hex the 40 lowercase hex digits, as {@code git rev-parse} prints them
 */
public record ObjectId(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}");

  /** The number of raw bytes of an id. */
  public static final int RAW_LENGTH = 20;

  public ObjectId {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "an object id is 40 lowercase hex digits, not '" + hex + "'");
    }
  }

  /** The id made of 20 raw bytes, for example a SHA-1 digest. */
  public static ObjectId fromRaw(byte[] raw) {
    if (raw.length != RAW_LENGTH) {
      throw new IllegalArgumentException(
          "an object id is " + RAW_LENGTH + " raw bytes, not " + raw.length);
    }
    return new ObjectId(HexFormat.of().formatHex(raw));
  }

  /** The id as 20 raw bytes (a fresh array each call), the way a tree stores it. */
  public byte[] raw() {
    return HexFormat.of().parseHex(hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
