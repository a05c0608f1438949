package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;
import java.io.InputStream;

/**
 * Exercise {@code git/ref-advertisement}, part 2: the ref advertisement of protocol v0, what {@code
 * git upload-pack --advertise-refs} writes (and a server sends first when a fetch begins).
 *
 * <p>It is a list of pkt-lines ended by a flush-pkt. Each line is {@code <40-hex id> SP <ref
 * name>}, usually followed by {@code \n} (strip it). The first line also carries the server's
 * capabilities: after the name comes a NUL byte and the capabilities separated by spaces, for
 * example {@code ...HEAD\0multi_ack thin-pack ... symref=HEAD:refs/heads/main agent=git/2.39.5}.
 * The name ends at the NUL.
 *
 * <ul>
 *   <li>An annotated tag is followed by its <em>peeled</em> value, a line {@code <commit id> <tag
 *       name>^{}}: that is not a ref of its own but the {@link Ref#peeled()} of the tag line just
 *       before it (a {@code ^{}} line after another name is an {@link AdvertisementException}).
 *   <li>A repository without refs sends either nothing but the flush-pkt (git 2.39's upload-pack)
 *       or a single line with the zero id {@code 0000000000000000000000000000000000000000} and the
 *       name {@code capabilities^{}}, which only carries the capabilities (receive-pack, and
 *       upload-pack from git 2.41): no ref either way.
 *   <li>{@code symref=<from>:<to>} capabilities also go into {@link Advertisement#symrefs()}.
 * </ul>
 *
 * <p>Read exactly up to the flush-pkt and not a byte further: what follows belongs to the rest of
 * the conversation. A stream that ends before the flush-pkt is {@link
 * PktLineException.Reason#TRUNCATED}; a line that is not {@code <40 lowercase hex> SP <name>} is an
 * {@link AdvertisementException}.
 */
public final class RefAdvertisement {

  private RefAdvertisement() {}

  /**
   * Reads an advertisement up to and including its flush-pkt.
   *
   * @throws PktLineException if the framing is broken or the stream ends before the flush-pkt
   * @throws AdvertisementException if a line is not a ref line
   */
  public static Advertisement parse(InputStream in) throws IOException {
    throw new UnsupportedOperationException(
        "TODO git/ref-advertisement: read pkt-lines up to the flush; id, name, capabilities after"
            + " the NUL, ^{} lines as peeled ids");
  }
}
