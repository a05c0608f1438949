package dev.roadmapkit.designprinciples.singleresponsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guard tests: what {@link InvoiceService} does today. They pass on the god class and must still
 * pass after the split; if one turns red while you refactor, you changed behaviour, not design.
 */
@Tag("guard")
@DisplayName("design-principles/single-responsibility: InvoiceService keeps its behaviour (guard)")
class InvoiceServiceTest {

  private static final String KEEP =
      "this is a guard test: it passed before your refactoring, so the split changed what"
          + " InvoiceService does. Move code without changing it";

  @TempDir Path archive;

  @Test
  @DisplayName(
      "an invoice lists every line, the subtotal, 20% VAT and the total, in a fixed layout")
  void formatsTheInvoice() {
    InvoiceService service = new InvoiceService(archive);

    String invoice = service.createInvoice("2026-0001", List.of("TEA-1;3;4.50", "MUG-22;1;12.00"));

    assertThat(invoice)
        .as(KEEP)
        .isEqualTo(
            String.join(
                "",
                "INVOICE 2026-0001\n",
                "TEA-1           3 x       4.50 =        13.50\n",
                "MUG-22          1 x      12.00 =        12.00\n",
                "Subtotal                               25.50\n",
                "VAT 20%                                 5.10\n",
                "Total                                  30.60\n"));
  }

  @Test
  @DisplayName("large amounts are grouped by thousands")
  void groupsThousands() {
    InvoiceService service = new InvoiceService(archive);

    String invoice = service.createInvoice("BIG-1", List.of("SERVER-9;2;4999.99"));

    assertThat(invoice)
        .as(KEEP)
        .contains("SERVER-9        2 x   4,999.99 =     9,999.98")
        .contains("Subtotal                            9,999.98")
        .contains("VAT 20%                             2,000.00")
        .contains("Total                              11,999.98");
  }

  @ParameterizedTest(name = "a subtotal of {0} has a VAT of {1}")
  @CsvSource({"0.02, 0.00", "0.03, 0.01", "0.05, 0.01", "0.07, 0.01", "0.08, 0.02"})
  @DisplayName("VAT is rounded half-up to the cent")
  void roundsVatHalfUp(String subtotal, String vat) {
    InvoiceService service = new InvoiceService(archive);

    String invoice =
        service.createInvoice("R-" + subtotal.replace(".", ""), List.of("X;1;" + subtotal));

    assertThat(invoice)
        .as("%s; 20%% of %s rounded half-up to the cent is %s", KEEP, subtotal, vat)
        .contains(String.format("VAT 20%%%37s", vat));
  }

  @Test
  @DisplayName("the invoice is stored and can be found again by its number")
  void storesAndFinds() throws IOException {
    InvoiceService service = new InvoiceService(archive);
    String invoice = service.createInvoice("A-7", List.of("TEA-1;1;4.50"));

    assertThat(service.findInvoice("A-7")).as(KEEP).contains(invoice);
    assertThat(Files.readString(archive.resolve("A-7.txt")))
        .as("%s: invoices are kept as <number>.txt in the archive directory", KEEP)
        .isEqualTo(invoice);
    assertThat(new InvoiceService(archive).findInvoice("A-7"))
        .as("%s: another service on the same directory finds the stored invoice", KEEP)
        .contains(invoice);
  }

