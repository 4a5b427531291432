package id.go.tebingtinggi.kinerja.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The meeting page and the meeting API of an open meeting task, over HTTP: the unit's head reaches both with the
 * Tasklist login (and the API with basic authentication), another unit's head finds nothing, staff are refused,
 * visitors without a login are sent to the Tasklist login (pages) or get 401 (API), and a change made with the
 * session alone needs the page's CSRF token.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPageAccessTest {

  private static final String HEAD = "khairul.dalimunthe";
  private static final String OTHER_UNITS_HEAD = "hasan.lubis";
  private static final String STAFF = "ferdi.matondang";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  private MeetingFixture rambutan;
  private String taskId;

  /** Once, in the first test: process-test-coverage records engine events only while a test method runs. */
  @BeforeEach
  void bringRambutanToItsMeeting() {
    if (rambutan != null) {
      return;
    }
    rambutan = MeetingFixture.rambutanAtItsMeeting(engine, jdbc);
    taskId = rambutan.meetingTask().getId();
  }

  @AfterAll
  void removeRambutansQuarter() {
    if (rambutan != null) {
      rambutan.remove();
    }
  }

  @Test
  void headOfTheUnitOpensTheMeetingPageWithTheTasklistLogin() throws Exception {
    HttpResponse<String> page = TasklistSession.logIn(port, HEAD, "demo").get("/rapat/" + taskId);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kecamatan Rambutan", rambutan.period().label(), "Rapat reguler",
        "Drs. Khairul Anwar Dalimunthe", "Mega Silvia", "Pengelola Pelayanan Masyarakat", "Butuh Perbaikan",
        "Semua penilaian unit sudah selesai", "Paling banyak 70 % Baik", "max=\"" + LocalDate.now(ReviewCalendar.ZONE) + "\"");
    assertThat(TasklistSession.csrfTokenOf(page)).isNotBlank();
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'self'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|style=\"");
  }

  @Test
  void meetingApiAcceptsTheTasklistLoginAndBasicAuthentication() throws Exception {
    HttpResponse<String> viaSession = TasklistSession.logIn(port, HEAD, "demo")
        .getJson("/api/meetings/tasks/" + taskId);
    HttpResponse<String> viaBasic = TasklistSession.basic(port, HEAD, "demo").getJson("/api/meetings/tasks/" + taskId);

    for (HttpResponse<String> response : List.of(viaSession, viaBasic)) {
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode agenda = JSON.readTree(response.body());
      assertThat(agenda.at("/agenda/items")).hasSize(4);
      assertThat(agenda.at("/agenda/cycleKey").asText()).isEqualTo(rambutan.cycleKey());
      JsonNode butuhPerbaikan = agenda.at("/guides/2");
      assertThat(butuhPerbaikan.at("/unitResult").asText()).isEqualTo("BUTUH_PERBAIKAN");
      assertThat(butuhPerbaikan.at("/outside").toString()).contains("SANGAT_BAIK", "BUTUH_PERBAIKAN");
    }
  }

  @Test
  void anotherUnitsHeadFindsNoSuchMeeting() throws Exception {
    TasklistSession other = TasklistSession.logIn(port, OTHER_UNITS_HEAD, "demo");

    HttpResponse<String> page = other.get("/rapat/" + taskId);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Halaman tidak ditemukan", "tidak ditemukan atau sudah selesai").doesNotContain("Mega Silvia");
    assertThat(other.getJson("/api/meetings/tasks/" + taskId).statusCode()).isEqualTo(404);
    assertThat(TasklistSession.basic(port, OTHER_UNITS_HEAD, "demo").getJson("/api/meetings/tasks/" + taskId)
        .statusCode()).isEqualTo(404);
  }

  @Test
  void staffAreRefused() throws Exception {
    TasklistSession staff = TasklistSession.logIn(port, STAFF, "demo");

    HttpResponse<String> page = staff.get("/rapat/" + taskId);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Akses ditolak").doesNotContain("Mega Silvia");
    assertThat(staff.getJson("/api/meetings/tasks/" + taskId).statusCode()).isEqualTo(403);
    assertThat(TasklistSession.basic(port, STAFF, "demo").getJson("/api/meetings/tasks/" + taskId).statusCode())
        .isEqualTo(403);
  }

  @Test
  void visitorsWithoutALoginAreSentToTheTasklistLoginOrGet401() throws Exception {
    TasklistSession visitor = TasklistSession.anonymous(port);

    HttpResponse<String> page = visitor.get("/rapat/" + taskId);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/camunda/app/tasklist/");
    HttpResponse<String> api = visitor.getJson("/api/meetings/tasks/" + taskId);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    assertThat(visitor.postJson("/api/meetings/tasks/" + taskId, "{}", null).statusCode()).isEqualTo(401);
    // an unknown user: a wrong password of a real one would slow down that user's next login (Camunda's throttling)
    assertThat(TasklistSession.basic(port, "tidak.terdaftar", "demo").getJson("/api/meetings/tasks/" + taskId)
        .statusCode()).isEqualTo(401);
  }

  @Test
  void loggingOutOfTasklistEndsTheLoginOnThePages() throws Exception {
    TasklistSession head = TasklistSession.logIn(port, HEAD, "demo");
    assertThat(head.get("/rapat/" + taskId).statusCode()).isEqualTo(200);

    head.logOut();

    assertThat(head.get("/rapat/" + taskId).statusCode()).isEqualTo(302);
    assertThat(head.getJson("/api/meetings/tasks/" + taskId).statusCode()).isEqualTo(401);
  }

  @Test
  void aChangeMadeWithTheSessionAloneNeedsThePagesCsrfToken() throws Exception {
    TasklistSession head = TasklistSession.logIn(port, HEAD, "demo");
    String meeting = completeMeeting();

    HttpResponse<String> withoutToken = head.postJson("/api/meetings/tasks/" + taskId, meeting, null);
    HttpResponse<String> withForeignToken = head.postJson("/api/meetings/tasks/" + taskId, meeting,
        TasklistSession.csrfTokenOf(TasklistSession.logIn(port, HEAD, "demo").get("/rapat/" + taskId)));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("Token keamanan halaman");
    assertThat(withForeignToken.statusCode()).isEqualTo(403);
    assertThat(rambutan.meetingTask().getId()).as("task still open").isEqualTo(taskId);
  }

  @Test
  void theServerExplainsWhatIsMissingToThePage() throws Exception {
    TasklistSession head = TasklistSession.logIn(port, HEAD, "demo");
    String token = TasklistSession.csrfTokenOf(head.get("/rapat/" + taskId));
    String changedWithoutReason = completeMeeting().replace(
        "{\"reviewId\":" + rambutan.reviewId(STAFF) + ",\"followUp\":\"TANPA_TINDAK_LANJUT\"",
        "{\"reviewId\":" + rambutan.reviewId(STAFF) + ",\"followUp\":\"PENGHARGAAN\"");

    HttpResponse<String> refused = head.postJson("/api/meetings/tasks/" + taskId, changedWithoutReason, token);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).at("/alasan").toString())
        .contains("Ferdi Ansyah Matondang: alasan keputusan yang berbeda dari rekomendasi wajib diisi");
    assertThat(rambutan.meetingTask().getId()).isEqualTo(taskId);

    // the person corrects the form and saves again from the same page: the page's token still holds
    HttpResponse<String> again = head.postJson("/api/meetings/tasks/" + taskId, changedWithoutReason, token);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
  }

  @Test
  void basicAuthenticationClientsNeedNoCsrfToken() throws Exception {
    HttpResponse<String> refused = TasklistSession.basic(port, HEAD, "demo")
        .postJson("/api/meetings/tasks/" + taskId, "{\"decisions\":[]}", null);

    assertThat(refused.statusCode()).as("judged on its content, not refused for a missing token").isEqualTo(400);
    assertThat(refused.body()).contains("Tanggal rapat wajib diisi", "belum diputuskan");
    assertThat(rambutan.meetingTask().getId()).isEqualTo(taskId);
  }

  /** A meeting that decides every review as recommended, with a unit result whose guide the distribution fits. */
  private String completeMeeting() {
    return "{\"meetingDate\":\"" + LocalDate.now(ReviewCalendar.ZONE) + "\","
        + "\"attendees\":\"Drs. Khairul Anwar Dalimunthe\\nSuryani Sihombing, S.Sos\",\"minutes\":\"Rapat berjalan.\","
        + "\"unitResult\":\"BAIK\",\"distributionJustification\":\"\",\"decisions\":["
        + decision(HEAD, "PENGHARGAAN") + "," + decision("suryani.sihombing", "TANPA_TINDAK_LANJUT") + ","
        + decision(STAFF, "TANPA_TINDAK_LANJUT") + "," + decision("mega.silvia", "PEMBINAAN") + "]}";
  }

  private String decision(String login, String followUp) {
    return "{\"reviewId\":" + rambutan.reviewId(login) + ",\"followUp\":\"" + followUp + "\",\"reason\":\"\"}";
  }
}
