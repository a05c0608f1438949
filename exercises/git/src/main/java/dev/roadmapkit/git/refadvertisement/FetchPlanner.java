package dev.roadmapkit.git.refadvertisement;

import java.util.Collection;
import java.util.List;

/**
 * Exercise {@code git/ref-advertisement}, part 3: after the advertisement, decide what to fetch.
 *
 * <p>A refspec's source side says which advertised refs the client wants: an exact name ({@code
 * refs/heads/main}, {@code HEAD}) or a pattern with one {@code *}, which matches any run of
 * characters, slashes included ({@code refs/heads/*} matches {@code refs/heads/feature/login}). A
 * refspec may be written whole, {@code +refs/heads/*:refs/remotes/origin/*}: the optional leading
 * {@code +} and everything from the {@code :} on are not about what the server has, ignore them.
 */
public final class FetchPlanner {

  private FetchPlanner() {}

  /**
   * The wants and haves of a fetch.
   *
   * <ul>
   *   <li>wants: the ids of the advertised refs that match a refspec, in the order the refs were
   *       advertised, each id once, leaving out every id the client already has. A matched
   *       annotated tag is wanted by its own id (the tag object), not its peeled one;
   *   <li>haves: what the client has, in the order given, each id once; none when nothing is wanted
   *       (the client is up to date and says so with a flush-pkt alone).
   * </ul>
   *
   * @param advertisement what the server advertised
   * @param refspecs the refspecs to fetch, for example {@code refs/heads/*}
   * @param clientHas the object ids the client has, newest first
   * @throws IllegalArgumentException if a refspec's source has more than one {@code *} or is empty
   */
  public static FetchRequest plan(
      Advertisement advertisement, List<String> refspecs, Collection<String> clientHas) {
    throw new UnsupportedOperationException(
        "TODO git/ref-advertisement: match the refs against the refspecs; want what the client"
            + " lacks, once; have what it has");
  }
}
