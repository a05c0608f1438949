package dev.roadmapkit.designprinciples.interfacesegregation;

import java.net.URI;

/** Hands out public links to documents. Only ever asks for links. */
final class LinkSharer {

  private final DocumentStore store;

  LinkSharer(DocumentStore store) {
    this.store = store;
  }

  /** The link to share for a document. */
  URI share(String id) {
    return store.publicLink(id);
  }
}
