package id.go.tebingtinggi.kinerja.coaching.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.competency.CompetencyHistory;
import id.go.tebingtinggi.kinerja.competency.CompetencyHistoryService;
import id.go.tebingtinggi.kinerja.competency.SessionInput;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a new user would try: an employee decided PEMBINAAN gets a coaching plan with a training, attends it,
 * has a coaching session, and the next quarter's review, once its predikat is BAIK, closes the coaching and with
 * it the first quarter's review. Everything goes through the processes, as in Tasklist.
 */
@IntegrationTest
class CoachingWithTrainingEndToEndTest {

  private static final String EMPLOYEE = "wulan.situmorang";
  private static final int YEAR = 2050;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TrainingCatalogue catalogue;
  @Autowired CompetencyHistoryService histories;
  EngineDriver driver;
  String nip;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new EngineDriver(engine);
    nip = jdbc.queryForObject("select nip from employee where login_id = ?", String.class, EMPLOYEE);
  }

  @Test
  void aCoachedEmployeeTrainsAndTheNextQuartersPredikatBaikClosesTheCoaching() {
    Long trainingId = catalogue.addTraining(new TrainingInput("TEST-E2E-PRIMA", "Pelatihan Pelayanan Publik Prima",
        TrainingKind.PELAYANAN_PUBLIK, "Pelayanan publik", 24, true), "ani.wulandari").getId();
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(21);
    Long sessionId = catalogue.scheduleSession(trainingId, new SessionInput(start, start.plusDays(2),
        "Aula BKPSDM Kota Tebing Tinggi", 30), "ani.wulandari").getId();

    ProcessInstance firstQuarter = review(1, 50, 9, "DI_BAWAH_EKSPEKTASI");
    assertThat(firstQuarter).variables().containsEntry("predikat", "BUTUH_PERBAIKAN");
    engine.getRuntimeService().createMessageCorrelation("MeetingDecision")
        .processInstanceBusinessKey(firstQuarter.getBusinessKey()).setVariable("tindakLanjut", "PEMBINAAN").correlate();
    executeJobs();
    assertThat(firstQuarter).isWaitingAt("CallActivity_CoachingFollowUp");
    ProcessInstance coaching = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(firstQuarter.getId()).singleResult();
    assertThat(coaching.getBusinessKey()).isEqualTo(firstQuarter.getBusinessKey());
    assertThat(coaching).isWaitingAt("UserTask_PlanCoaching").task().isAssignedTo("dedi.simanjuntak");

    Map<String, Object> plan = new HashMap<>(CoachingFollowUpProcessTest.planVariables(true, String.valueOf(trainingId)));
    driver.completeAs("dedi.simanjuntak", List.of("atasan"), coaching.getId(), "UserTask_PlanCoaching", plan);
    driver.completeAs(EMPLOYEE, List.of("pegawai"), coaching.getId(), "UserTask_AcknowledgePlan",
        Map.of("pernyataanMembaca", true));
    executeJobs();
    driver.completeAs("dedi.simanjuntak", List.of("atasan"), coaching.getId(), "UserTask_RecordSession", Map.of(
        "tanggalSesi", LocalDate.now(ReviewCalendar.ZONE).toString(), "topikSesi", "Rencana pembinaan dan jadwal pelatihan",
        "kesepakatanSesi", "Pegawai mengikuti pelatihan pelayanan prima", "sesiBerikutnya", "LANJUT"));
    ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("CompetencyDevelopment").processInstanceBusinessKeyLike(nip + "-KOMPETENSI-%")
        .singleResult();
    assertThat(training).isWaitingAt("UserTask_AssignSession");
    driver.completeAs("ani.wulandari", List.of("bkpsdm"), training.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(sessionId)));
    jdbc.update("update training_session set start_date = ?, end_date = ? where id = ?", start.minusDays(30),
        start.minusDays(28), sessionId);
    driver.fireTimer(training.getId(), "IntermediateCatchEvent_SessionEnded");
    driver.completeAs("ani.wulandari", List.of("bkpsdm"), training.getId(), "UserTask_RecordAttendance",
        Map.of("kehadiran", "HADIR", "nomorSertifikatPelatihan", "893/PPP-031/BKPSDM/2026"));
    assertThat(training).isEnded().hasPassed("EndEvent_TrainingCompleted");

    driver.completeAs(EMPLOYEE, List.of("pegawai"), coaching.getId(), "UserTask_NoteSession",
        Map.of("catatanPegawai", "Jadwal pelatihan sudah saya terima."));
    assertThat((String) driver.shown(coaching.getId(), "UserTask_RecordSession").get("statusPelatihan"))
        .contains("Selesai dengan sertifikat", "893/PPP\\-031/BKPSDM/2026");
    driver.completeAs("dedi.simanjuntak", List.of("atasan"), coaching.getId(), "UserTask_RecordSession", Map.of(
        "tanggalSesi", LocalDate.now(ReviewCalendar.ZONE).toString(),
        "topikSesi", "Penerapan materi pelatihan pelayanan prima di loket",
        "kesepakatanSesi", "Standar waktu layanan 15 menit per pemohon", "sesiBerikutnya", "CUKUP"));
    driver.completeAs(EMPLOYEE, List.of("pegawai"), coaching.getId(), "UserTask_NoteSession",
        Map.of("catatanPegawai", "Materi pelatihan sangat membantu."));
    executeJobs();
    assertThat(coaching).isWaitingAt("ReceiveTask_AwaitNextPredikat");

    ProcessInstance secondQuarter = review(2, 95, 5, "SESUAI_EKSPEKTASI");

    assertThat(secondQuarter).variables().containsEntry("predikat", "BAIK");
    assertThat(coaching).isEnded().hasPassed("EndEvent_CoachingImproved");
    assertThat(firstQuarter).isEnded().hasPassed("EndEvent_CoachingFinished");
    assertThat(jdbc.queryForObject("select status from coaching where business_key = ?", String.class,
        firstQuarter.getBusinessKey())).isEqualTo("MEMBAIK");
    CompetencyHistory history = histories.historyOf(nip, "dedi.simanjuntak", false);
    assertThat(history.hoursPerCompetency()).containsEntry("Pelayanan publik", 24);
    assertThat(history.trainings()).extracting(r -> r.getCertificateNumber()).containsExactly("893/PPP-031/BKPSDM/2026");
  }

  /** One quarter's review through its process up to the predikat (and, when the employee accepts, the meeting). */
  private ProcessInstance review(int quarter, double documents, double days, String hasilKerja) {
    ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("EmployeeQuarterlyReview",
        Variables.createVariables().putValue("nip", nip).putValue("year", YEAR).putValue("quarter", quarter));
    Map<String, Object> targets = new HashMap<>();
    targets.put("jumlahIndikator", 2);
    targets.putAll(indicator(1, "KUANTITAS", 100, 60, "dokumen"));
    targets.putAll(indicator(2, "WAKTU", 5, 40, "hari"));
    driver.complete(review.getId(), "UserTask_ProposeTargets", targets);
    driver.complete(review.getId(), "UserTask_ReviewTargets", Map.of("keputusanTarget", "SETUJU"));
    driver.complete(review.getId(), "UserTask_SelfAssess", Map.of(
        "realisasi01", documents, "bukti01", "Rekap register pelayanan",
        "realisasi02", days, "bukti02", "Laporan waktu layanan", "refleksi", "Antrean sore masih panjang."));
    executeJobs();
    Map<String, Object> rating = new HashMap<>();
    rating.put("ratingHasilKerja", hasilKerja);
    for (String value : List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel", "perilakuKompeten",
        "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif")) {
      rating.put(value, "SESUAI_EKSPEKTASI");
    }
    rating.put("umpanBalik", "Tingkatkan kecepatan layanan loket.");
    driver.complete(review.getId(), "UserTask_ReviewPerformance", rating);
    executeJobs();
    driver.complete(review.getId(), "UserTask_RespondToResult", Map.of("tanggapanHasil", "TERIMA"));
    executeJobs();
    return review;
  }

  private static Map<String, Object> indicator(int i, String aspect, double target, int weight, String unit) {
    String n = String.format("%02d", i);
    return Map.of("rhk" + n, "Meningkatnya kualitas pelayanan administrasi", "indikator" + n, "Indikator " + i,
        "aspek" + n, aspect, "target" + n, target, "satuan" + n, unit, "bobot" + n, weight, "jenis" + n, "UTAMA");
  }

  /** Runs the asynchronous continuations of every process of this employee (reviews, coaching, training). */
  private void executeJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().messages().list().stream()
          .filter(job -> {
            var owner = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId()).singleResult();
            return owner != null && owner.getBusinessKey() != null && owner.getBusinessKey().startsWith(nip);
          })
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
