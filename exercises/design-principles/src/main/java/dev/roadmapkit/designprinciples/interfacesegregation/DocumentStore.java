package dev.roadmapkit.designprinciples.interfacesegregation;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Exercise {@code design-principles/interface-segregation}: one interface for every kind of
 * document storage. It is too fat.
 *
 * <p>Not one of its three implementations can do everything it promises: {@link InMemoryStore}
 * cannot hand out public links, the {@link ReadOnlyArchive} cannot be written to, the {@link
 * CdnBucket} cannot list its documents. Each of them throws {@link UnsupportedOperationException}
 * from the methods it cannot do, so a caller holding a {@code DocumentStore} cannot tell which
 * calls are safe. And each client ({@link DocumentViewer}, {@link DocumentUploader}, {@link
 * Backup}, {@link LinkSharer}) depends on all five methods while it uses one or two, so a change to
 * any of them touches all clients.
 *
 * <p><b>Your task:</b> split this interface into small role interfaces, each with the methods one
 * kind of client needs (for example a reader with {@code read}, a writer with {@code write} and
 * {@code delete}, a catalog that can {@code list}, and one for {@code publicLink}; an interface may
 * extend another). Then:
 *
 * <ul>
 *   <li>each store implements exactly the role interfaces it fully supports, and no method of a
 *       store throws {@code UnsupportedOperationException} any more;
 *   <li>each client takes the narrowest interface it needs in its constructor, and calls every
 *       method of it.
 * </ul>
 *
 * <p>Delete this interface when nothing uses it. Keep the class names and constructors the tests
 * use; everything stays package-private. The guard tests ({@code DocumentStoresTest}) keep the
 * behaviour; {@code StoreImplementationsTest} calls every method of every interface each store has
 * and fails on "unsupported"; {@code StoreClientsTest} (ArchUnit) fails while a client depends on a
 * method it never calls.
 */
interface DocumentStore {

  /** The content of a document, or empty if there is none with that id. */
  Optional<String> read(String id);

  /** Stores a document, replacing any with the same id. */
  void write(String id, String content);

  /** Removes a document; removing one that does not exist does nothing. */
  void delete(String id);

  /** The ids of all documents, sorted. */
  List<String> list();

  /** A link anyone can open to read the document. */
  URI publicLink(String id);
}
