package dev.roadmapkit.designprinciples.interfacesegregation;

/** Shows a document to a user. Only ever reads. */
final class DocumentViewer {

  private final DocumentReader store;

  DocumentViewer(DocumentReader store) {
    this.store = store;
  }

  /** The document's content, or a message that it does not exist. */
  String show(String id) {
    return store.read(id).orElse("No document '" + id + "'");
  }
}
