package dev.roadmapkit.designprinciples.interfacesegregation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Last year's documents: a catalog, so they can be read and listed, and nothing else. */
final class ReadOnlyArchive implements DocumentCatalog, DocumentWriter {

  private final Map<String, String> documents;

  ReadOnlyArchive(Map<String, String> documents) {
    this.documents = new TreeMap<>(documents);
  }

  @Override
  public Optional<String> read(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public void write(String id, String content) {}

  @Override
  public List<String> list() {

    return List.copyOf(documents.keySet());
  }
}
