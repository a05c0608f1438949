package dev.roadmapkit.designprinciples.interfacesegregation;

/** Takes documents from users and removes them on request. Only ever writes and deletes. */
final class DocumentUploader {

  private final DocumentStore store;

  DocumentUploader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Stores {@code content} under {@code id}.
   *
   * @throws IllegalArgumentException if the id is not 1 to 64 letters, digits, dots or dashes
   */
  void upload(String id, String content) {
    if (!id.matches("[A-Za-z0-9.-]{1,64}")) {
      throw new IllegalArgumentException(
          "document id must be 1 to 64 letters, digits, dots or" + " dashes, was '" + id + "'");
    }
    store.write(id, content);
  }

  /** Removes the document. */
  void remove(String id) {
    store.delete(id);
  }
}
