package dev.roadmapkit.designprinciples.interfacesegregation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bucket on a content delivery network: documents are written, read, deleted and published by
 * link; it is no catalog, because a CDN cannot enumerate what it holds.
 */
final class CdnBucket implements DocumentCatalog, DocumentEditor, PublicLinks {

  private final URI baseUrl;
  private final Map<String, String> documents = new HashMap<>();

  /**
   * @param baseUrl where the bucket is published, ending with a slash, e.g. {@code
   *     https://cdn.example.com/docs/}
   */
  CdnBucket(URI baseUrl) {
    if (!baseUrl.toString().endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must end with '/', was " + baseUrl);
    }
    this.baseUrl = baseUrl;
  }

  @Override
  public Optional<String> read(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public void write(String id, String content) {
    documents.put(id, content);
  }

  @Override
  public void delete(String id) {
    documents.remove(id);
  }

  @Override
  public List<String> list() {
    return List.of();
  }

  @Override
  public URI publicLink(String id) {
    return baseUrl.resolve(id);
  }
}
