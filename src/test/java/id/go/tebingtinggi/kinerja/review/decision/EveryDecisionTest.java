package id.go.tebingtinggi.kinerja.review.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What every decision table in {@code bpmn/} needs to deploy cleanly and to open in Camunda Modeler for 7.24. */
class EveryDecisionTest {

  private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
  private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

  static List<Path> decisionFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(file -> file.getFileName().toString().endsWith(".dmn")).sorted().toList();
    }
  }

  @Test
  void bpmnHoldsTheDecisionsOfThePerformanceReview() throws IOException {
    assertThat(decisionFiles()).map(file -> file.getFileName().toString()).contains(
        "KategoriCapaianIndikator.dmn", "PredikatKinerja.dmn", "RatingHasilKerja.dmn", "RatingPerilakuKerja.dmn",
        "TindakLanjut.dmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionFiles")
  void holdsOneDecisionKeyedAfterTheFileWithHistoryTimeToLiveAndVersionTag(Path file) throws Exception {
    NodeList decisions = parse(file).getElementsByTagNameNS(DMN_13, "decision");

    assertThat(decisions.getLength()).isEqualTo(1);
    Element decision = (Element) decisions.item(0);
    assertThat(decision.getAttribute("id") + ".dmn").isEqualTo(file.getFileName().toString());
    assertThat(ParseUtil.parseHistoryTimeToLive(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")))
        .isPositive();
    assertThat(decision.getAttributeNS(CAMUNDA, "versionTag")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionFiles")
  void opensInCamundaModelerForPlatform724WithItsDiagram(Path file) throws Exception {
    Document document = parse(file);
    Element definitions = document.getDocumentElement();

    assertThat(definitions.getNamespaceURI()).isEqualTo(DMN_13);
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).startsWith("7.24.");
    Element decision = (Element) document.getElementsByTagNameNS(DMN_13, "decision").item(0);
    Element shape = (Element) document.getElementsByTagNameNS(DMNDI_13, "DMNShape").item(0);
    assertThat(shape).as("shape of the decision in the DRD").isNotNull();
    assertThat(shape.getAttribute("dmnElementRef")).isEqualTo(decision.getAttribute("id"));
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
