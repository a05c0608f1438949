package dev.roadmapkit.designprinciples.interfacesegregation;

/**
 * Copies every document of one store into another. Lists and reads the source, writes the target.
 */
final class Backup {

  private final DocumentStore source;
  private final DocumentStore target;

  Backup(DocumentStore source, DocumentStore target) {
    this.source = source;
    this.target = target;
  }

  /** Copies all documents; returns how many. */
  int copyAll() {
    int copied = 0;
    for (String id : source.list()) {
      String content = source.read(id).orElseThrow();
      target.write(id, content);
      copied++;
    }
    return copied;
  }
}
