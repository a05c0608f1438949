package dev.roadmapkit.git.refadvertisement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a server advertised. Given: do not change.
 *
 * @param refs the refs in the order they were sent ({@code HEAD} first when it is sent), each
 *     annotated tag with its peeled id; no {@code ^{}} entries of their own
 * @param capabilities the capabilities from the first line, in the order sent, for example {@code
 *     multi_ack}, {@code side-band-64k}, {@code symref=HEAD:refs/heads/main}, {@code
 *     agent=git/2.39.5}
 * @param symrefs from every {@code symref=<from>:<to>} capability: the ref {@code from} is a
 *     symbolic ref to {@code to}, for example {@code HEAD} to {@code refs/heads/main}
 */
public record Advertisement(
    List<Ref> refs, List<String> capabilities, Map<String, String> symrefs) {

  public Advertisement {
    refs = List.copyOf(refs);
    capabilities = List.copyOf(capabilities);
    symrefs = Map.copyOf(symrefs);
  }

  /** The ref of that name, if it was advertised. */
  public Optional<Ref> ref(String name) {
    return refs.stream().filter(ref -> ref.name().equals(name)).findFirst();
  }
}
