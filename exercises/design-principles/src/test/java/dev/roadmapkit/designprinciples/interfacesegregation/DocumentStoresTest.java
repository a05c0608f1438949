package dev.roadmapkit.designprinciples.interfacesegregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guard tests: what the stores and their clients do. They call only what each store supports, so
 * they pass before and after the split.
 */
@Tag("guard")
@DisplayName("design-principles/interface-segregation: stores and clients keep working (guard)")
class DocumentStoresTest {

  private static final String KEEP =
      "this guard passed before your change: splitting the interface must not change behaviour";
  private static final URI CDN = URI.create("https://cdn.example.com/docs/");

  @Test
  @DisplayName("the in-memory store reads, writes, replaces, deletes and lists, sorted")
  void inMemoryStore() {
    InMemoryStore store = new InMemoryStore();
    store.write("b.txt", "bee");
    store.write("a.txt", "ant");
    store.write("a.txt", "aardvark");
    store.write("c.txt", "cat");
    store.delete("c.txt");
    store.delete("never-written");

    assertThat(store.read("a.txt")).as(KEEP).contains("aardvark");
    assertThat(store.read("c.txt")).as(KEEP).isEmpty();
    assertThat(store.list()).as(KEEP).containsExactly("a.txt", "b.txt");
  }

  @Test
  @DisplayName("the archive reads and lists what it was given, sorted")
  void archive() {
    ReadOnlyArchive archive = new ReadOnlyArchive(Map.of("2025-q4", "report", "2025-q1", "plan"));

    assertThat(archive.read("2025-q4")).as(KEEP).contains("report");
    assertThat(archive.read("2026-q1")).as(KEEP).isEmpty();
    assertThat(archive.list()).as(KEEP).containsExactly("2025-q1", "2025-q4");
  }

  @Test
  @DisplayName("the archive lists sorted whatever order it was given the documents in")
  void archiveSortsWhatItWasGiven() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("2025-q4", "report");
    given.put("2025-q1", "plan");
    given.put("2025-q3", "review");

    assertThat(new ReadOnlyArchive(given).list())
        .as("%s: list() returns the ids sorted, not in the order they were handed over", KEEP)
        .containsExactly("2025-q1", "2025-q3", "2025-q4");
  }

  @Test
  @DisplayName("the CDN bucket reads, writes, deletes and publishes links under its base URL")
  void cdnBucket() {
    CdnBucket bucket = new CdnBucket(CDN);
    bucket.write("logo.svg", "<svg/>");
    bucket.write("old.svg", "<svg/>");
    bucket.delete("old.svg");

    assertThat(bucket.read("logo.svg")).as(KEEP).contains("<svg/>");
    assertThat(bucket.read("old.svg")).as(KEEP).isEmpty();
    assertThat(bucket.publicLink("logo.svg"))
        .as(KEEP)
        .isEqualTo(URI.create("https://cdn.example.com/docs/logo.svg"));
    assertThat(catchThrowable(() -> new CdnBucket(URI.create("https://cdn.example.com/docs"))))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://cdn.example.com/docs");
  }

  @Test
  @DisplayName("the viewer shows a document, or says that it does not exist")
  void viewer() {
    DocumentViewer viewer = new DocumentViewer(new ReadOnlyArchive(Map.of("memo", "hello")));

    assertThat(viewer.show("memo")).as(KEEP).isEqualTo("hello");
    assertThat(viewer.show("nope")).as(KEEP).isEqualTo("No document 'nope'");
  }

  @Test
  @DisplayName("the uploader stores and removes documents, and refuses bad ids")
  void uploader() {
    CdnBucket bucket = new CdnBucket(CDN);
    DocumentUploader uploader = new DocumentUploader(bucket);

    uploader.upload("report-2026.pdf", "%PDF");
    uploader.upload("draft", "x");
    uploader.remove("draft");

    assertThat(bucket.read("report-2026.pdf")).as(KEEP).contains("%PDF");
    assertThat(bucket.read("draft")).as(KEEP).isEmpty();
    assertThat(catchThrowable(() -> uploader.upload("../etc/passwd", "x")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../etc/passwd'");
  }

  @Test
  @DisplayName("a backup copies every document of the archive into the in-memory store")
  void backup() {
    InMemoryStore target = new InMemoryStore();
    target.write("kept", "already there");
    Backup backup = new Backup(new ReadOnlyArchive(Map.of("a", "1", "b", "2")), target);

    assertThat(backup.copyAll()).as(KEEP).isEqualTo(2);
    assertThat(target.list()).as(KEEP).containsExactly("a", "b", "kept");
    assertThat(target.read("b")).as(KEEP).contains("2");
  }

  @Test
  @DisplayName("the link sharer hands out the CDN's public links")
  void linkSharer() {
    assertThat(new LinkSharer(new CdnBucket(CDN)).share("logo.svg"))
        .as(KEEP)
        .isEqualTo(URI.create("https://cdn.example.com/docs/logo.svg"));
  }
}
