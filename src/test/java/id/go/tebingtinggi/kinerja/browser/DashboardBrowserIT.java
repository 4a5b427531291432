package id.go.tebingtinggi.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.review.process.ReviewDriver;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' dashboard and Tasklist as their people see them in a real browser: the kepala dinas of Disdukcapil
 * sees the unit's progress chart, who is late and what was decided, drills down to an employee's record and
 * downloads the CSV; an employee finds Tasklist in Bahasa Indonesia with a rendered form, and is refused the
 * dashboard. Screenshots under {@code target/screenshots}. Quarter 1 of 2096 belongs to this class.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

  private static final int YEAR = 2096;
  private static final String HEAD = "syahrial.nasution";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  private boolean quarterActive;
  private ReviewDriver dewi;
  private ReviewDriver budi;

  /**
   * One quarter's activity in Disdukcapil: Dewi's review decided with an award, Budi's targets four days late.
   * Once per class, inside a test: process test coverage records only while a test runs.
   */
  @BeforeEach
  void oneQuarterOfActivity() {
    if (quarterActive) {
      return;
    }
    quarterActive = true;
    dewi = new ReviewDriver(engine, jdbc).start("dewi.lestari", YEAR, 1).proposeTargets().approveTargets()
        .selfAssess(130, 3).rate("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI").accept()
        .deliverMeetingDecision("PENGHARGAAN");
    budi = new ReviewDriver(engine, jdbc).start("budi.santoso", YEAR, 1);
    engine.getTaskService().setDueDate(budi.task("UserTask_ProposeTargets").getId(),
        Date.from(Instant.now().minus(Duration.ofDays(4))));
  }

  @Test
  void theKepalaDinasSeesTheUnitDrillsDownToAnEmployeeAndExportsTheCsv() throws IOException {
    try (Tasklist browser = new Tasklist(port)) {
      browser.logIn(HEAD, "demo");
      browser.openPage("/dasbor#/" + YEAR + "/1");
      browser.await("body[data-state=overview]");
      browser.awaitPresent("#chart-stages canvas");
      assertThat(browser.await("#title").getText()).isEqualTo("Dasbor kinerja · Triwulan I " + YEAR);
      assertThat(browser.pageText())
          .contains("Dinas Kependudukan dan Pencatatan Sipil", "unit yang Anda pimpin",
              "Siapa yang terlambat", "Budi Santoso", "Usulkan target kinerja", "4 hari",
              "Distribusi predikat dan kurva", "Keputusan rapat");
      assertThat(browser.textContent("dl.decisions")).contains("Diputuskan1 dari 2 pegawai", "Penghargaan1 pegawai");
      assertThat(browser.textContent("#stages-summary"))
          .contains("Penyusunan target 1", "Tindak lanjut berjalan 1");
      browser.screenshotPage("dashboard-1-kepala-dinas");

      // the whole CSV of the view, downloaded with the page's own session as the download link does
      String csvHref = browser.await("#csv").getDomAttribute("href");
      assertThat(csvHref).isEqualTo("/api/dashboard/export.csv?year=" + YEAR + "&quarter=1");
      Tasklist.Download csv = browser.download(csvHref);
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv");
      assertThat(csv.disposition()).contains("kinerja-" + YEAR + "-Q1.csv");
      assertThat(Arrays.copyOf(csv.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
      List<String> lines = new String(csv.bytes(), 3, csv.bytes().length - 3, StandardCharsets.UTF_8)
          .lines().toList();
      assertThat(lines.get(0)).startsWith("Kode unit;Unit;Jumlah penilaian;Penyusunan target");
      assertThat(lines).hasSize(3);
      String[] unit = lines.get(1).split(";", -1);
      assertThat(unit).hasSize(lines.get(0).split(";", -1).length);
      assertThat(unit[0]).isEqualTo("DISDUKCAPIL");
      assertThat(unit[1]).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
      assertThat(unit[2]).isEqualTo("2");

      // drill-down: the unit's employees, then Dewi's record with the link to her process in Cockpit
      browser.clickLink("Lihat pegawai Dinas Kependudukan dan Pencatatan Sipil");
      browser.await("body[data-state=unit]");
      browser.await("table.employees");
      assertThat(browser.pageText()).contains("Dewi Lestari, A.Md", "Budi Santoso", "Sangat Baik");
      browser.screenshotPage("dashboard-2-unit");

      browser.clickLink("Dewi Lestari, A.Md");
      browser.await("body[data-state=employee]");
      browser.await("section.quarter[data-period='" + YEAR + "-1'] table.indicators");
      assertThat(browser.pageText())
          .contains("Triwulan I " + YEAR, "Sangat Baik", "Indikator 1 pelayanan KTP-el", "130 dokumen",
              "Buka proses di Cockpit");
      assertThat(browser.await("section.quarter[data-period='" + YEAR + "-1'] a.cockpit").getDomAttribute("href"))
          .endsWith("/process-instance/" + dewi.instance.getId());
      browser.screenshotPage("dashboard-3-employee");
    }
  }

  @Test
  void anEmployeeFindsTasklistInIndonesianAndIsRefusedTheDashboard() throws IOException {
    try (Tasklist browser = new Tasklist(port)) {
      browser.logIn("budi.santoso", "demo");
      browser.openTask("Usulkan target kinerja");
      assertThat(browser.formText()).contains("Indikator");
      assertThat(browser.pageText()).contains("Mulai proses", "Selesaikan", "Simpan");
      browser.screenshotPage("tasklist-pegawai");

      browser.openPage("/dasbor#/" + YEAR + "/1");
      browser.await("body[data-state=refused]");
      assertThat(browser.pageText()).contains("Akses ditolak", "tugas Anda ada di Tasklist")
          .doesNotContain("Budi Santoso", "Dewi Lestari");
      browser.screenshotPage("dashboard-pegawai-refused");
    }
  }
}
