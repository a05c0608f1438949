package dev.roadmapkit.authentication.opaquetokens;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where issued tokens are remembered, keyed by the <em>hash</em> of the token. Given, complete: a
 * real service would keep this table in a database.
 */
public final class TokenStore {

  private final Map<String, StoredToken> byHash = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public TokenStore() {}

  /** Remembers {@code token} under {@code tokenHash}, replacing what was there. */
  public void put(String tokenHash, StoredToken token) {
    byHash.put(tokenHash, token);
  }

  /** What is remembered under {@code tokenHash}. */
  public Optional<StoredToken> get(String tokenHash) {
    return Optional.ofNullable(byHash.get(tokenHash));
  }

  /** A copy of everything stored, as an attacker who stole the table would see it. */
  public Map<String, StoredToken> contents() {
    return Map.copyOf(byHash);
  }
}
