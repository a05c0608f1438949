package dev.roadmapkit.git.refadvertisement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("git/ref-advertisement: RefAdvertisement")
class RefAdvertisementTest {

  private static final String FOLDER = "/dev/roadmapkit/git/refadvertisement/";
  private static final String ID1 = "7cafedbc150e8933951621e92b221a85d56814cb";
  private static final String ID2 = "61f7d1c148cd08564651b9284ae98cf6ccd5f4c7";

  static byte[] resource(String name) {
    try (InputStream in = RefAdvertisementTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The refs as git show-ref --head -d lists them: a "<tag>^{}" line peels the tag before it. */
  static List<Ref> showRef(String output) {
    List<Ref> refs = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String id = line.substring(0, 40);
      String name = line.substring(41);
      if (name.endsWith("^{}")) {
        Ref tag = refs.remove(refs.size() - 1);
        refs.add(new Ref(tag.name(), tag.id(), Optional.of(id)));
      } else {
        refs.add(new Ref(name, id));
      }
    }
    return refs;
  }

  private static Advertisement parse(byte[] wire) throws IOException {
    return RefAdvertisement.parse(new ByteArrayInputStream(wire));
  }

  private static byte[] wire(String... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      out.writeBytes(line == null ? PktLines.flush() : PktLines.encode(line));
    }
    return out.toByteArray();
  }

  private static String shown(byte[] wire) {
    return new String(wire, StandardCharsets.UTF_8).replace("\0", "\\0").replace("\n", "\\n");
  }

