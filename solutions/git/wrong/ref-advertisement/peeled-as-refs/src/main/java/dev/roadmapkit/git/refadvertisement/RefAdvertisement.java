package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reference solution. The key idea: the advertisement is a flat list of lines whose meaning depends
 * on position: the first one carries the capabilities after a NUL, a {@code ^{}} line belongs to
 * the line before it, and the flush-pkt ends the list, so the parser keeps only "is this the first
 * line" and "the last ref" as state and reads not a byte past the flush. The trade-off: it is
 * strict (a malformed line fails the whole advertisement), as a client should be when it is about
 * to ask for objects by these ids.
 */
public final class RefAdvertisement {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{40}");
  private static final String ZERO_ID = "0".repeat(40);
  private static final String PEELED = "^{}";
  private static final String CAPABILITIES_ONLY = "capabilities^{}";

  private RefAdvertisement() {}

  public static Advertisement parse(InputStream in) throws IOException {
    List<Ref> refs = new ArrayList<>();
    List<String> capabilities = new ArrayList<>();
    Map<String, String> symrefs = new LinkedHashMap<>();
    boolean first = true;
    while (true) {
      PktLine line =
          PktLines.read(in)
              .orElseThrow(
                  () ->
                      new PktLineException(
                          PktLineException.Reason.TRUNCATED,
                          "the advertisement ended without its flush-pkt"));
      if (!(line instanceof PktLine.Data data)) {
        return new Advertisement(refs, capabilities, symrefs);
      }
      String text = data.text();
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      if (first) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
          capabilities.addAll(
              Arrays.stream(text.substring(nul + 1).split(" ")).filter(c -> !c.isEmpty()).toList());
          text = text.substring(0, nul);
        }
        for (String capability : capabilities) {
          if (capability.startsWith("symref=")) {
            String[] fromTo = capability.substring("symref=".length()).split(":", 2);
            if (fromTo.length == 2) {
              symrefs.put(fromTo[0], fromTo[1]);
            }
          }
        }
      }
      if (text.length() < 42
          || text.charAt(40) != ' '
          || !ID.matcher(text.substring(0, 40)).matches()) {
        throw new AdvertisementException(
            "an advertised ref is '<40 lowercase hex> <name>', not '" + text + "'");
      }
      String id = text.substring(0, 40);
      String name = text.substring(41);
      if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ')) {
        throw new AdvertisementException(
            "a ref name is not empty and has no space, NUL or newline: '" + text + "'");
      }
      if (first && name.equals(CAPABILITIES_ONLY)) {
        if (!id.equals(ZERO_ID)) {
          throw new AdvertisementException("capabilities^{} comes with the zero id, not " + id);
        }
      } else {
        refs.add(new Ref(name, id));
      }
      first = false;
    }
  }
}
