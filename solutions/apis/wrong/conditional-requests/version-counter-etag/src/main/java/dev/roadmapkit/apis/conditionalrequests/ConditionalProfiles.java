package dev.roadmapkit.apis.conditionalrequests;

// Key idea: the ETag is a pure function of the bytes a client sees, so "the client saw the current
// version" is "its tag equals the hash of what is stored now". The PUT then writes with the
// store's compare-and-set on those very bytes, so the check and the write are one atomic step and
// a concurrent writer makes it fail (412) instead of being overwritten. Trade-off: hashing every
// representation on each request costs CPU; a stored version would be cheaper but must change
// whenever the content does.

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resource {@code /profiles/{id}} with conditional requests (RFC 9110 section 13). */
public final class ConditionalProfiles {

  private final ProfileStore store;
  private final java.util.concurrent.ConcurrentHashMap<String, Long> versions =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The resource over {@code store}. */
  public ConditionalProfiles(ProfileStore store) {
    this.store = store;
  }

  /** The strong ETag of {@code body}: its SHA-256 in lowercase hex, in double quotes. */
  public static String etagOf(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(hash) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** {@code GET /profiles/{id}}: 200, 304 (If-None-Match matched, weak comparison) or 404. */
  public Reply get(String id, Optional<String> ifNoneMatch) {
    Optional<byte[]> current = store.get(id);
    if (current.isEmpty()) {
      return text(404, "no profile " + id);
    }
    byte[] body = current.get();
    String etag = version(id);
    if (ifNoneMatch.isPresent() && matches(ifNoneMatch.get(), etag, false)) {
      return Reply.withoutBody(304, Map.of("ETag", etag));
    }
    return new Reply(200, Map.of("ETag", etag, "Content-Type", "application/json"), body);
  }

  /** {@code PUT /profiles/{id}}: 200, 412 (If-Match failed, strong comparison) or 428. */
  public Reply put(String id, Optional<String> ifMatch, byte[] body) {
    if (ifMatch.isEmpty()) {
      return text(428, "send If-Match with the ETag you last saw: blind updates are refused");
    }
    Optional<byte[]> current = store.get(id);
    if (current.isEmpty()
        || !matches(ifMatch.get(), version(id), true)
        || !store.replace(id, current.get(), body)) {
      return text(412, "the profile is not the one you last saw: GET it again");
    }
    versions.merge(id, 1L, Long::sum);
    return new Reply(200, Map.of("ETag", version(id), "Content-Type", "application/json"), body);
  }

  private String version(String id) {
    return "\"v" + versions.getOrDefault(id, 0L) + "\"";
  }

  /** Whether the header ({@code *} or a list of entity tags) matches {@code etag}. */
  private static boolean matches(String header, String etag, boolean strong) {
    if (header.trim().equals("*")) {
      return true;
    }
    for (String tag : entityTags(header)) {
      boolean weak = tag.startsWith("W/");
      if (strong && weak) {
        continue;
      }
      if ((weak ? tag.substring(2) : tag).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /** The entity tags of a list, each as sent ({@code "x"} or {@code W/"x"}). */
  private static List<String> entityTags(String header) {
    List<String> tags = new ArrayList<>();
    for (String part : header.split(",")) {
      String tag = part.trim();
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static Reply text(int status, String message) {
    return new Reply(
        status,
        Map.of("Content-Type", "text/plain; charset=utf-8"),
        message.getBytes(StandardCharsets.UTF_8));
  }
}
