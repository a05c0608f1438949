package dev.roadmapkit.designprinciples.singleresponsibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise {@code design-principles/single-responsibility}: this class works, and it is a god
 * class. It has four reasons to change, one per job it does:
 *
 * <ol>
 *   <li><b>parsing</b> the order lines a shop sends ({@code SKU;quantity;unit price}),
 *   <li><b>pricing</b> them (line totals, subtotal, 20% VAT rounded half-up to the cent, total),
 *   <li><b>formatting</b> the invoice text,
 *   <li><b>storing</b> invoices as files in an archive directory and reading them back.
 * </ol>
 *
 * <p>A new VAT rule, a new invoice layout or a move from files to a database all mean editing this
 * one class, and every change risks the other three jobs.
 *
 * <p><b>Your task:</b> move each job into a class of its own, in this package, named exactly:
 *
 * <ul>
 *   <li>{@code OrderLineParser}: the only class that uses {@code java.util.regex};
 *   <li>{@code PriceCalculator}: the only class that rounds money ({@code java.math.RoundingMode});
 *   <li>{@code InvoiceFormatter}: the only class that uses {@code java.text};
 *   <li>{@code InvoiceArchive}: the only class that uses {@code java.nio.file.Files}.
 * </ul>
 *
 * <p>{@code InvoiceService} keeps its public constructor and methods and only coordinates the four
 * (it must use each of them). The new classes can be package-private. The behaviour must not change
 * at all: the guard tests ({@code InvoiceServiceTest}) pass now and must still pass afterwards; the
 * design tests ({@code InvoiceDesignTest}, ArchUnit rules) fail until the split is done.
 */
public final class InvoiceService {

  private static final Pattern ORDER_LINE =
      Pattern.compile("^([A-Z0-9][A-Z0-9-]*);(\\d{1,4});(\\d{1,7}\\.\\d{2})$");
  private static final BigDecimal VAT_RATE = new BigDecimal("0.20");
  private static final String VAT_LABEL = "VAT 20%";

  private final Path archiveDirectory;

  /**
   * Creates the service.
   *
   * @param archiveDirectory the existing directory invoices are stored in, one file per invoice
   */
  public InvoiceService(Path archiveDirectory) {
    this.archiveDirectory = Objects.requireNonNull(archiveDirectory, "archiveDirectory");
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
    if (invoiceNumber == null || !invoiceNumber.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException(
          "invoice number must be 1 to 40 letters, digits or dashes, was '" + invoiceNumber + "'");
    }
    if (orderLines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one order line");
    }

    // Parsing.
    List<String> skus = new ArrayList<>();
    List<Integer> quantities = new ArrayList<>();
    List<BigDecimal> unitPrices = new ArrayList<>();
    for (int i = 0; i < orderLines.size(); i++) {
      String line = orderLines.get(i);
      Matcher matcher = ORDER_LINE.matcher(line);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "order line "
                + (i + 1)
                + " is not 'SKU;quantity;unit price' (e.g. TEA-1;3;4.50): '"
                + line
                + "'");
      }
      int quantity = Integer.parseInt(matcher.group(2));
      if (quantity == 0) {
        throw new IllegalArgumentException(
            "order line " + (i + 1) + " has a quantity of 0: '" + line + "'");
      }
      skus.add(matcher.group(1));
      quantities.add(quantity);
      unitPrices.add(new BigDecimal(matcher.group(3)));
    }

    // Pricing.
    List<BigDecimal> lineTotals = new ArrayList<>();
    BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < skus.size(); i++) {
      BigDecimal lineTotal = unitPrices.get(i).multiply(BigDecimal.valueOf(quantities.get(i)));
      lineTotals.add(lineTotal);
      subtotal = subtotal.add(lineTotal);
    }
    BigDecimal vat = subtotal.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
    BigDecimal total = subtotal.add(vat);

    // Formatting.
    DecimalFormat money =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    StringBuilder text = new StringBuilder();
    text.append("INVOICE ").append(invoiceNumber).append('\n');
    for (int i = 0; i < skus.size(); i++) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-12s %4d x %10s = %12s\n",
              skus.get(i),
              quantities.get(i),
              money.format(unitPrices.get(i)),
              money.format(lineTotals.get(i))));
    }
    text.append(String.format(Locale.ROOT, "%-31s %12s\n", "Subtotal", money.format(subtotal)));
    text.append(String.format(Locale.ROOT, "%-31s %12s\n", VAT_LABEL, money.format(vat)));
    text.append(String.format(Locale.ROOT, "%-31s %12s\n", "Total", money.format(total)));
    String invoice = text.toString();

    // Storing.
    Path file = archiveDirectory.resolve(invoiceNumber + ".txt");
    try {
      Files.writeString(file, invoice, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("invoice " + invoiceNumber + " already exists", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store invoice " + invoiceNumber, e);
    }
    return invoice;
  }

  /**
   * The text of a stored invoice.
   *
   * @return the invoice, or empty if there is none with that number (or the number is malformed)
   */
  public Optional<String> findInvoice(String invoiceNumber) {
    if (invoiceNumber == null || !invoiceNumber.matches("[A-Za-z0-9-]{1,40}")) {
      return Optional.empty();
    }
    Path file = archiveDirectory.resolve(invoiceNumber + ".txt");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read invoice " + invoiceNumber, e);
    }
  }
}
