package id.go.tebingtinggi.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.ProcessCoverageSummary.ProcessCoverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCoverageSummaryTest {

  private static final Instant RUN_STARTED = Instant.parse("2026-01-05T08:00:00Z");

  @TempDir Path reports;
  @TempDir Path diagrams;

  @Test
  void addsUpWhatTheTestClassesOfThisRunCoveredPerProcess() throws IOException {
    report("FirstTest", RUN_STARTED, "Review", 5, "StartEvent_Requested", "Flow_ToPropose");
    report("SecondTest", RUN_STARTED.plusSeconds(30), "Review", 5, "Flow_ToPropose", "UserTask_Propose");
    report("EarlierRunTest", RUN_STARTED.minusSeconds(3600), "Review", 5, "EndEvent_Done");
    report("FixtureTest", RUN_STARTED, "FixtureLeaveRequest", 5, "StartEvent_LeaveRequested");
    report("ChangedCopyTest", RUN_STARTED, "Review", 5, "UserTask_Propose", "UserTask_AddedAtRuntime");

    List<ProcessCoverage> coverage = ProcessCoverageSummary.summarize(reports, FileTime.from(RUN_STARTED),
        new TreeMap<>(Map.of(
            "Review", Set.of("StartEvent_Requested", "Flow_ToPropose", "UserTask_Propose", "Flow_Done", "EndEvent_Done"),
            "Coaching", Set.of("StartEvent_Coaching"))));

    assertThat(coverage).containsExactly(
        new ProcessCoverage("Coaching", 0, 0),
        new ProcessCoverage("Review", 3, 5));
    assertThat(ProcessCoverageSummary.markdown(coverage)).isEqualTo("""
        | Process | Elements covered | Coverage |
        |---|---|---|
        | Coaching | 0 | not started by any test |
        | Review | 3 of 5 | 60.0 % |
        """);
  }

  @Test
  void listsTheExecutableProcessesOfTheDiagramsWithTheirElements() throws IOException {
    Files.writeString(diagrams.resolve("Review.bpmn"), """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Review">
          <bpmn:process id="Review" isExecutable="true">
            <bpmn:startEvent id="StartEvent_Requested" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="StartEvent_Requested" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
          <bpmn:process id="ExternalParticipant" isExecutable="false" />
        </bpmn:definitions>
        """);
    Files.writeString(diagrams.resolve("Predikat.dmn"), "<definitions />");

    assertThat(ProcessCoverageSummary.processElements(diagrams)).containsOnlyKeys("Review");
    assertThat(ProcessCoverageSummary.processElements(diagrams).get("Review"))
        .containsExactlyInAnyOrder("StartEvent_Requested", "Flow_ToEnd", "EndEvent_Done");
  }

  private void report(String testClass, Instant written, String processKey, int totalElements, String... elements)
      throws IOException {
    StringBuilder events = new StringBuilder();
    for (String element : elements) {
      events.append(events.isEmpty() ? "" : ",").append("""
          {"source":"FLOW_NODE","type":"START","definitionKey":"%s","elementType":"task","modelKey":"%s"}"""
          .formatted(element, processKey));
    }
    Path report = Files.createDirectories(reports.resolve(testClass)).resolve("report.json");
    Files.writeString(report, """
        {"suites":[{"id":"%1$s","name":"%1$s","runs":[{"id":"run","name":"run","events":[%2$s]}]}],
         "models":[{"key":"%3$s","totalElementCount":%4$d,"version":"1.0","xml":""}]}
        """.formatted(testClass, events, processKey, totalElements));
    Files.setLastModifiedTime(report, FileTime.from(written));
  }
}
