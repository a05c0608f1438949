package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PIT's {@code mutations.xml}: how many mutants the tests detected, and the ones that survived.
 *
 * @param survivors readable descriptions of undetected mutants, for the check's messages
 */
public record MutationReport(
    int total, int detected, List<String> survivors, List<Mutant> mutants) {

  /**
   * One mutant of PIT's report.
   *
   * @param mutatedClass the binary name of the class PIT changed
   * @param detected whether a test failed on it
   * @param words where and what, for example {@code Cache.get line 12: negated conditional
   *     (SURVIVED)}
   */
  public record Mutant(String mutatedClass, boolean detected, String words) {

    /**
     * Returns the package of the mutated class.
     *
     * @return the package name, empty for the default package
     */
    public String packageName() {
      int dot = mutatedClass.lastIndexOf('.');
      return dot < 0 ? "" : mutatedClass.substring(0, dot);
    }
  }

  /**
   * A report of totals only, without its mutants.
   *
   * @param total how many mutants
   * @param detected how many were detected
   * @param survivors the survivors, in words
   */
  public MutationReport(int total, int detected, List<String> survivors) {
    this(total, detected, survivors, List.of());
  }

  /**
   * The part of the report about the classes of one package and its subpackages: an exercise's
   * code.
   *
   * @param packageName the package
   * @return the mutants of that package's classes, with their totals
   */
  public MutationReport ofPackage(String packageName) {
    List<Mutant> mine =
        mutants.stream()
            .filter(
                m ->
                    m.packageName().equals(packageName)
                        || m.packageName().startsWith(packageName + "."))
            .toList();
    return new MutationReport(
        mine.size(),
        (int) mine.stream().filter(Mutant::detected).count(),
        mine.stream().filter(m -> !m.detected()).map(Mutant::words).toList(),
        mine);
  }

  public MutationReport {
    survivors = List.copyOf(survivors);
    mutants = List.copyOf(mutants);
  }

  /**
   * Returns how many mutants PIT's timeout ended: each costs the timeout and a new test JVM, so
   * they are where a module's mutation analysis spends its time first.
   *
   * @return the count of TIMED_OUT mutants
   */
  public long timedOut() {
    return mutants.stream().filter(m -> m.words().endsWith("(TIMED_OUT)")).count();
  }

  /** Detected mutants as a whole percentage, PIT's mutation score; 100 when there are none. */
  public int score() {
    return total == 0 ? 100 : (int) Math.floor(100.0 * detected / total);
  }

  /**
   * Reads {@code file}.
   *
   * @throws KitCheckException if it is missing or unreadable
   */
  public static MutationReport read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new KitCheckException("No PIT report " + file + ": mutation testing did not run");
    }
    Document document;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new KitCheckException("Cannot read PIT report " + file + ": " + e.getMessage(), e);
    }
    NodeList mutations = document.getElementsByTagName("mutation");
    int detected = 0;
    List<String> survivors = new ArrayList<>();
    List<Mutant> mutants = new ArrayList<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String mutatedClass = text(mutation, "mutatedClass");
      String words =
          simpleName(mutatedClass)
              + "."
              + text(mutation, "mutatedMethod")
              + " line "
              + text(mutation, "lineNumber")
              + ": "
              + text(mutation, "description")
              + " ("
              + mutation.getAttribute("status")
              + ")";
      boolean killed = Boolean.parseBoolean(mutation.getAttribute("detected"));
      if (killed) {
        detected++;
      } else {
        survivors.add(words);
      }
      mutants.add(new Mutant(mutatedClass, killed, words));
    }
    return new MutationReport(mutations.getLength(), detected, survivors, mutants);
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "?" : nodes.item(0).getTextContent().strip();
  }
}
