package dev.roadmapkit.git.refadvertisement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reference solution. The key idea: a fetch names objects, not refs, so the refs matched by the
 * refspecs are turned into ids, ids the client has are dropped, and insertion-ordered sets keep
 * every id once in the order the server advertised them. The trade-off: all haves are sent at once,
 * where git sends them in rounds of 32 and stops when the server has found a common commit; the
 * answer is the same, the conversation longer on a big history.
 */
public final class FetchPlanner {

  private FetchPlanner() {}

  public static FetchRequest plan(
      Advertisement advertisement, List<String> refspecs, Collection<String> clientHas) {
    List<String> sources = new ArrayList<>();
    for (String refspec : refspecs) {
      String source = refspec.startsWith("+") ? refspec.substring(1) : refspec;
      int colon = source.indexOf(':');
      if (colon >= 0) {
        source = source.substring(0, colon);
      }
      if (source.isEmpty() || source.indexOf('*') != source.lastIndexOf('*')) {
        throw new IllegalArgumentException(
            "a refspec's source is a ref name with at most one '*': '" + refspec + "'");
      }
      sources.add(source);
    }
    Set<String> has = new HashSet<>(clientHas);
    Set<String> wants = new LinkedHashSet<>();
    for (Ref ref : advertisement.refs()) {
      if (!has.contains(ref.id()) && sources.stream().anyMatch(s -> matches(s, ref.name()))) {
        wants.add(ref.id());
      }
    }
    List<String> haves = wants.isEmpty() ? List.of() : List.copyOf(new LinkedHashSet<>(clientHas));
    return new FetchRequest(List.copyOf(wants), haves);
  }

  private static boolean matches(String source, String name) {
    int star = source.indexOf('*');
    if (star < 0) {
      return source.equals(name);
    }
    String prefix = source.substring(0, star);
    String suffix = source.substring(star + 1);
    return name.length() >= prefix.length() + suffix.length()
        && name.startsWith(prefix)
        && name.substring(prefix.length(), name.length() - suffix.length()).indexOf('/') < 0
        && name.endsWith(suffix);
  }
}
