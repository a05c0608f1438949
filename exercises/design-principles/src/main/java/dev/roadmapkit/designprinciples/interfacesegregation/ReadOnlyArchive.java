package dev.roadmapkit.designprinciples.interfacesegregation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Last year's documents: they can be read and listed, never changed. */
final class ReadOnlyArchive implements DocumentStore {

  private final Map<String, String> documents;

  ReadOnlyArchive(Map<String, String> documents) {
    this.documents = new TreeMap<>(documents);
  }

  @Override
  public Optional<String> read(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public void write(String id, String content) {
    throw new UnsupportedOperationException("the archive is read-only");
  }

  @Override
  public void delete(String id) {
    throw new UnsupportedOperationException("the archive is read-only");
  }

  @Override
  public List<String> list() {
    return List.copyOf(documents.keySet());
  }

  @Override
  public URI publicLink(String id) {
    throw new UnsupportedOperationException("archived documents are not published");
  }
}
