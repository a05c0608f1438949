package dev.roadmapkit.designprinciples.interfacesegregation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Last year's documents: a catalog, so they can be read and listed, and nothing else. */
final class ReadOnlyArchive implements DocumentCatalog {

  private final Map<String, String> documents;

  ReadOnlyArchive(Map<String, String> documents) {
    this.documents = new LinkedHashMap<>(documents);
  }

  @Override
  public Optional<String> read(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public List<String> list() {
    return List.copyOf(documents.keySet());
  }
}
