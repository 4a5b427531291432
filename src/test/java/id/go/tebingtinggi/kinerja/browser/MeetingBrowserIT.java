package id.go.tebingtinggi.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.meeting.MeetingFixture;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluation meeting as the kepala dinas holds it: the task in Tasklist, the meeting page it links to, the
 * distribution against the guide of the chosen unit result, a refusal that keeps what was typed and stores nothing,
 * then the decisions recorded, the task completed through the engine, and the printable report. Kecamatan Rambutan's
 * last quarter, brought to its meeting with four predikat: Sangat Baik, Baik, Baik, Butuh Perbaikan.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingBrowserIT {

  private static final String HEAD = "khairul.dalimunthe";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  private MeetingFixture rambutan;

  /** Once, in the first test: process test coverage records engine events only while a test runs. */
  @BeforeEach
  void bringRambutanToItsMeeting() {
    if (rambutan != null) {
      return;
    }
    rambutan = MeetingFixture.rambutanAtItsMeeting(engine, jdbc);
  }

  @AfterAll
  void removeRambutansQuarter() {
    if (rambutan != null) {
      rambutan.remove();
    }
  }

  @Test
  void theKepalaDinasHoldsTheMeetingFromTasklist() throws IOException {
    String taskId = rambutan.meetingTask().getId();
    Long mega = rambutan.reviewId("mega.silvia");
    try (Tasklist browser = new Tasklist(port)) {
      browser.logIn(HEAD, "demo");
      browser.openTask("Pimpin rapat evaluasi triwulan");
      assertThat(browser.formText()).contains("Kecamatan Rambutan", rambutan.period().label(),
          "Buka halaman rapat evaluasi", "Menyimpan di halaman itu sekaligus menyelesaikan tugas ini.")
          .doesNotContain("\\n");
      browser.screenshot("meeting-1-task");
      String meetingPage = browser.await(".fjs-container a").getDomAttribute("href");
      assertThat(meetingPage).endsWith("/rapat/" + taskId);

      browser.openPage("/rapat/" + taskId);
      browser.await("#tabel-keputusan");
      assertThat(browser.texts("#tabel-keputusan .nama"))
          .containsExactlyInAnyOrder("Drs. Khairul Anwar Dalimunthe", "Suryani Sihombing, S.Sos", "Ferdi Ansyah Matondang",
              "Mega Silvia");
      assertThat(browser.texts("#tabel-distribusi tr[data-predikat=BAIK] td")).startsWith("2", "50 %");

      // the guide of the chosen unit result beside the distribution: Butuh Perbaikan does not fit, Baik does
      browser.select("#hasil-unit", "Butuh Perbaikan");
      browser.await("#justifikasi-wajib");
      assertThat(browser.texts("#tabel-distribusi tr.menyimpang th")).contains("Sangat Baik", "Butuh Perbaikan");
      browser.screenshot("meeting-2-outside-the-guide");
      browser.select("#hasil-unit", "Baik");
      browser.screenshot("meeting-2b-baik");
      assertThat(browser.await(".kurva[data-unit-result=BAIK] .status-sesuai").getText())
          .isEqualTo("Distribusi sesuai kurva.");
      assertThat(browser.texts("#tabel-distribusi tr.menyimpang")).isEmpty();

      // a changed decision without its reason and no attendees: refused, nothing stored, the task still open
      browser.select("#keputusan-" + mega, "Tanpa tindak lanjut");
      browser.await("tr[data-review-id='" + mega + "'] .tanda-berubah");
      browser.fill("#notulen", "Rapat membahas capaian triwulan; pelayanan administrasi kecamatan stabil.");
      browser.click("#simpan");
      browser.await("#galat");
      assertThat(browser.texts("#galat .daftar-galat li")).anySatisfy(reason -> assertThat(reason)
              .contains("Mega Silvia", "alasan"))
          .anySatisfy(reason -> assertThat(reason).contains("Peserta rapat"));
      browser.screenshotPage("meeting-3-refused");
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from evaluation_meeting where cycle_id = ?", Long.class,
          rambutan.cycleId())).isZero();

      browser.fill("#alasan-" + mega, "Kinerja membaik pada bulan terakhir; pembinaan cukup lewat arahan atasan.");
      browser.fill("#peserta", "Camat Rambutan\nSekretaris Kecamatan\nKepala Seksi Pelayanan");
      browser.click("#simpan");
      browser.await("#berhasil");
      assertThat(browser.await("#berhasil").getText()).contains("4 keputusan dicatat");
      browser.screenshotPage("meeting-4-recorded");

      // the printable report of what was decided
      browser.click("#tautan-laporan");
      browser.awaitUntil("the report is open", () -> browser.pageText().contains("Mega Silvia")
          && !browser.pageText().contains("Simpan keputusan rapat"));
      assertThat(browser.pageText()).contains("Kecamatan Rambutan", rambutan.period().label(),
          "Tanpa tindak lanjut", "Kinerja membaik pada bulan terakhir", "Camat Rambutan");
      browser.screenshotPage("meeting-5-report");
    }

    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getDeleteReason()).isEqualTo("completed");
    assertThat(jdbc.queryForObject("select count(*) from meeting_decision d join evaluation_meeting m "
        + "on m.id = d.meeting_id where m.cycle_id = ?", Long.class, rambutan.cycleId())).isEqualTo(4);
    assertThat(jdbc.queryForObject("select decided from meeting_decision where review_id = ?",
        String.class, mega)).isEqualTo("TANPA_TINDAK_LANJUT");
  }
}
