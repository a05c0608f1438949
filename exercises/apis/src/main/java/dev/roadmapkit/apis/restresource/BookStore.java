package dev.roadmapkit.apis.restresource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The storage behind the API: books by id, ids given out from 1 in order. Thread-safe. Given; it
 * knows nothing of HTTP, and it does not check ISBNs for duplicates (the API does).
 */
public final class BookStore {

  private final Map<Long, Book> books = new TreeMap<>();
  private long lastId;

  /** Stores a new book under the next id and returns it. */
  public synchronized Book add(String isbn, String title, String author) {
    Book book = new Book(++lastId, isbn, title, author);
    books.put(book.id(), book);
    return book;
  }

  /** The book with {@code id}, if there is one. */
  public synchronized Optional<Book> find(long id) {
    return Optional.ofNullable(books.get(id));
  }

  /** The book with {@code isbn}, if there is one. */
  public synchronized Optional<Book> findByIsbn(String isbn) {
    return books.values().stream().filter(book -> book.isbn().equals(isbn)).findFirst();
  }

  /** Every book, by id ascending. */
  public synchronized List<Book> all() {
    return List.copyOf(new ArrayList<>(books.values()));
  }

  /** Replaces the book with {@code book.id()}; false (and nothing stored) when there is none. */
  public synchronized boolean replace(Book book) {
    return books.replace(book.id(), book) != null;
  }

  /** Removes the book with {@code id}; false when there was none. */
  public synchronized boolean delete(long id) {
    return books.remove(id) != null;
  }
}
