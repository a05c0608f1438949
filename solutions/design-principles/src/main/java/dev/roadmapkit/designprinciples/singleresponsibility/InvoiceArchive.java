package dev.roadmapkit.designprinciples.singleresponsibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps invoices as UTF-8 text files named {@code <number>.txt} in one directory. Changes when the
 * storage does: a move to a database replaces this class and nothing else.
 */
final class InvoiceArchive {

  private final Path directory;

  InvoiceArchive(Path directory) {
    this.directory = directory;
  }

  /** Rejects a number that could not safely name a file. */
  void checkNumber(String invoiceNumber) {
    if (!isValid(invoiceNumber)) {
      throw new IllegalArgumentException(
          "invoice number must be 1 to 40 letters, digits or dashes, was '" + invoiceNumber + "'");
    }
  }

  void store(String invoiceNumber, String invoice) {
    try {
      Files.writeString(
          fileOf(invoiceNumber), invoice, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("invoice " + invoiceNumber + " already exists", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store invoice " + invoiceNumber, e);
    }
  }

  Optional<String> find(String invoiceNumber) {
    if (!isValid(invoiceNumber)) {
      return Optional.empty();
    }
    Path file = fileOf(invoiceNumber);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read invoice " + invoiceNumber, e);
    }
  }

  private static boolean isValid(String invoiceNumber) {
    return invoiceNumber != null && invoiceNumber.matches("[A-Za-z0-9-]{1,40}");
  }

  private Path fileOf(String invoiceNumber) {
    return directory.resolve(invoiceNumber + ".txt");
  }
}
