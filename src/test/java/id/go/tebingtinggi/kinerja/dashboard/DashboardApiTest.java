package id.go.tebingtinggi.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.meeting.DistributionGuide;
import id.go.tebingtinggi.kinerja.meeting.MeetingInput;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.UnitResult;
import id.go.tebingtinggi.kinerja.review.process.ReviewDriver;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard over HTTP: figures per unit, overdue tasks, drill-down, CSV, and each role's scope. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

  static final int YEAR = 2091;
  /** A past quarter, so that its evaluation meetings may be recorded (a meeting date is never in the future). */
  static final int DECIDED_YEAR = 2003;
  static final LocalDate FIRST_MEETING = LocalDate.of(DECIDED_YEAR, 6, 27);
  static final LocalDate SUPPLEMENTARY_MEETING = LocalDate.of(DECIDED_YEAR, 6, 30);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired CycleService cycles;
  @Autowired MeetingService meetings;
  final ObjectMapper json = new ObjectMapper();

  boolean reviewsStarted;

  /** Once per class, but inside a test run: process test coverage records only while a test runs. */
  @BeforeEach
  void twoDisdukcapilReviewsAndOneInDiskominfo() {
    if (reviewsStarted) {
      return;
    }
    reviewsStarted = true;
    new ReviewDriver(engine, jdbc).start("dewi.lestari", YEAR, 1).proposeTargets().approveTargets();
    ReviewDriver late = new ReviewDriver(engine, jdbc).start("budi.santoso", YEAR, 1);
    engine.getTaskService().setDueDate(late.task("UserTask_ProposeTargets").getId(),
        Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(4))));
    new ReviewDriver(engine, jdbc).start("rizki.nainggolan", YEAR, 1);

    new ReviewDriver(engine, jdbc).start("dewi.lestari", DECIDED_YEAR, 2).proposeTargets().approveTargets()
        .selfAssess(100, 5).rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").accept();
    Long cycle = cycles.open("DISDUKCAPIL", DECIDED_YEAR, 2, "ani.wulandari").getId();
    meetings.hold(cycle, "dashboard-test-meeting-1", new MeetingInput(FIRST_MEETING, "Rapat reguler.",
        "Kepala dinas, para kepala bidang", UnitResult.BUTUH_PERBAIKAN, null, List.of()), "syahrial.nasution");
    meetings.hold(cycle, "dashboard-test-meeting-2", new MeetingInput(SUPPLEMENTARY_MEETING, "Rapat susulan.",
        "Kepala dinas, para kepala bidang", UnitResult.BAIK, "Satu-satunya pegawai yang dinilai memang Baik.",
        List.of()), "syahrial.nasution");
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  @Test
  void bkpsdmSeesEveryUnitWithStagesAndTheOverdueTask() throws Exception {
    JsonNode view = get("ani.wulandari", "/api/dashboard?year=" + YEAR + "&quarter=1");

    assertThat(view.get("scopeKind").asText()).isEqualTo("KOTA");
    JsonNode disdukcapil = unit(view, "DISDUKCAPIL");
    assertThat(disdukcapil.get("reviews").asLong()).isEqualTo(2);
    assertThat(disdukcapil.get("stages").get("TARGET").asLong()).isEqualTo(1);
    assertThat(disdukcapil.get("stages").get("PENILAIAN_MANDIRI").asLong()).isEqualTo(1);
    assertThat(unit(view, "DISKOMINFO").get("reviews").asLong()).isEqualTo(1);
    assertThat(view.get("total").get("reviews").asLong()).isEqualTo(3);
    assertThat(view.get("overdue")).hasSize(1);
    JsonNode overdue = view.get("overdue").get(0);
    assertThat(overdue.get("assignee").asText()).isEqualTo("budi.santoso");
    assertThat(overdue.get("daysLate").asLong()).isEqualTo(4);
    assertThat(overdue.get("taskName").asText()).isEqualTo("Usulkan target kinerja");
    assertThat(view.get("trend")).hasSize(8);
  }

  @Test
  void aKepalaDinasSeesOnlyTheUnitAndAnAtasanOnlyTheTeam() throws Exception {
    JsonNode head = get("syahrial.nasution", "/api/dashboard?year=" + YEAR + "&quarter=1");
    assertThat(head.get("scopeKind").asText()).isEqualTo("UNIT");
    assertThat(head.get("units")).extracting(u -> u.get("unitCode").asText()).containsExactly("DISDUKCAPIL");

    JsonNode atasan = get("eko.saragih", "/api/dashboard?year=" + YEAR + "&quarter=1");
    assertThat(atasan.get("scopeKind").asText()).isEqualTo("TIM");
    assertThat(atasan.get("total").get("reviews").asLong()).isEqualTo(1);
    assertThat(atasan.get("overdue")).isEmpty();
  }

  @Test
  void drillDownStaysInsideTheScope() throws Exception {
    JsonNode employees = get("syahrial.nasution", "/api/dashboard/units/DISDUKCAPIL/employees?year=" + YEAR + "&quarter=1");
    assertThat(employees).extracting(e -> e.get("name").asText()).contains("Dewi Lestari, A.Md");
    String dewi = jdbc.queryForObject("select nip from employee where login_id = 'dewi.lestari'", String.class);
    JsonNode history = get("syahrial.nasution", "/api/dashboard/employees/" + dewi);
    assertThat(history.get("quarters").get(0).get("indicators")).hasSize(2);
    assertThat(history.get("quarters").get(0).get("processInstanceId").asText()).isNotBlank();

    assertThat(http.withBasicAuth("syahrial.nasution", "demo")
        .getForEntity("/api/dashboard/units/DISKOMINFO/employees?year=" + YEAR + "&quarter=1", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String rizki = jdbc.queryForObject("select nip from employee where login_id = 'rizki.nainggolan'", String.class);
    assertThat(http.withBasicAuth("syahrial.nasution", "demo")
        .getForEntity("/api/dashboard/employees/" + rizki, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPegawaiIsRefusedAndAnonymousMustLogIn() {
    assertThat(http.withBasicAuth("dewi.lestari", "demo").getForEntity("/api/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void csvExportOpensInASpreadsheet() {
    ResponseEntity<byte[]> csv = http.withBasicAuth("ani.wulandari", "demo")
        .getForEntity("/api/dashboard/export.csv?year=" + YEAR + "&quarter=1", byte[].class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] body = csv.getBody();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, StandardCharsets.UTF_8);
    String[] lines = text.substring(1).split("\r\n");
    assertThat(lines[0]).startsWith("Kode unit;Unit;Jumlah penilaian;Penyusunan target");
    assertThat(lines).anyMatch(line -> line.startsWith("DISDUKCAPIL;Dinas Kependudukan dan Pencatatan Sipil;2;1;1;"));
    assertThat(lines[lines.length - 1]).startsWith(";Jumlah;3;");
  }

  @Test
  void aUnitCarriesTheGuideOfItsLatestMeetingAndWhereItsPredikatFallOutside() throws Exception {
    JsonNode guide = unit(get("syahrial.nasution", "/api/dashboard?year=" + DECIDED_YEAR + "&quarter=2"), "DISDUKCAPIL")
        .get("guide");

    assertThat(guide.get("unitResult").asText()).isEqualTo("BAIK");
    assertThat(guide.get("meetingDate").asText()).isEqualTo(SUPPLEMENTARY_MEETING.toString());
    assertThat(guide.get("description").asText()).isEqualTo(DistributionGuide.describe(UnitResult.BAIK));
    assertThat(guide.get("deviations")).extracting(JsonNode::asText).containsExactly(
        "Baik 100 % melebihi batas 70 %",
        "Tidak ada pegawai Butuh Perbaikan atau Kurang, padahal kurva unit Baik mengharuskannya");
    assertThat(guide.get("justification").asText()).isEqualTo("Satu-satunya pegawai yang dinilai memang Baik.");

    JsonNode undecided = get("syahrial.nasution", "/api/dashboard?year=" + YEAR + "&quarter=1");
    assertThat(unit(undecided, "DISDUKCAPIL").get("guide").isNull()).isTrue();
    assertThat(undecided.get("total").get("guide").isNull()).isTrue();
  }

  @Test
  void theUnitReportListsEveryReviewWithPredikatForWhoeverSeesTheWholeUnit() throws Exception {
    String path = "/api/dashboard/units/DISDUKCAPIL/report?year=" + DECIDED_YEAR + "&quarter=2";
    JsonNode report = get("syahrial.nasution", path);

    assertThat(report.get("unitName").asText()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
    assertThat(report.get("headName").asText()).isEqualTo("Drs. Syahrial Nasution, M.AP");
    assertThat(report.get("periodLabel").asText()).isEqualTo("Triwulan II " + DECIDED_YEAR);
    assertThat(report.get("figures").get("predikat").get("BAIK").asLong()).isEqualTo(1);
    assertThat(report.get("figures").get("guide").get("unitResult").asText()).isEqualTo("BAIK");
    assertThat(report.get("employees")).singleElement().satisfies(line -> {
      assertThat(line.get("name").asText()).isEqualTo("Dewi Lestari, A.Md");
      assertThat(line.get("predikat").asText()).isEqualTo("Baik");
      assertThat(line.get("status").asText()).isEqualTo("Menunggu rapat evaluasi");
    });
    assertThat(get("ani.wulandari", path).get("employees")).hasSize(1);

    assertThat(status("arif.lubis", path)).as("an atasan sees a team, not the unit").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("syahrial.nasution", path.replace("DISDUKCAPIL", "DISKOMINFO"))).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("dewi.lestari", path)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aUnitsEmployeesExportKeepsTheNipAsText() {
    ResponseEntity<byte[]> csv = http.withBasicAuth("syahrial.nasution", "demo").getForEntity(
        "/api/dashboard/units/DISDUKCAPIL/employees.csv?year=" + DECIDED_YEAR + "&quarter=2", byte[].class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("kinerja-DISDUKCAPIL-2003-Q2.csv");
    assertThat(csv.getBody()).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertThat(lines[0]).isEqualTo("NIP;Nama;Jabatan;Status;Predikat;Keputusan rapat");
    assertThat(lines).contains("=\"199201082014032008\";Dewi Lestari, A.Md;Pengadministrasi Kependudukan;"
        + "Menunggu rapat evaluasi;Baik;");
    String otherUnit = http.withBasicAuth("arif.lubis", "demo")
        .getForObject("/api/dashboard/units/DISKOMINFO/employees.csv?year=2003&quarter=2", String.class);
    assertThat(otherUnit.lines()).as("an atasan's export holds the team only").hasSize(1);
  }

  @Test
  void thePagesAreServedWithAStrictContentSecurityPolicyAndTheChartLibrary() {
    for (String page : List.of("/dasbor", "/dasbor/laporan/DISDUKCAPIL?year=2026&quarter=4")) {
      ResponseEntity<String> response = http.getForEntity(page, String.class);
      assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(page)
          .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
      assertThat(response.getBody()).as(page).contains("<html lang=\"id\">").doesNotContain("<script>");
    }
    assertThat(http.getForEntity("/webjars/echarts/dist/echarts.min.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCellThatLooksLikeAFormulaIsDefused() {
    assertThat(DashboardController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(DashboardController.cell("Dinas; Sosial")).isEqualTo("\"Dinas; Sosial\"");
  }

  HttpStatusCode status(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode();
  }

  private static JsonNode unit(JsonNode view, String code) {
    for (JsonNode unit : view.get("units")) {
      if (code.equals(unit.get("unitCode").asText())) {
        return unit;
      }
    }
    throw new AssertionError("no unit " + code + " in " + view);
  }
}