  @ParameterizedTest(name = "findInvoice(\"{0}\") is empty")
  @ValueSource(strings = {"NOPE-1", "../etc", ""})
  @DisplayName("finding an unknown or malformed number gives nothing")
  void findsNothing(String number) {
    InvoiceService service = new InvoiceService(archive);
    service.createInvoice("A-1", List.of("TEA-1;1;4.50"));

    assertThat(service.findInvoice(number)).as(KEEP).isEmpty();
    assertThat(service.findInvoice(null)).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("a directory that happens to carry an invoice's name is not an invoice")
  void directoryIsNotAnInvoice() throws IOException {
    Files.createDirectory(archive.resolve("DIR-1.txt"));

    assertThat(new InvoiceService(archive).findInvoice("DIR-1")).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("a second invoice with the same number is refused and the first is kept")
  void refusesDuplicates() {
    InvoiceService service = new InvoiceService(archive);
    String first = service.createInvoice("A-1", List.of("TEA-1;1;4.50"));

    Throwable thrown = catchThrowable(() -> service.createInvoice("A-1", List.of("MUG-2;1;9.00")));

    assertThat(thrown)
        .as(KEEP)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("A-1");
    assertThat(service.findInvoice("A-1")).as(KEEP).contains(first);
  }

  @ParameterizedTest(name = "line \"{0}\" is refused")
  @ValueSource(
      strings = {
        "TEA-1;3",
        "TEA-1;3;4.5",
        "tea-1;3;4.50",
        "TEA-1;-1;4.50",
        "TEA-1;0;4.50",
        "TEA-1;3;4.50;x",
        "-TEA;1;1.00"
      })
  @DisplayName(
      "a malformed order line is refused with a message naming the line, and nothing is stored")
  void refusesMalformedLines(String bad) throws IOException {
    InvoiceService service = new InvoiceService(archive);

    Throwable thrown =
        catchThrowable(() -> service.createInvoice("A-1", List.of("TEA-1;1;4.50", bad)));

    assertThat(thrown)
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order line 2")
        .hasMessageContaining("'" + bad + "'");
    try (var files = Files.list(archive)) {
      assertThat(files).as("%s: a refused invoice must not be stored", KEEP).isEmpty();
    }
  }

  @Test
  @DisplayName("an order without lines is refused")
  void refusesEmptyOrders() {
    Throwable thrown =
        catchThrowable(() -> new InvoiceService(archive).createInvoice("A-1", List.of()));

    assertThat(thrown)
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  @DisplayName("a bad invoice number is reported first, before any order line is looked at")
  void numberCheckedFirst() {
    Throwable thrown =
        catchThrowable(
            () -> new InvoiceService(archive).createInvoice("../A-1", List.of("not a line")));

    assertThat(thrown)
        .as(
            "%s: with both a bad number and a bad line, the god class reports the number (it"
                + " checks it before parsing); a caller fixing one error at a time relies on that"
                + " order",
            KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice number");
  }

  @ParameterizedTest(name = "invoice number \"{0}\" is refused")
  @ValueSource(strings = {"", "../escape", "A B", "12345678901234567890123456789012345678901"})
  @DisplayName("an invoice number that could not name a file is refused")
  void refusesBadNumbers(String number) {
    InvoiceService service = new InvoiceService(archive);

    assertThat(catchThrowable(() -> service.createInvoice(number, List.of("TEA-1;1;4.50"))))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + number + "'");
    assertThat(catchThrowable(() -> service.createInvoice(null, List.of("TEA-1;1;4.50"))))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the longest number allowed, 40 characters, is accepted")
  void acceptsFortyCharacters() {
    String number = "1234567890123456789012345678901234567890";

    new InvoiceService(archive).createInvoice(number, List.of("TEA-1;1;4.50"));

    assertThat(new InvoiceService(archive).findInvoice(number)).as(KEEP).isPresent();
  }

  @Test
  @DisplayName("a storage failure is reported as an UncheckedIOException naming the invoice")
  void reportsStorageFailures() throws IOException {
    InvoiceService missingDirectory = new InvoiceService(archive.resolve("does-not-exist"));
    Files.write(archive.resolve("BAD-1.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

    assertThat(catchThrowable(() -> missingDirectory.createInvoice("A-1", List.of("TEA-1;1;4.50"))))
        .as(KEEP)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("A-1");
    assertThat(catchThrowable(() -> new InvoiceService(archive).findInvoice("BAD-1")))
        .as("%s: a file that is not valid UTF-8 cannot be read as an invoice", KEEP)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("BAD-1");
  }
}
