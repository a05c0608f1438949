package dev.roadmapkit.designprinciples.interfacesegregation;

/** Stores documents: what a backup copies to. */
interface DocumentWriter {

  /** Stores a document, replacing any with the same id. */
  void write(String id, String content);
}
