package dev.roadmapkit.designprinciples.interfacesegregation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A store in memory: reads, writes, deletes and lists. It has no public links, and says so by type.
 */
final class InMemoryStore implements DocumentCatalog, DocumentEditor {

  private final Map<String, String> documents = new TreeMap<>();

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
    return List.copyOf(documents.keySet());
  }
}
