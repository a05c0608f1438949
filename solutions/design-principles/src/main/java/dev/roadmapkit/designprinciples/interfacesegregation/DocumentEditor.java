package dev.roadmapkit.designprinciples.interfacesegregation;

/** Stores and removes documents: what an uploader needs. */
interface DocumentEditor extends DocumentWriter {

  /** Removes a document; removing one that does not exist does nothing. */
  void delete(String id);
}
