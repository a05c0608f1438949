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
public record MutationReport(int total, int detected, List<String> survivors) {

  public MutationReport {
    survivors = List.copyOf(survivors);
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
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      if (Boolean.parseBoolean(mutation.getAttribute("detected"))) {
        detected++;
      } else {
        survivors.add(
            text(mutation, "mutatedClass")
                + "."
                + text(mutation, "mutatedMethod")
                + " line "
                + text(mutation, "lineNumber")
                + ": "
                + text(mutation, "description")
                + " ("
                + mutation.getAttribute("status")
                + ")");
      }
    }
    return new MutationReport(mutations.getLength(), detected, survivors);
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "?" : nodes.item(0).getTextContent().strip();
  }
}
