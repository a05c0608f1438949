package dev.roadmapkit.designprinciples.interfacesegregation;

import java.util.List;

/** A store whose documents can be listed and read: what a backup copies from. */
interface DocumentCatalog extends DocumentReader {

  /** The ids of all documents, sorted. */
  List<String> list();
}
