package dev.roadmapkit.designprinciples.interfacesegregation;

import java.util.Optional;

/**
 * Reads documents: what a viewer needs.
 *
 * <p>Reference solution. The key idea: an interface belongs to its clients, so there is one small
 * interface per role a client plays (reader, catalog, writer, editor, publisher of links), and each
 * store implements the roles it can really fill. Nobody throws "unsupported", and the compiler, not
 * a runtime exception, says that an archive cannot be written to. The trade-off is more interfaces;
 * their names document who needs what.
 */
interface DocumentReader {

  /** The content of a document, or empty if there is none with that id. */
  Optional<String> read(String id);
}
