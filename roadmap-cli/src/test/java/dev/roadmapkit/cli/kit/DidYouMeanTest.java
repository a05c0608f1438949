package dev.roadmapkit.cli.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Did you mean")
class DidYouMeanTest {

  private static final List<String> IDS =
      List.of("caching/lru-cache", "caching/ttl-cache", "databases/sql-queries", "http");

  @ParameterizedTest(name = "''{0}'' suggests ''{1}''")
  @CsvSource({
    "caching/lru-cach, caching/lru-cache",
    "caching/lur-cache, caching/lru-cache",
    "CACHING/TTL-CACHE, caching/ttl-cache",
    "databases/sql-query, databases/sql-queries",
    "htpp, http",
    "sql-queries, databases/sql-queries"
  })
  @DisplayName("a typo, a swap, a case difference or a part suggests the closest id")
  void suggests(String typed, String expected) {
    assertThat(DidYouMean.closest(typed, IDS)).contains(expected);
  }

  @Test
  @DisplayName("something unlike every id suggests nothing")
  void nothingClose() {
    assertThat(DidYouMean.closest("kubernetes", IDS)).isEmpty();
  }

  @Test
  @DisplayName("a part that several ids contain suggests nothing")
  void ambiguousPart() {
    assertThat(DidYouMean.closest("-cache", IDS)).isEmpty();
  }
}
