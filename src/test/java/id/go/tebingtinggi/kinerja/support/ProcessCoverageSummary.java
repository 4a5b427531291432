package id.go.tebingtinggi.kinerja.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The coverage of each process in {@code bpmn/} over the whole test run. camunda-process-test-coverage writes one
 * report per test class ({@code target/process-test-coverage/<test class>/report.json}); a process that several
 * test classes drive is covered by the union of what they passed through. At the end of the run this listener
 * adds the reports of this run up, per process: covered flow nodes and sequence flows out of all of them, written
 * to {@code target/process-test-coverage/summary.md} and to the build output. Registered for the JUnit Platform in
 * {@code META-INF/services}.
 */
public class ProcessCoverageSummary implements TestExecutionListener {

  static final Path REPORTS = Path.of("target", "process-test-coverage");
  static final Path MODELS = Path.of("bpmn");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FileTime started;

  /** One process: how many of its elements some test of the run passed through, out of how many. */
  record ProcessCoverage(String processKey, int coveredElements, int totalElements) {

    boolean started() {
      return totalElements > 0;
    }

    String markdownRow() {
      return started()
          ? String.format(Locale.ROOT, "| %s | %d of %d | %.1f %% |", processKey, coveredElements, totalElements,
              100.0 * coveredElements / totalElements)
          : "| " + processKey + " | 0 | not started by any test |";
    }
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    // some file systems keep modification times in whole seconds
    started = FileTime.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (started == null || !Files.isDirectory(REPORTS)) {
      return;
    }
    List<ProcessCoverage> coverage = summarize(REPORTS, started, processElements(MODELS));
    String markdown = markdown(coverage);
    try {
      Files.writeString(REPORTS.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the process coverage summary", e);
    }
    System.out.println("Process test coverage of bpmn/ (" + REPORTS.resolve("summary.md") + "):");
    System.out.print(markdown);
  }

  /**
   * The coverage of each of the given processes by the reports written at or after {@code since} (older ones are
   * left over from earlier runs); reports of other processes, such as test fixtures, are left out, and so are
   * elements the diagram does not have, such as a step that a test added to a copy it deployed at runtime.
   */
  static List<ProcessCoverage> summarize(Path reports, FileTime since, SortedMap<String, Set<String>> processElements) {
    Map<String, Set<String>> covered = new HashMap<>();
    Map<String, Integer> totals = new HashMap<>();
    for (Path report : reportsWrittenSince(reports, since)) {
      JsonNode content = readJson(report);
      for (JsonNode model : content.path("models")) {
        totals.merge(model.path("key").asText(), model.path("totalElementCount").asInt(), Math::max);
      }
      for (JsonNode event : content.path("suites").findValues("events")) {
        for (JsonNode element : event) {
          covered.computeIfAbsent(element.path("modelKey").asText(), key -> new HashSet<>())
              .add(element.path("definitionKey").asText());
        }
      }
    }
    List<ProcessCoverage> coverage = new ArrayList<>();
    processElements.forEach((key, elements) -> {
      int coveredElements = (int) covered.getOrDefault(key, Set.of()).stream().filter(elements::contains).count();
      coverage.add(new ProcessCoverage(key, coveredElements, totals.getOrDefault(key, 0)));
    });
    return coverage;
  }

  static String markdown(List<ProcessCoverage> coverage) {
    if (coverage.isEmpty()) {
      return "No process in bpmn/.\n";
    }
    StringBuilder table = new StringBuilder("| Process | Elements covered | Coverage |\n|---|---|---|\n");
    coverage.forEach(process -> table.append(process.markdownRow()).append('\n'));
    return table.toString();
  }

  /** The executable processes in the diagrams of the folder, by key, each with the ids of its elements. */
  static SortedMap<String, Set<String>> processElements(Path diagrams) {
    SortedMap<String, Set<String>> found = new TreeMap<>();
    if (!Files.isDirectory(diagrams)) {
      return found;
    }
    try (Stream<Path> files = Files.list(diagrams)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      for (Path diagram : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        NodeList processes = factory.newDocumentBuilder().parse(diagram.toFile())
            .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
        for (int i = 0; i < processes.getLength(); i++) {
          Element process = (Element) processes.item(i);
          if (!"false".equals(process.getAttribute("isExecutable"))) {
            found.put(process.getAttribute("id"), elementIds(process));
          }
        }
      }
      return found;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the process keys in " + diagrams, e);
    }
  }

  private static Set<String> elementIds(Element process) {
    Set<String> ids = new HashSet<>();
    NodeList descendants = process.getElementsByTagName("*");
    for (int i = 0; i < descendants.getLength(); i++) {
      String id = ((Element) descendants.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<Path> reportsWrittenSince(Path reports, FileTime since) {
    try (Stream<Path> folders = Files.list(reports)) {
      List<Path> written = new ArrayList<>();
      for (Path report : folders.map(folder -> folder.resolve("report.json")).filter(Files::isRegularFile).toList()) {
        if (Files.getLastModifiedTime(report).compareTo(since) >= 0) {
          written.add(report);
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the coverage reports in " + reports, e);
    }
  }

  private static JsonNode readJson(Path report) {
    try {
      return JSON.readTree(report.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + report, e);
    }
  }
}
