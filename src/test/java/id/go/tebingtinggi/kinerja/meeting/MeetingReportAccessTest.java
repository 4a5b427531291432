package id.go.tebingtinggi.kinerja.meeting;

import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BAIK;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BUTUH_PERBAIKAN;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A meeting recorded from the meeting page's session (with the page's CSRF token), then read back: the printable
 * report and the unit's list of meetings are for the unit's head, BKPSDM and the administrators only; names are
 * escaped in the report; the decisions reach the reviews.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingReportAccessTest {

  private static final String HEAD = "hasan.lubis";
  private static final String OTHER_UNITS_HEAD = "khairul.dalimunthe";
  private static final String STAFF = "irwan.syahputra";
  private static final String CHANGED = "rosmawati.nasution";
  private static final String REASON = "Menjadi narasumber sosialisasi SKP bagi seluruh kelurahan.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  private MeetingFixture padangHulu;
  private String taskId;
  private long meetingId;

  /**
   * Once, in the first test (process-test-coverage records engine events only while a test method runs): the
   * head opens the meeting page and records the meeting from it, changing one decision with a reason and keeping a
   * unit result whose guide the distribution does not fit, with a justification.
   */
  @BeforeEach
  void holdPadangHulusMeeting() throws Exception {
    if (padangHulu != null) {
      return;
    }
    padangHulu = new MeetingFixture(engine, jdbc, "KEC-PDHULU").open()
        .bringToMeeting(HEAD, SANGAT_BAIK)
        .bringToMeeting(CHANGED, BAIK)
        .bringToMeeting(STAFF, BAIK)
        .bringToMeeting("desi.ratnasari", BUTUH_PERBAIKAN);
    taskId = padangHulu.meetingTask().getId();
    TasklistSession head = TasklistSession.logIn(port, HEAD, "demo");
    String token = TasklistSession.csrfTokenOf(head.get("/rapat/" + taskId));
    String meeting = "{\"meetingDate\":\"" + LocalDate.now(ReviewCalendar.ZONE) + "\","
        + "\"attendees\":\"Hasan Basri Lubis, S.STP, M.Si — Camat\\nRosmawati Nasution, S.Sos — Sekretaris\","
        + "\"minutes\":\"Rapat membahas capaian pelayanan.\\nKesimpulan: pertahankan waktu layanan.\","
        + "\"unitResult\":\"BUTUH_PERBAIKAN\",\"distributionJustification\":\"Unit baru pulih dari renovasi kantor.\","
        + "\"decisions\":[" + decision(HEAD, "PENGHARGAAN", "") + "," + decision(CHANGED, "PENGHARGAAN", REASON) + ","
        + decision(STAFF, "TANPA_TINDAK_LANJUT", "") + "," + decision("desi.ratnasari", "PEMBINAAN", "") + "]}";

    HttpResponse<String> recorded = head.postJson("/api/meetings/tasks/" + taskId, meeting, token);

    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    meetingId = JSON.readTree(recorded.body()).at("/rapatId").asLong();
    padangHulu.executeJobs();
  }

  @AfterAll
  void removePadangHulusQuarter() {
    if (padangHulu != null) {
      padangHulu.remove();
    }
  }

  @Test
  void recordingTheMeetingCompletesTheTaskAndDeliversEachDecisionToItsReview() {
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(jdbc.queryForMap("select sequence_number, unit_result, held_by, distribution_justification "
        + "from evaluation_meeting where id = ?", meetingId)).containsEntry("SEQUENCE_NUMBER", 1)
        .containsEntry("UNIT_RESULT", "BUTUH_PERBAIKAN").containsEntry("HELD_BY", HEAD)
        .containsEntry("DISTRIBUTION_JUSTIFICATION", "Unit baru pulih dari renovasi kantor.");
    assertThat(jdbc.queryForMap("select recommended, decided, reason from meeting_decision where review_id = ?",
        padangHulu.reviewId(CHANGED))).isEqualTo(Map.of("RECOMMENDED", "TANPA_TINDAK_LANJUT", "DECIDED", "PENGHARGAAN",
        "REASON", REASON));
    assertThat(padangHulu.reviewColumn(CHANGED, "decided_follow_up")).isEqualTo("PENGHARGAAN");
    assertThat(padangHulu.reviewColumn(HEAD, "decided_follow_up")).isEqualTo("PENGHARGAAN");
    assertThat(padangHulu.reviewColumn(STAFF, "decided_follow_up")).isEqualTo("TANPA_TINDAK_LANJUT");
    assertThat(padangHulu.reviewColumn("desi.ratnasari", "decided_follow_up")).isEqualTo("PEMBINAAN");
    assertThat(padangHulu.reviewColumn(STAFF, "status")).isEqualTo("DECIDED");
  }

  @Test
  void headOfTheUnitReadsThePrintableReport() throws Exception {
    HttpResponse<String> report = TasklistSession.logIn(port, HEAD, "demo").get("/laporan/rapat/" + meetingId);

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("Laporan Rapat Evaluasi Kinerja Triwulan", "Kecamatan Padang Hulu",
        padangHulu.period().label(), "Rapat reguler", "Rosmawati Nasution, S.Sos — Sekretaris",
        "Hasan Basri Lubis, S.STP, M.Si", padangHulu.nipOf(HEAD), "Desi Ratnasari", "Sekretaris Kecamatan Padang Hulu",
        "(diubah)", REASON, "4 pegawai diputuskan; 1 keputusan berbeda dari rekomendasi.",
        "Kurva unit <strong>Butuh Perbaikan</strong>", "Butuh Perbaikan 25 % kurang dari batas minimal 60 %",
        "Sangat Baik 25 % melebihi batas 10 %", "Unit baru pulih dari renovasi kantor.",
        "Rapat membahas capaian pelayanan.\nKesimpulan: pertahankan waktu layanan.",
        "Dicetak oleh Hasan Basri Lubis, S.STP, M.Si pada");
    assertThat(report.body()).containsPattern("<tr class=\"menyimpang\">\\s*<th scope=\"row\">Sangat Baik</th>");
    assertThat(report.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void bkpsdmAndTheAdministratorReadEveryUnitsReport() throws Exception {
    assertThat(TasklistSession.logIn(port, "ani.wulandari", "demo").get("/laporan/rapat/" + meetingId).statusCode())
        .isEqualTo(200);
    assertThat(TasklistSession.logIn(port, "admin", "admin").get("/laporan/rapat/" + meetingId).statusCode())
        .isEqualTo(200);
    assertThat(TasklistSession.basic(port, "ani.wulandari", "demo")
        .getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings").statusCode()).isEqualTo(200);
  }

  @Test
  void anotherUnitsHeadFindsNoSuchReport() throws Exception {
    TasklistSession other = TasklistSession.logIn(port, OTHER_UNITS_HEAD, "demo");

    HttpResponse<String> report = other.get("/laporan/rapat/" + meetingId);
    assertThat(report.statusCode()).isEqualTo(404);
    assertThat(report.body()).doesNotContain("Desi Ratnasari");
    assertThat(other.getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings").statusCode()).isEqualTo(404);
    assertThat(TasklistSession.basic(port, OTHER_UNITS_HEAD, "demo")
        .getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings").statusCode()).isEqualTo(404);
  }

  @Test
  void staffAreRefusedTheReport() throws Exception {
    TasklistSession staff = TasklistSession.logIn(port, STAFF, "demo");

    assertThat(staff.get("/laporan/rapat/" + meetingId).statusCode()).isEqualTo(403);
    assertThat(staff.getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings").statusCode()).isEqualTo(403);
  }

  @Test
  void visitorsWithoutALoginAreSentToTheTasklistLoginOrGet401() throws Exception {
    TasklistSession visitor = TasklistSession.anonymous(port);

    HttpResponse<String> report = visitor.get("/laporan/rapat/" + meetingId);
    assertThat(report.statusCode()).isEqualTo(302);
    assertThat(report.headers().firstValue("Location")).get().asString().endsWith("/camunda/app/tasklist/");
    assertThat(visitor.getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings").statusCode()).isEqualTo(401);
  }

  @Test
  void theUnitsRecordListsItsMeetingsWithTheirReports() throws Exception {
    TasklistSession head = TasklistSession.basic(port, HEAD, "demo");

    HttpResponse<String> response = head.getJson("/api/cycles/" + padangHulu.cycleKey() + "/meetings");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode cycle = JSON.readTree(response.body());
    assertThat(cycle.at("/unitName").asText()).isEqualTo("Kecamatan Padang Hulu");
    assertThat(cycle.at("/meetings")).hasSize(1);
    JsonNode meeting = cycle.at("/meetings/0");
    assertThat(meeting.at("/meetingId").asLong()).isEqualTo(meetingId);
    assertThat(meeting.at("/supplementary").asBoolean()).isFalse();
    assertThat(meeting.at("/decisionCount").asInt()).isEqualTo(4);
    assertThat(meeting.at("/unitResult").asText()).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(meeting.at("/reportUrl").asText()).isEqualTo("/laporan/rapat/" + meetingId);
    assertThat(TasklistSession.logIn(port, HEAD, "demo").get(meeting.at("/reportUrl").asText()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theMeetingPageOfTheCompletedTaskLeadsToItsReport() throws Exception {
    HttpResponse<String> page = TasklistSession.logIn(port, HEAD, "demo").get("/rapat/" + taskId);

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/laporan/rapat/" + meetingId);
  }

  @Test
  void namesFromTheRosterAreEscapedInTheReport() throws Exception {
    String original = jdbc.queryForObject("select name from employee where login_id = 'desi.ratnasari'", String.class);
    jdbc.update("update employee set name = ? where login_id = 'desi.ratnasari'",
        "Desi <script>alert(\"rapat\")</script> Ratnasari");
    try {
      HttpResponse<String> report = TasklistSession.logIn(port, HEAD, "demo").get("/laporan/rapat/" + meetingId);

      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).contains("Desi &lt;script&gt;alert(&quot;rapat&quot;)&lt;/script&gt; Ratnasari")
          .doesNotContain("<script>alert");
    } finally {
      jdbc.update("update employee set name = ? where login_id = 'desi.ratnasari'", original);
    }
  }

  private String decision(String login, String followUp, String reason) {
    return "{\"reviewId\":" + padangHulu.reviewId(login) + ",\"followUp\":\"" + followUp + "\",\"reason\":\""
        + reason + "\"}";
  }
}