  @ParameterizedTest(name = "repository {0}")
  @ValueSource(strings = {"branches-and-tags", "detached-head", "unborn-head", "empty"})
  @DisplayName("parse gives the refs git show-ref --head -d lists, tags with their peeled ids")
  void realAdvertisements(String name) throws IOException {
    byte[] wire = resource(name + ".adv");
    List<Ref> expected = showRef(new String(resource(name + ".show-ref"), StandardCharsets.UTF_8));
    assertThat(parse(wire).refs())
        .as(
            "the refs of '%s' (upload-pack sent: %s); each ^{} line is the peeled id of the tag"
                + " before it, not a ref; the first name ends at the NUL",
            name, shown(wire))
        .containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("parse takes the capabilities from the first line, after the NUL, and the symrefs")
  void capabilities() throws IOException {
    Advertisement advertisement = parse(resource("branches-and-tags.adv"));
    assertThat(advertisement.refs().get(0).name())
        .as("the first ref's name ends at the NUL: the capabilities are not part of it")
        .isEqualTo("HEAD");
    assertThat(advertisement.capabilities())
        .as("the capabilities of git 2.39.5's upload-pack, in the order sent")
        .startsWith("multi_ack", "thin-pack", "side-band", "side-band-64k")
        .contains("symref=HEAD:refs/heads/main", "ofs-delta")
        .endsWith("object-format=sha1", "agent=git/2.39.5")
        .hasSize(16);
    assertThat(advertisement.symrefs())
        .as("symref=HEAD:refs/heads/main says HEAD is refs/heads/main")
        .isEqualTo(Map.of("HEAD", "refs/heads/main"));
  }

  @Test
  @DisplayName("parse of a detached HEAD has no symref, and of an unborn HEAD no HEAD at all")
  void headStates() throws IOException {
    Advertisement detached = parse(resource("detached-head.adv"));
    assertThat(detached.symrefs()).as("a detached HEAD is not a symbolic ref").isEmpty();
    assertThat(detached.capabilities()).as("its capabilities").contains("include-tag");
    Advertisement unborn = parse(resource("unborn-head.adv"));
    assertThat(unborn.refs().get(0).name())
        .as("HEAD names a branch with no commit: refs/heads/other is first and carries the NUL")
        .isEqualTo("refs/heads/other");
    assertThat(unborn.capabilities()).as("its capabilities").contains("multi_ack", "no-done");
  }

  @Test
  @DisplayName("parse of an empty repository: no refs, from a lone flush or from capabilities^{}")
  void emptyRepositories() throws IOException {
    Advertisement flushOnly = parse(resource("empty.adv"));
    assertThat(flushOnly.refs())
        .as("git 2.39.5's upload-pack of an empty repository: 0000")
        .isEmpty();
    assertThat(flushOnly.capabilities()).as("its capabilities: none were sent").isEmpty();
    Advertisement placeholder = parse(resource("empty-receive-pack.adv"));
    assertThat(placeholder.refs())
        .as("'<zero id> capabilities^{}' only carries the capabilities, it is not a ref")
        .isEmpty();
    assertThat(placeholder.capabilities())
        .as("the capabilities of the capabilities^{} line")
        .startsWith("report-status", "report-status-v2")
        .contains("agent=git/2.39.5");
  }

  @Test
  @DisplayName("parse reads up to the flush-pkt and leaves what follows in the stream")
  void stopsAtFlush() throws IOException {
    byte[] advertisement = resource("detached-head.adv");
    byte[] rest = PktLines.encode("done\n");
    byte[] both = Arrays.copyOf(advertisement, advertisement.length + rest.length);
    System.arraycopy(rest, 0, both, advertisement.length, rest.length);
    InputStream in = new ByteArrayInputStream(both);
    assertThat(RefAdvertisement.parse(in).refs()).as("the refs of detached-head").hasSize(2);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
        .as("the bytes after the flush-pkt 0000 belong to what comes next: not one may be read")
        .isEqualTo("0009done\n");
  }

  @Test
  @DisplayName("parse reports an advertisement that ends before its flush-pkt as TRUNCATED")
  void truncated() {
    byte[] full = resource("branches-and-tags.adv");
    for (int cut : new int[] {full.length - 4, full.length - 30, 2}) {
      byte[] part = Arrays.copyOf(full, cut);
      assertThatThrownBy(() -> parse(part))
          .as("the advertisement cut after %d of its %d bytes", cut, full.length)
          .isInstanceOfSatisfying(
              PktLineException.class,
              e ->
                  assertThat(e.reason())
                      .as("the reason")
                      .isEqualTo(PktLineException.Reason.TRUNCATED));
    }
  }

  @Test
  @DisplayName("parse accepts lines without the final newline and keeps tags apart from their ^{}")
  void linesWithoutNewline() throws IOException {
    Advertisement advertisement =
        parse(
            wire(
                ID1 + " refs/heads/main\0agent=x  symref=HEAD:refs/heads/main symref=broken",
                ID1 + " x",
                ID2 + " refs/tags/v1",
                ID1 + " refs/tags/v1^{}",
                ID2 + " refs/tags/v2\n",
                null));
    assertThat(advertisement.refs())
        .as("the refs of lines without \\n (the protocol makes the LF optional)")
        .containsExactly(
            new Ref("refs/heads/main", ID1),
            new Ref("x", ID1),
            new Ref("refs/tags/v1", ID2, Optional.of(ID1)),
            new Ref("refs/tags/v2", ID2));
    assertThat(advertisement.capabilities())
        .as(
            "capabilities 'agent=x  symref=HEAD:refs/heads/main symref=broken' (two spaces: no empty one)")
        .containsExactly("agent=x", "symref=HEAD:refs/heads/main", "symref=broken");
    assertThat(advertisement.symrefs())
        .as("the symrefs: 'symref=broken' has no ':' and names none")
        .isEqualTo(Map.of("HEAD", "refs/heads/main"));
    assertThat(
            parse(wire(ID2 + " refs/tags/v1\0agent=x\n", ID1 + " refs/tags/v1^{}\n", null)).refs())
        .as("a tag on the first line, peeled on the second")
        .containsExactly(new Ref("refs/tags/v1", ID2, Optional.of(ID1)));
  }

  @Test
  @DisplayName("parse refuses lines that are not '<40 hex> <name>'")
  void malformedLines() {
    String[][] cases = {
      {"0123 refs/heads/main\n", "a short id"},
      {ID1.toUpperCase() + " refs/heads/main\n", "uppercase hex in the id"},
      {ID1 + "_refs/heads/main\n", "no space after the id"},
      {ID1 + " \n", "no name"},
      {ID1 + " refs/heads/a b\n", "a space in the name"},
      {ID1 + "\n", "an id alone"},
      {"\n", "an empty line"},
      {ID1.substring(0, 39) + "g refs/heads/main\n", "a 'g' in the id"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> parse(wire(c[0], null)))
          .as("the line '%s' (%s)", c[0].replace("\n", "\\n"), c[1])
          .isInstanceOf(AdvertisementException.class);
    }
  }

  @Test
  @DisplayName(
      "parse refuses a ^{} line that does not follow its tag, and a capabilities^{} with an id")
  void misplacedLines() {
    assertThatThrownBy(() -> parse(wire(ID1 + " refs/tags/v1^{}\0agent=x\n", null)))
        .as("a peeled line first: there is no tag before it")
        .isInstanceOf(AdvertisementException.class);
    assertThatThrownBy(
            () -> parse(wire(ID1 + " refs/tags/v1\0agent=x\n", ID2 + " refs/tags/v2^{}\n", null)))
        .as("v2^{} after the line of v1")
        .isInstanceOf(AdvertisementException.class);
    assertThatThrownBy(
            () ->
                parse(
                    wire(
                        ID1 + " refs/tags/v1\0agent=x\n",
                        ID2 + " refs/tags/v1^{}\n",
                        ID2 + " refs/tags/v1^{}\n",
                        null)))
        .as("a second v1^{}: a tag peels to one id")
        .isInstanceOf(AdvertisementException.class);
    assertThatThrownBy(() -> parse(wire(ID1 + " capabilities^{}\0agent=x\n", null)))
        .as("capabilities^{} comes with the zero id only")
        .isInstanceOf(AdvertisementException.class);
    assertThatThrownBy(
            () ->
                parse(
                    wire(ID1 + " refs/heads/a\0agent=x\n", ID2 + " refs/heads/b\0agent=y\n", null)))
        .as("a NUL in a later line: only the first line carries capabilities")
        .isInstanceOf(AdvertisementException.class);
  }
}
