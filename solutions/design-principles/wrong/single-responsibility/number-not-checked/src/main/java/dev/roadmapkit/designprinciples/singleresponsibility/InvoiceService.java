package dev.roadmapkit.designprinciples.singleresponsibility;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates and finds invoices by coordinating four collaborators, each with one reason to change:
 * {@link OrderLineParser} (the input format), {@link PriceCalculator} (the pricing and tax rules),
 * {@link InvoiceFormatter} (the layout) and {@link InvoiceArchive} (where invoices are kept).
 *
 * <p>Reference solution. The key idea: a class should have one reason to change, so the god class
 * was cut along the four jobs it did, and what is left here is only the order of the steps. The
 * trade-off is more classes to navigate; each one is small enough to read in a minute and to test
 * or replace on its own.
 */
public final class InvoiceService {

  private final OrderLineParser parser = new OrderLineParser();
  private final PriceCalculator calculator = new PriceCalculator();
  private final InvoiceFormatter formatter = new InvoiceFormatter();
  private final InvoiceArchive archive;

  /**
   * Creates the service.
   *
   * @param archiveDirectory the existing directory invoices are stored in, one file per invoice
   */
  public InvoiceService(Path archiveDirectory) {
    this.archive = new InvoiceArchive(Objects.requireNonNull(archiveDirectory, "archiveDirectory"));
  }

  /**
   * Parses and prices {@code orderLines}, formats the invoice, stores it under {@code
   * invoiceNumber} and returns its text.
   *
   * @param invoiceNumber letters, digits and dashes, 1 to 40 characters; it names the file
   * @param orderLines one or more lines {@code SKU;quantity;unit price}, e.g. {@code TEA-1;3;4.50}
   * @return the invoice text, exactly as stored
   * @throws IllegalArgumentException if the number or a line is malformed, or there are no lines;
   *     nothing is stored then
   * @throws IllegalStateException if an invoice with that number already exists
   */
  public String createInvoice(String invoiceNumber, List<String> orderLines) {
    List<OrderLine> lines = parser.parse(orderLines);
    PricedOrder priced = calculator.price(lines);
    String invoice = formatter.format(invoiceNumber, priced);
    archive.store(invoiceNumber, invoice);
    return invoice;
  }

  /**
   * The text of a stored invoice.
   *
   * @return the invoice, or empty if there is none with that number (or the number is malformed)
   */
  public Optional<String> findInvoice(String invoiceNumber) {
    return archive.find(invoiceNumber);
  }
}
