package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.asRecommended;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.meeting;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.today;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BAIK;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.cycle.CycleScenario;
import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.MeetingTasks;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An open quarter follows the unit's people: BKPSDM adds an employee who joined the unit to its cycle, and withdraws
 * the review of one who left, with the reason, so the unit's meeting no longer waits for it; reviews that were started
 * before the quarter was opened are adopted by the cycle, not doubled, and a unit whose reviews are all ready goes
 * straight to its meeting.
 *
 * <p>Year 2014, a year of its own (a past year: the meeting date may not be in the future nor before the quarter).
 */
@IntegrationTest
class CycleMembershipProcessTest {

  private static final String BKPSDM = "ani.wulandari";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired MeetingService meetings;
  @Autowired MeetingTasks meetingTasks;
  private final List<CycleScenario> opened = new ArrayList<>();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void removeTheQuarters() {
    jdbc.update("update employee set active = true where login_id = 'desi.ratnasari'");
    opened.forEach(scenario -> scenario.fixture.remove());
  }

  @Test
  void anEmployeeWhoJoinsGetsAReviewAndOneWhoLeavesHasItWithdrawnWithTheReason() {
    // Desi joins Padang Hulu during the quarter: not on the active roster when it opens
    jdbc.update("update employee set active = false where login_id = 'desi.ratnasari'");
    CycleScenario hulu = open("KEC-PDHULU", new Period(2014, 1));
    assertThat(hulu.reviewCount()).isEqualTo(3);
    jdbc.update("update employee set active = true where login_id = 'desi.ratnasari'");
    String desi = hulu.fixture.nipOf("desi.ratnasari");

    ResponseEntity<JsonNode> joined = post("/api/cycles/KEC-PDHULU-2014-Q1/employees", Map.of("nip", desi));
    ResponseEntity<JsonNode> joinedAgain = post("/api/cycles/KEC-PDHULU-2014-Q1/employees", Map.of("nip", desi));
    ResponseEntity<JsonNode> fromAnotherUnit = post("/api/cycles/KEC-PDHULU-2014-Q1/employees",
        Map.of("nip", hulu.fixture.nipOf("dewi.lestari")));

    assertThat(joined.getStatusCode()).as("%s", joined.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(joined.getBody().path("penilaian").asText()).isEqualTo(hulu.reviewKey("desi.ratnasari"));
    assertThat(joinedAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fromAnotherUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fromAnotherUnit.getBody().path("alasan").toString())
        .isEqualTo("[\"Pegawai " + hulu.fixture.nipOf("dewi.lestari") + " bukan pegawai Kecamatan Padang Hulu\"]");
    assertThat(hulu.reviewCount()).isEqualTo(4);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EmployeeQuarterlyReview")
        .processInstanceBusinessKey(hulu.reviewKey("desi.ratnasari")).count()).isEqualTo(1);

    hulu.fixture.bringToMeeting("hasan.lubis", SANGAT_BAIK).bringToMeeting("rosmawati.nasution", BAIK)
        .bringToMeeting("desi.ratnasari", BAIK);
    assertThat(hulu.cycle()).isWaitingAt("Gateway_AwaitReadiness");
    String irwan = hulu.reviewKey("irwan.syahputra");
    ProcessInstance irwansReview = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(irwan).processDefinitionKey("EmployeeQuarterlyReview").singleResult();

    ResponseEntity<JsonNode> withoutReason = post("/api/reviews/" + irwan + "/withdraw", Map.of("reason", " "));
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody().path("alasan").toString()).isEqualTo("[\"Alasan penarikan wajib diisi\"]");
    assertThat(irwansReview).isActive();

    ResponseEntity<JsonNode> withdrawn = post("/api/reviews/" + irwan + "/withdraw",
        Map.of("reason", "Pindah tugas ke Pemerintah Provinsi Sumatera Utara"));

    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForMap("select status, withdrawal_reason from performance_review where business_key = ?",
        irwan)).containsEntry("STATUS", "WITHDRAWN")
        .containsEntry("WITHDRAWAL_REASON", "Pindah tugas ke Pemerintah Provinsi Sumatera Utara");
    assertThat(irwansReview).isEnded();
    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(irwansReview.getId()).singleResult();
    assertThat(history.getDeleteReason()).isEqualTo("Penilaian ditarik: Pindah tugas ke Pemerintah Provinsi Sumatera Utara");
    assertThat(hulu.cycle()).hasPassed("Event_ReviewsReady").isWaitingAt("UserTask_HoldMeeting");
    MeetingAgenda agenda = meetings.agenda(hulu.fixture.cycleId());
    assertThat(agenda.items()).extracting(MeetingAgenda.Item::nip).containsExactlyInAnyOrder(
        hulu.fixture.nipOf("hasan.lubis"), hulu.fixture.nipOf("rosmawati.nasution"), desi);
    assertThat(agenda.pending()).isEmpty();

    meetingTasks.holdAndComplete(hulu.fixture.meetingTask().getId(), "hasan.lubis", meeting(today(), asRecommended(agenda)));
    hulu.jobs.executeAll();

    assertThat(hulu.cycle()).isEnded().hasPassed("EndEvent_CycleClosed").hasNotPassed("ServiceTask_EscalatePending");
    assertThat(jdbc.queryForObject("select status from performance_review where business_key = ?", String.class,
        irwan)).isEqualTo("WITHDRAWN");
  }

  @Test
  void reviewsStartedBeforeTheOpeningAreAdoptedAndAUnitAllReadyGoesStraightToItsMeeting() {
    Period period = new Period(2014, 2);
    CycleScenario hilir = new CycleScenario(engine, jdbc, "KEC-PDHILIR", period);
    opened.add(hilir);
    List<String> logins = List.of("iqbal.siregar", "erni.tanjung", "joko.susilo", "lestari.wahyuningsih");
    for (String login : logins) {
      engine.getRuntimeService().startProcessInstanceByKey("EmployeeQuarterlyReview", Variables.createVariables()
          .putValue("nip", hilir.fixture.nipOf(login)).putValue("year", 2014).putValue("quarter", 2));
      hilir.fixture.bringToMeeting(login, BAIK);
    }

    hilir.open();

    assertThat(hilir.cycle()).hasPassed("ServiceTask_StartReviews", "ServiceTask_CheckReadiness")
        .hasNotPassed("Gateway_AwaitReadiness").isWaitingAt("UserTask_HoldMeeting");
    assertThat(hilir.reviewCount()).isEqualTo(4);
    for (String login : logins) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("EmployeeQuarterlyReview").processInstanceBusinessKey(hilir.reviewKey(login)).count())
          .as(login).isEqualTo(1);
    }
    MeetingAgenda agenda = meetings.agenda(hilir.fixture.cycleId());
    assertThat(agenda.items()).hasSize(4);

    meetingTasks.holdAndComplete(hilir.fixture.meetingTask().getId(), "iqbal.siregar",
        meeting(today(), asRecommended(agenda)));
    hilir.jobs.executeAll();

    assertThat(hilir.cycle()).isEnded().hasPassed("EndEvent_CycleClosed");
  }

  private CycleScenario open(String unit, Period period) {
    CycleScenario scenario = new CycleScenario(engine, jdbc, unit, period);
    opened.add(scenario);
    scenario.open();
    return scenario;
  }

  private ResponseEntity<JsonNode> post(String path, Object body) {
    return rest.withBasicAuth(BKPSDM, "demo").postForEntity(path, body, JsonNode.class);
  }
}
