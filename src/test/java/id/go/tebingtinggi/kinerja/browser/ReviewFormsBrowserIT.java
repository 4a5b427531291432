package id.go.tebingtinggi.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each review form rendered by Camunda Tasklist in a real browser: the display blocks show the variables the
 * server prepares (and hide the empty ones), the conditional fields appear when they apply, and completing the
 * task submits exactly the contract's input variables. A fixture process with the review's user tasks and form
 * references stands in for the full process; the variables a create listener would set task-locally are set
 * task-locally here too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFormsBrowserIT {

  private static final String EMPLOYEE = "dewi.lestari";
  private static final String TABLE = """
      | No | Indikator | Target | Bobot | Jenis |
      |---|---|---|---|---|
      | 1 | Dokumen KTP-el yang selesai dicetak | 1.200 dokumen | 60 % | Utama |
      | 2 | Lama penerbitan KTP-el | 1 hari | 40 % | Utama |
      """;

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;

  private String deploymentId;
  private Tasklist tasklist;
  private String processInstanceId;

  @BeforeAll
  void deployFixtureAndLogIn() throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name("FormsFixture")
        .addClasspathResource("browser/FormsFixture.bpmn");
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      deployment.addInputStream(form.getFilename(), form.getInputStream());
    }
    deploymentId = deployment.deploy().getId();
    tasklist = new Tasklist(port);
    tasklist.logIn(EMPLOYEE, "demo");
  }

  @AfterEach
  void removeInstance() {
    if (processInstanceId != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtimeService.deleteProcessInstance(processInstanceId, "browser test done");
    }
  }

  @AfterAll
  void closeBrowserAndUndeploy() throws IOException {
    if (tasklist != null) {
      tasklist.close();
    }
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void proposeTargetsSubmitsTheRowsInUse() throws IOException {
    Map<String, Object> previousQuarter = Map.of("jumlahIndikator", 2,
        "rhk01", "Terlaksananya pelayanan pencetakan KTP-el", "indikator01", "Dokumen KTP-el yang selesai dicetak",
        "aspek01", "KUANTITAS", "target01", 1200, "satuan01", "dokumen", "bobot01", 60, "jenis01", "UTAMA");
    Task task = start("UserTask_ProposeTargets", previousQuarter,
        Map.of("komentarAtasan", "Tambahkan indikator waktu layanan dengan bobot 40 %.", "putaranRevisi", 2));

    tasklist.openTask("Usulkan target");
    tasklist.screenshot("propose-targets-1-opened");

    assertThat(tasklist.formText())
        .contains("Nama pegawai: Dewi Lestari, A.Md", "Periode: Triwulan IV 2026",
            "Tambahkan indikator waktu layanan dengan bobot 40 %.", "Putaran revisi ke-2")
        .doesNotContain("Pengingat");
    assertThat(tasklist.value("satuan01")).isEqualTo("dokumen");
    assertThat(tasklist.isShown("rhk02")).isTrue();
    assertThat(tasklist.isShown("rhk03")).isFalse();

    tasklist.type("jumlahIndikator", "3");
    tasklist.awaitUntil("row 3 shown", () -> tasklist.isShown("rhk03"));
    tasklist.type("jumlahIndikator", "2");
    tasklist.awaitUntil("row 3 hidden again", () -> !tasklist.isShown("rhk03"));

    tasklist.complete();
    tasklist.awaitUntil("the empty second row is reported", () -> !tasklist.errors("rhk02").isEmpty());
    tasklist.screenshot("propose-targets-2-incomplete");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    tasklist.type("rhk02", "Terlaksananya pelayanan pencetakan KTP-el");
    tasklist.type("indikator02", "Lama penerbitan KTP-el sejak berkas lengkap");
    tasklist.choose("aspek02", "Waktu");
    tasklist.type("target02", "1");
    tasklist.type("satuan02", "hari");
    tasklist.type("bobot02", "40");
    tasklist.choose("jenis02", "Utama");
    tasklist.screenshot("propose-targets-3-filled");
    completeAndAwait(task);

    Map<String, Object> submitted = processVariables();
    assertThat(submitted).containsEntry("rhk02", "Terlaksananya pelayanan pencetakan KTP-el")
        .containsEntry("aspek02", "WAKTU").containsEntry("satuan02", "hari").containsEntry("jenis02", "UTAMA")
        .containsEntry("satuan01", "dokumen")
        .doesNotContainKey("rhk03");
    assertThat(number(submitted, "jumlahIndikator")).isEqualTo(2);
    assertThat(number(submitted, "target02")).isEqualTo(1);
    assertThat(number(submitted, "bobot01") + number(submitted, "bobot02")).isEqualTo(100);
  }

  @Test
  void reviewTargetsShowsTheProposalAsTableAndAsksForACommentWhenReturned() throws IOException {
    Task task = start("UserTask_ReviewTargets", Map.of(),
        Map.of("ringkasanTarget", TABLE, "putaranRevisi", 1));

    tasklist.openTask("Periksa target");
    assertThat(tasklist.renderedTables()).singleElement().asString()
        .contains("Indikator", "Lama penerbitan KTP-el", "1.200 dokumen", "60 %");
    assertThat(tasklist.formText()).doesNotContain("Putaran revisi");
    assertThat(tasklist.isShown("komentarAtasan")).isFalse();

    tasklist.pick("keputusanTarget", "Kembalikan untuk diperbaiki");
    assertThat(tasklist.isShown("komentarAtasan")).isTrue();
    tasklist.type("komentarAtasan", "Bobot indikator 2 terlalu kecil.");
    tasklist.screenshot("review-targets");
    completeAndAwait(task);

    assertThat(processVariables())
        .containsEntry("keputusanTarget", "KEMBALIKAN")
        .containsEntry("komentarAtasan", "Bobot indikator 2 terlalu kecil.");
  }

  @Test
  void selfAssessmentAsksForTheRealisationOfEachApprovedIndicator() throws IOException {
    Task task = start("UserTask_SelfAssess", Map.of(),
        Map.of("ringkasanTarget", TABLE, "jumlahIndikator", 2,
            "label01", "Indikator 1: Dokumen KTP-el yang selesai dicetak — target 1200 dokumen (kuantitas, bobot 60 %, utama)",
            "label02", "Indikator 2: Lama penerbitan KTP-el — target 1 hari (waktu, bobot 40 %, utama)"));

    tasklist.openTask("Isi penilaian mandiri");
    assertThat(tasklist.formText()).contains("Indikator 2: Lama penerbitan KTP-el — target 1 hari");
    assertThat(tasklist.value("jumlahIndikator")).isEqualTo("2");
    assertThat(tasklist.isShown("realisasi02")).isTrue();
    assertThat(tasklist.isShown("realisasi03")).isFalse();

    tasklist.type("realisasi01", "1250");
    tasklist.type("bukti01", "https://drive.tebingtinggikota.go.id/disdukcapil/rekap-ktp-el-tw4.pdf");
    tasklist.type("realisasi02", "0.5");
    tasklist.type("bukti02", "Rata-rata waktu penerbitan menurut aplikasi SIAK: setengah hari.");
    tasklist.type("refleksi", "Pencetakan lancar; blangko sempat habis dua hari pada bulan November.");
    tasklist.screenshot("self-assessment");
    completeAndAwait(task);

    Map<String, Object> submitted = processVariables();
    assertThat(number(submitted, "realisasi01")).isEqualTo(1250);
    assertThat(number(submitted, "realisasi02")).isEqualTo(0.5);
    assertThat(submitted).containsEntry("refleksi",
            "Pencetakan lancar; blangko sempat habis dua hari pada bulan November.")
        .doesNotContainKey("realisasi03");
  }

  @Test
  void supervisorReviewAsksForAReasonWhenTheRatingDiffersFromTheSuggestion() throws IOException {
    Map<String, Object> suggestion = Map.of("ratingHasilKerja", "SESUAI_EKSPEKTASI");
    Task task = start("UserTask_ReviewPerformance", suggestion, Map.of(
        "ringkasanCapaian", TABLE + "\n**Refleksi pegawai:** pencetakan lancar.",
        "ratingHasilKerjaSaran", "SESUAI_EKSPEKTASI"));

    tasklist.openTask("Nilai kinerja pegawai");
    assertThat(tasklist.formText()).contains("Saran sistem: Sesuai ekspektasi", "Refleksi pegawai:");
    assertThat(tasklist.renderedTables()).hasSize(1);
    assertThat(tasklist.isShown("alasanRatingHasilKerja")).isFalse();

    tasklist.choose("ratingHasilKerja", "Di atas ekspektasi");
    assertThat(tasklist.isShown("alasanRatingHasilKerja")).isTrue();
    tasklist.type("alasanRatingHasilKerja", "Realisasi jauh melampaui target tanpa tambahan sumber daya.");
    for (String value : new String[] {"perilakuBerorientasiPelayanan", "perilakuAkuntabel", "perilakuKompeten",
        "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif"}) {
      tasklist.choose(value, "Sesuai ekspektasi");
    }
    tasklist.choose("perilakuKolaboratif", "Di atas ekspektasi");
    tasklist.type("umpanBalik", "Pertahankan kecepatan layanan; bagikan cara kerja Anda kepada rekan.");
    tasklist.screenshot("supervisor-review");
    completeAndAwait(task);

    assertThat(processVariables())
        .containsEntry("ratingHasilKerja", "DI_ATAS_EKSPEKTASI")
        .containsEntry("alasanRatingHasilKerja", "Realisasi jauh melampaui target tanpa tambahan sumber daya.")
        .containsEntry("perilakuAkuntabel", "SESUAI_EKSPEKTASI")
        .containsEntry("perilakuKolaboratif", "DI_ATAS_EKSPEKTASI")
        .containsEntry("umpanBalik", "Pertahankan kecepatan layanan; bagikan cara kerja Anda kepada rekan.")
        .containsEntry("ekspektasiKhusus", "");
  }

  @Test
  void respondToResultShowsTheResultInWordsAndTakesAnObjection() throws IOException {
    Task task = start("UserTask_RespondToResult",
        Map.of("predikat", "BAIK", "ratingHasilKerja", "SESUAI_EKSPEKTASI", "ratingPerilakuKerja",
            "DI_ATAS_EKSPEKTASI", "umpanBalik", "Pertahankan kecepatan layanan."),
        // worded as RecordPredikatDelegate and RemindLateTaskListener word them
        Map.of("batasKeberatanLabel", "Keberatan dapat diajukan sampai 12 Januari 2027",
            "pengingat", "Pengingat: tugas ini telah melewati tenggat 5 Januari 2027. Mohon segera diselesaikan."));

    tasklist.openTask("Tanggapi hasil penilaian");
    assertThat(tasklist.formText()).contains("Predikat kinerja: Baik", "Rating hasil kerja: Sesuai ekspektasi",
        "Rating perilaku kerja: Di atas ekspektasi", "Pertahankan kecepatan layanan.",
        "Keberatan dapat diajukan sampai 12 Januari 2027.\n",
        "Pengingat: tugas ini telah melewati tenggat 5 Januari 2027. Mohon segera diselesaikan.");
    assertThat(tasklist.isShown("alasanKeberatan")).isFalse();

    tasklist.pick("tanggapanHasil", "Saya mengajukan keberatan");
    tasklist.type("alasanKeberatan", "Realisasi indikator 1 belum memasukkan cetakan bulan Desember.");
    tasklist.screenshot("respond-to-result");
    completeAndAwait(task);

    assertThat(processVariables())
        .containsEntry("tanggapanHasil", "KEBERATAN")
        .containsEntry("alasanKeberatan", "Realisasi indikator 1 belum memasukkan cetakan bulan Desember.")
        .containsEntry("ratingHasilKerja", "SESUAI_EKSPEKTASI")
        .containsEntry("predikat", "BAIK");
  }

  @Test
  void decideObjectionAsksForNewRatingsOnlyWhenTheRatingIsChanged() throws IOException {
    Task task = start("UserTask_DecideObjection", Map.of(), Map.of("ringkasanKeberatan",
        "**Pegawai:** Dewi Lestari, A.Md\n\n| Rating | Nilai |\n|---|---|\n| Hasil kerja | Sesuai ekspektasi |\n"
            + "| Perilaku kerja | Di atas ekspektasi |\n\n**Alasan keberatan:** cetakan Desember belum dihitung."));

    tasklist.openTask("Putuskan keberatan");
    assertThat(tasklist.renderedTables()).singleElement().asString().contains("Hasil kerja", "Sesuai ekspektasi");
    assertThat(tasklist.isShown("ratingHasilKerjaBaru")).isFalse();

    tasklist.pick("keputusanKeberatan", "Terima keberatan, ubah penilaian");
    tasklist.choose("ratingHasilKerjaBaru", "Di atas ekspektasi");
    tasklist.choose("ratingPerilakuKerjaBaru", "Di atas ekspektasi");
    tasklist.type("alasanKeputusanKeberatan", "Cetakan Desember terbukti dari laporan SIAK.");
    tasklist.screenshot("decide-objection");
    completeAndAwait(task);

    assertThat(processVariables())
        .containsEntry("keputusanKeberatan", "UBAH")
        .containsEntry("ratingHasilKerjaBaru", "DI_ATAS_EKSPEKTASI")
        .containsEntry("ratingPerilakuKerjaBaru", "DI_ATAS_EKSPEKTASI")
        .containsEntry("alasanKeputusanKeberatan", "Cetakan Desember terbukti dari laporan SIAK.");
  }

  /** Starts the fixture at the given user task with the process variables and the task's local variables. */
  private Task start(String userTask, Map<String, Object> processVariables, Map<String, Object> taskVariables) {
    Map<String, Object> variables = new HashMap<>(processVariables);
    variables.putAll(Map.of("pegawaiLogin", EMPLOYEE, "pegawaiNama", "Dewi Lestari, A.Md",
        "pegawaiJabatan", "Pengadministrasi Kependudukan", "unitNama", "Dinas Kependudukan dan Pencatatan Sipil",
        "periodeLabel", "Triwulan IV 2026"));
    processInstanceId = runtimeService.createProcessInstanceByKey("FormsFixture")
        .startBeforeActivity(userTask)
        .setVariables(variables)
        .execute()
        .getId();
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    taskService.setVariablesLocal(task.getId(), taskVariables);
    return task;
  }

  private void completeAndAwait(Task task) {
    tasklist.complete();
    tasklist.awaitUntil("task " + task.getName() + " completed",
        () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  /** The process-level variables after the task, read from history, as the process may have ended. */
  private Map<String, Object> processVariables() {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
        .filter(variable -> variable.getTaskId() == null)
        .filter(variable -> HistoricVariableInstance.STATE_CREATED.equals(variable.getState()))
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return variables;
  }

  private static double number(Map<String, Object> variables, String name) {
    assertThat(variables.get(name)).as(name).isInstanceOf(Number.class);
    return ((Number) variables.get(name)).doubleValue();
  }
}
