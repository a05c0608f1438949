package dev.roadmapkit.git.refadvertisement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("git/ref-advertisement: FetchPlanner")
class FetchPlannerTest {

  private static String id(char c) {
    return String.valueOf(c).repeat(40);
  }

  private static final String C1 = id('1');
  private static final String C2 = id('2');
  private static final String C3 = id('3');
  private static final String C4 = id('4');
  private static final String C5 = id('5');
  private static final String TAG = id('a');

  /** HEAD and main on C1, topic C2, feature/login C3, an annotated tag v1 of C1, a light v2. */
  private static final Advertisement SERVER =
      new Advertisement(
          List.of(
              new Ref("HEAD", C1),
              new Ref("refs/heads/feature/login", C3),
              new Ref("refs/heads/main", C1),
              new Ref("refs/heads/main-old", C5),
              new Ref("refs/heads/topic", C2),
              new Ref("refs/heads/x", C4),
              new Ref("refs/pull/7/head", C4),
              new Ref("refs/tags/v1", TAG, Optional.of(C1)),
              new Ref("refs/tags/v2", C2)),
          List.of("multi_ack", "symref=HEAD:refs/heads/main"),
          Map.of("HEAD", "refs/heads/main"));

  @Test
  @DisplayName(
      "plan wants every branch the client lacks, in the advertised order, slashes included")
  void branches() {
    FetchRequest request = FetchPlanner.plan(SERVER, List.of("refs/heads/*"), List.of(C1));
    assertThat(request.wants())
        .as(
            "refs/heads/* matches feature/login (C3), main (C1), main-old (C5), topic (C2) and x"
                + " (C4); the client has C1, so it wants C3, C5, C2, C4 in the order advertised")
        .containsExactly(C3, C5, C2, C4);
    assertThat(request.haves()).as("haves: what the client has").containsExactly(C1);
  }

  @Test
  @DisplayName("plan wants each id once, however many matched refs point to it")
  void noDuplicateWants() {
    FetchRequest request =
        FetchPlanner.plan(
            SERVER,
            List.of("HEAD", "refs/heads/main", "refs/pull/*/head", "refs/heads/x"),
            List.of());
    assertThat(request.wants())
        .as("HEAD and main are both C1, pull/7/head and x both C4: want C1 and C4, once each")
        .containsExactly(C1, C4);
    assertThat(request.upToDate()).as("something to fetch").isFalse();
  }

  @Test
  @DisplayName(
      "plan wants an annotated tag by the tag's own id, even when the client has its commit")
  void tags() {
    FetchRequest request = FetchPlanner.plan(SERVER, List.of("refs/tags/*"), List.of(C1, C2));
    assertThat(request.wants())
        .as(
            "refs/tags/v1 is the tag object %s (peeled: C1, which the client has); v2 is C2, which"
                + " it has too: want the tag object only",
            TAG)
        .containsExactly(TAG);
  }

  @Test
  @DisplayName(
      "plan matches an exact refspec exactly, and reads '+src:dst' refspecs by their source")
  void exactRefspecs() {
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/heads/main"), List.of()).wants())
        .as("refs/heads/main: not refs/heads/main-old")
        .containsExactly(C1);
    assertThat(
            FetchPlanner.plan(
                    SERVER, List.of("+refs/heads/topic:refs/remotes/origin/topic"), List.of())
                .wants())
        .as("+refs/heads/topic:refs/remotes/origin/topic fetches refs/heads/topic")
        .containsExactly(C2);
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/heads/ma"), List.of()).wants())
        .as("refs/heads/ma is not a prefix pattern: it names no advertised ref")
        .isEmpty();
  }

  @Test
  @DisplayName("plan matches a '*' in the middle by prefix and suffix, which must not overlap")
  void patternsWithSuffix() {
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/heads/*-old"), List.of()).wants())
        .as("refs/heads/*-old matches main-old only")
        .containsExactly(C5);
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/heads/x*x"), List.of()).wants())
        .as("refs/heads/x*x needs 'refs/heads/x', something, 'x': refs/heads/x is too short")
        .isEmpty();
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/*:refs/mirror/*"), List.of()).wants())
        .as("refs/* matches every ref under refs/, not HEAD")
        .containsExactly(C3, C1, C5, C2, C4, TAG);
    assertThat(FetchPlanner.plan(SERVER, List.of("refs/heads/main*"), List.of()).wants())
        .as("refs/heads/main* matches main (the * matching nothing) and main-old")
        .containsExactly(C1, C5);
    assertThat(FetchPlanner.plan(SERVER, List.of("*"), List.of(C1, C2, C3, C4)).wants())
        .as("a lone * matches every ref, HEAD included")
        .containsExactly(C5, TAG);
  }

  @Test
  @DisplayName("plan of a client that has everything wants nothing and sends no haves")
  void upToDate() {
    FetchRequest request =
        FetchPlanner.plan(SERVER, List.of("refs/heads/*"), List.of(C5, C4, C3, C2, C1));
    assertThat(request.wants()).as("every branch's id is already on the client").isEmpty();
    assertThat(request.haves())
        .as("nothing wanted: no negotiation, so no have lines (a flush-pkt alone)")
        .isEmpty();
    assertThat(request.upToDate()).as("up to date").isTrue();
  }

  @Test
  @DisplayName("plan sends each have once, in the client's order")
  void haves() {
    FetchRequest request =
        FetchPlanner.plan(SERVER, List.of("refs/heads/topic"), List.of(C5, C1, C5, C3));
    assertThat(request.haves())
        .as("haves of the client [C5, C1, C5, C3]")
        .containsExactly(C5, C1, C3);
  }

  @Test
  @DisplayName("plan refuses a refspec with two '*' or an empty source")
  void badRefspecs() {
    for (String refspec : List.of("refs/*/*", "", "+:refs/x", ":refs/heads/gone")) {
      assertThatThrownBy(() -> FetchPlanner.plan(SERVER, List.of(refspec), List.of()))
          .as("the refspec '%s'", refspec)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @DisplayName("plan of a real advertisement: the tags and branches a clone with one commit lacks")
  void realAdvertisement() throws IOException {
    Advertisement advertisement =
        RefAdvertisement.parse(
            new ByteArrayInputStream(RefAdvertisementTest.resource("branches-and-tags.adv")));
    List<Ref> refs =
        RefAdvertisementTest.showRef(
            new String(
                RefAdvertisementTest.resource("branches-and-tags.show-ref"),
                StandardCharsets.UTF_8));
    String main =
        refs.stream()
            .filter(r -> r.name().equals("refs/heads/main"))
            .findFirst()
            .orElseThrow()
            .id();
    FetchRequest request =
        FetchPlanner.plan(
            advertisement,
            List.of("+refs/heads/*:refs/remotes/origin/*", "refs/tags/*"),
            Set.of(main));
    List<String> expected =
        refs.stream()
            .filter(r -> r.name().startsWith("refs/"))
            .map(Ref::id)
            .filter(id -> !id.equals(main))
            .distinct()
            .toList();
    assertThat(request.wants())
        .as(
            "the branches and tags of branches-and-tags (git show-ref: %s) except main's commit,"
                + " which the client has; the two annotated tags by their tag objects",
            refs)
        .containsExactlyElementsOf(expected)
        .hasSize(4);
    assertThat(request.haves()).as("haves").containsExactly(main);
  }
}
