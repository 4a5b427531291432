package id.go.tebingtinggi.kinerja.coaching.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static id.go.tebingtinggi.kinerja.coaching.EngineDriver.refusal;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Date;
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
 * Every path of CoachingFollowUp, started as the review's call activity starts it, on reviews of demo employees
 * that the meeting decided PEMBINAAN. The next quarter's predikat comes from the review's own use case, as the
 * review process records it.
 */
@IntegrationTest
class CoachingFollowUpProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewService reviewService;
  @Autowired CoachingService coachings;
  @Autowired TrainingCatalogue catalogue;
  ReviewFixtures reviews;
  EngineDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    reviews = new ReviewFixtures(reviewService, jdbc);
    driver = new EngineDriver(engine);
  }

  @Test
  void predikatBaikInTheNextQuarterClosesTheCoachingAsImproved() {
    ProcessInstance coaching = startCoaching("yusuf.damanik", 2031);
    assertThat(coaching).isWaitingAt("UserTask_PlanCoaching").task().isAssignedTo("nurhayati.siregar");
    Map<String, Object> shown = driver.shown(coaching.getId(), "UserTask_PlanCoaching");
    assertThat((String) shown.get("ringkasanPenilaian")).contains("Butuh Perbaikan", "Dokumen kependudukan");
    assertThat((String) shown.get("kesenjangan")).contains("Dokumen kependudukan yang diterbitkan");

    plan(coaching, false, null);
    assertThat(coaching).isWaitingAt("UserTask_AcknowledgePlan").task().isAssignedTo("yusuf.damanik");
    assertThat((String) driver.shown(coaching.getId(), "UserTask_AcknowledgePlan").get("ringkasanRencana"))
        .contains("Ikuti piket layanan pagi", "tidak diperlukan");
    acknowledge(coaching);
    recordSession(coaching, "CUKUP");
    assertThat(coaching).isWaitingAt("UserTask_NoteSession").task().isAssignedTo("yusuf.damanik");
    driver.complete(coaching.getId(), "UserTask_NoteSession", Map.of("catatanPegawai", "Saya butuh pendampingan SIAK."));
    driver.executeJobs(coaching.getId());
    assertThat(coaching).isWaitingAt("ReceiveTask_AwaitNextPredikat");
    assertThat(column(coaching, "status")).isEqualTo("MENUNGGU_PENILAIAN");

    reviews.withPredikat("yusuf.damanik", 2031, 2, Predikat.BAIK);
    driver.executeJobs(coaching.getId());

    assertThat(coaching).isEnded().hasPassed("ReceiveTask_AwaitNextPredikat", "EndEvent_CoachingImproved");
    assertThat(jdbc.queryForMap("select status, outcome, next_predikat, next_review_key from coaching where business_key = ?",
        coaching.getBusinessKey()))
        .containsEntry("STATUS", "MEMBAIK").containsEntry("OUTCOME", "MEMBAIK").containsEntry("NEXT_PREDIKAT", "BAIK")
        .containsEntry("NEXT_REVIEW_KEY", reviews.nipOf("yusuf.damanik") + "-2031-Q2");
    assertThat(jdbc.queryForMap("select s.topics, s.employee_note from coaching_session s join coaching c"
        + " on c.id = s.coaching_id where c.business_key = ?", coaching.getBusinessKey()))
        .containsEntry("EMPLOYEE_NOTE", "Saya butuh pendampingan SIAK.");
    assertThat(jdbc.queryForObject("select count(*) from coaching_action a join coaching c on c.id = a.coaching_id"
        + " where c.business_key = ?", Integer.class, coaching.getBusinessKey())).isEqualTo(2);
  }

  @Test
  void predikatBelowBaikEscalatesToBkpsdmWhoseDecisionIsRecorded() {
    ProcessInstance coaching = startCoaching("putri.harahap", 2032);
    plan(coaching, false, null);
    acknowledge(coaching);
    recordSession(coaching, "CUKUP");
    driver.complete(coaching.getId(), "UserTask_NoteSession", Map.of());
    driver.executeJobs(coaching.getId());

    reviews.withPredikat("putri.harahap", 2032, 2, Predikat.BUTUH_PERBAIKAN);
    driver.executeJobs(coaching.getId());

    assertThat(coaching).isWaitingAt("UserTask_DecideEscalation").task().hasCandidateGroup("bkpsdm");
    assertThat((String) driver.shown(coaching.getId(), "UserTask_DecideEscalation").get("ringkasanPembinaan"))
        .contains("Butuh Perbaikan", "Ikuti piket layanan pagi");
    assertThat(column(coaching, "status")).isEqualTo("DIESKALASI");
    driver.completeAs("ani.wulandari", List.of("bkpsdm"), coaching.getId(), "UserTask_DecideEscalation", Map.of(
        "keputusanEskalasi", "PENUGASAN_ULANG",
        "pertimbanganEskalasi", "Dua triwulan berturut-turut di bawah ekspektasi; dipindahkan ke layanan arsip."));

    assertThat(coaching).isEnded().hasPassed("EndEvent_CoachingEscalated");
    assertThat(jdbc.queryForMap("select status, outcome, escalation_decision, escalation_decided_by from coaching"
        + " where business_key = ?", coaching.getBusinessKey()))
        .containsEntry("STATUS", "DIPUTUSKAN_BKPSDM").containsEntry("OUTCOME", "TIDAK_MEMBAIK")
        .containsEntry("ESCALATION_DECISION", "PENUGASAN_ULANG").containsEntry("ESCALATION_DECIDED_BY", "ani.wulandari");
  }

  @Test
  void aPredikatArrivingBeforeTheCoachingWaitsForItIsKeptAndUsed() {
    ProcessInstance coaching = startCoaching("hendra.tarigan", 2033);
    plan(coaching, false, null);
    acknowledge(coaching);
    recordSession(coaching, "LANJUT");

    reviews.withPredikat("hendra.tarigan", 2033, 2, Predikat.SANGAT_BAIK);
    driver.complete(coaching.getId(), "UserTask_NoteSession", Map.of());

    assertThat(coaching).isWaitingAt("UserTask_RecordSession");
    assertThat(column(coaching, "next_predikat")).isEqualTo("SANGAT_BAIK");
    assertThat((String) driver.shown(coaching.getId(), "UserTask_RecordSession").get("infoPredikatBerikutnya"))
        .contains("Sangat Baik");
    assertThat((String) driver.shown(coaching.getId(), "UserTask_RecordSession").get("riwayatSesi"))
        .contains("Ketepatan waktu penerbitan KTP");
    recordSession(coaching, "CUKUP");
    driver.complete(coaching.getId(), "UserTask_NoteSession", Map.of());
    driver.executeJobs(coaching.getId());

    assertThat(coaching).isEnded().hasPassed("EndEvent_CoachingImproved").hasNotPassed("ReceiveTask_AwaitNextPredikat");
    assertThat(jdbc.queryForObject("select count(*) from coaching_session s join coaching c on c.id = s.coaching_id"
        + " where c.business_key = ?", Integer.class, coaching.getBusinessKey())).isEqualTo(2);
  }

  @Test
  void noNextReviewByTheDeadlineGivesBkpsdmATaskToWaitLongerOrClose() {
    ProcessInstance coaching = startCoaching("siti.pohan", 2034);
    plan(coaching, false, null);
    acknowledge(coaching);
    recordSession(coaching, "CUKUP");
    driver.complete(coaching.getId(), "UserTask_NoteSession", Map.of());
    driver.executeJobs(coaching.getId());
    Job deadline = driver.timer(coaching.getId(), "BoundaryEvent_NoNextReview");
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(LocalDate.of(2034, 8, 14).atTime(23, 59)
        .atZone(ReviewCalendar.ZONE).toInstant()));

    driver.fireTimer(coaching.getId(), "BoundaryEvent_NoNextReview");
    driver.executeJobs(coaching.getId());
    assertThat(coaching).isWaitingAt("UserTask_HandleMissingReview").task().hasCandidateGroup("bkpsdm");
    assertThat(column(coaching, "status")).isEqualTo("MENUNGGU_BKPSDM");
    LocalDate newDeadline = LocalDate.now(ReviewCalendar.ZONE).plusDays(30);
    driver.completeAs("ani.wulandari", List.of("bkpsdm"), coaching.getId(), "UserTask_HandleMissingReview", Map.of(
        "keputusanBkpsdm", "PERPANJANG", "batasBaru", newDeadline.toString(),
        "catatanBkpsdm", "Penilaian triwulan II unit terlambat karena rotasi atasan."));
    driver.executeJobs(coaching.getId());
    assertThat(coaching).isWaitingAt("ReceiveTask_AwaitNextPredikat");
    assertThat(driver.timer(coaching.getId(), "BoundaryEvent_NoNextReview").getDuedate())
        .isEqualTo(Date.from(newDeadline.atTime(23, 59).atZone(ReviewCalendar.ZONE).toInstant()));

    driver.fireTimer(coaching.getId(), "BoundaryEvent_NoNextReview");
    driver.executeJobs(coaching.getId());
    driver.completeAs("lina.marpaung", List.of("bkpsdm"), coaching.getId(), "UserTask_HandleMissingReview", Map.of(
        "keputusanBkpsdm", "TUTUP", "catatanBkpsdm", "Pegawai pindah tugas ke Pemerintah Kabupaten Serdang Bedagai."));

    assertThat(coaching).isEnded().hasPassed("EndEvent_CoachingClosed");
    assertThat(jdbc.queryForMap("select status, closed_reason, missed_check_note from coaching where business_key = ?",
        coaching.getBusinessKey()))
        .containsEntry("STATUS", "DITUTUP")
        .containsEntry("CLOSED_REASON", "Pegawai pindah tugas ke Pemerintah Kabupaten Serdang Bedagai.")
        .containsEntry("MISSED_CHECK_NOTE", "Penilaian triwulan II unit terlambat karena rotasi atasan.");
  }

  @Test
  void aTrainingChosenInThePlanNominatesTheEmployeeWithoutAFurtherApproval() {
    Long trainingId = catalogue.addTraining(new TrainingInput("TEST-COACH-SIAK", "Bimbingan Teknis Layanan SIAK",
        TrainingKind.TEKNIS, "Administrasi kependudukan", 24, true), "ani.wulandari").getId();
    ProcessInstance coaching = startCoaching("budi.santoso", 2035);
    assertThat(driver.shown(coaching.getId(), "UserTask_PlanCoaching").get("pilihanPelatihan").toString())
        .contains("Bimbingan Teknis Layanan SIAK", "\"value\":\"" + trainingId + "\"");

    plan(coaching, true, String.valueOf(trainingId));
    assertThat((String) driver.shown(coaching.getId(), "UserTask_AcknowledgePlan").get("ringkasanRencana"))
        .contains("Bimbingan Teknis Layanan SIAK: diusulkan setelah pegawai menanggapi rencana");
    acknowledge(coaching);

    assertThat(coaching).isWaitingAt("UserTask_RecordSession").hasPassed("ServiceTask_NominateForTraining");
    Map<String, Object> nomination = jdbc.queryForMap("select n.id, n.source, n.status, n.process_instance_id"
        + " from nomination n join coaching c on c.nomination_id = n.id where c.business_key = ?",
        coaching.getBusinessKey());
    assertThat(nomination).containsEntry("SOURCE", "PEMBINAAN").containsEntry("STATUS", "DISETUJUI");
    ProcessInstance development = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("CompetencyDevelopment")
        .processInstanceBusinessKey(reviews.nipOf("budi.santoso") + "-KOMPETENSI-" + nomination.get("ID"))
        .singleResult();
    driver.executeJobs(development.getId());
    assertThat(development).isWaitingAt("UserTask_AssignSession").hasNotPassed("UserTask_ApproveNomination");
    assertThat((String) driver.shown(coaching.getId(), "UserTask_RecordSession").get("statusPelatihan"))
        .contains("Bimbingan Teknis Layanan SIAK: Menunggu penempatan oleh BKPSDM");
  }

  @Test
  void aPlanWithoutActionsOrWithAnUnknownTrainingIsRefusedAndNothingIsStored() {
    ProcessInstance coaching = startCoaching("rina.sinaga", 2036);

    Map<String, Object> noActions = new HashMap<>(Map.of("kesenjangan", "Capaian di bawah target.",
        "tujuan", "Capaian sesuai target.", "perluPelatihan", false));
    assertThat(refusal(() -> driver.complete(coaching.getId(), "UserTask_PlanCoaching", noActions)))
        .hasMessageContaining("paling sedikit satu tindakan");
    Map<String, Object> unknownTraining = new HashMap<>(planVariables(true, "999999"));
    assertThat(refusal(() -> driver.complete(coaching.getId(), "UserTask_PlanCoaching", unknownTraining)))
        .hasMessageContaining("tidak ada dalam katalog");

    assertThat(coaching).isWaitingAt("UserTask_PlanCoaching");
    assertThat(column(coaching, "status")).isEqualTo("PERENCANAAN");
    assertThat(jdbc.queryForObject("select count(*) from coaching_action a join coaching c on c.id = a.coaching_id"
        + " where c.business_key = ?", Integer.class, coaching.getBusinessKey())).isZero();
  }

  @Test
  void onlyTheAtasanWritesThePlanAndTheCheckNeedsASession() {
    ProcessInstance coaching = startCoaching("dewi.lestari", 2037);
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    try {
      assertThat(refusal(() -> driver.complete(coaching.getId(), "UserTask_PlanCoaching", planVariables(false, null))))
          .hasMessageContaining("hanya dapat diselesaikan oleh pegawai yang ditugasi (arif.lubis), bukan oleh admin");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    plan(coaching, false, null);
    acknowledge(coaching);
    Long coachingId = (Long) engine.getRuntimeService().getVariable(coaching.getId(), "pembinaanId");

    assertThatThrownBy(() -> coachings.awaitNextPredikat(coachingId))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Paling sedikit satu sesi pembinaan harus dicatat sebelum pemeriksaan tindak lanjut");
    assertThat(refusal(() -> driver.complete(coaching.getId(), "UserTask_RecordSession", Map.of(
        "tanggalSesi", LocalDate.now(ReviewCalendar.ZONE).plusDays(3).toString(), "topikSesi", "Target",
        "kesepakatanSesi", "Lanjut", "sesiBerikutnya", "CUKUP"))))
        .hasMessageContaining("tidak boleh di masa depan");
  }

  private ProcessInstance startCoaching(String login, int year) {
    Long reviewId = reviews.decided(login, year, 1, Predikat.BUTUH_PERBAIKAN, FollowUp.PEMBINAAN);
    Map<String, Object> person = jdbc.queryForMap("select e.name, u.code from employee e join org_unit u on u.id = e.unit_id"
        + " where e.login_id = ?", login);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("CoachingFollowUp",
        reviews.businessKey(reviewId), Variables.createVariables()
            .putValue("reviewId", reviewId).putValue("nip", reviews.nipOf(login)).putValue("year", year)
            .putValue("quarter", 1).putValue("pegawaiLogin", login).putValue("atasanLogin", reviews.supervisorOf(login))
            .putValue("kodeUnit", person.get("CODE")).putValue("pegawaiNama", person.get("NAME"))
            .putValue("periodeLabel", "Triwulan I " + year));
    driver.executeJobs(instance.getId());
    return instance;
  }

  static Map<String, Object> planVariables(boolean training, String trainingId) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("kesenjangan", "Dokumen kependudukan yang diterbitkan baru 80 persen dari target.");
    vars.put("tujuan", "Penerbitan dokumen sesuai target pada triwulan berikutnya.");
    vars.put("tindakan01", "Ikuti piket layanan pagi");
    vars.put("tenggatTindakan01", LocalDate.now(ReviewCalendar.ZONE).plusDays(30).toString());
    vars.put("tindakan02", "Pelajari SOP penerbitan KTP-el bersama operator senior");
    vars.put("tenggatTindakan02", LocalDate.now(ReviewCalendar.ZONE).plusDays(45).toString());
    vars.put("perluPelatihan", training);
    if (trainingId != null) {
      vars.put("pelatihanId", trainingId);
    }
    return vars;
  }

  private void plan(ProcessInstance coaching, boolean training, String trainingId) {
    driver.complete(coaching.getId(), "UserTask_PlanCoaching", planVariables(training, trainingId));
  }

  private void acknowledge(ProcessInstance coaching) {
    driver.complete(coaching.getId(), "UserTask_AcknowledgePlan", Map.of("pernyataanMembaca", true,
        "tanggapanPegawai", "Saya bersedia mengikuti rencana ini."));
    driver.executeJobs(coaching.getId());
  }

  private void recordSession(ProcessInstance coaching, String next) {
    driver.complete(coaching.getId(), "UserTask_RecordSession", Map.of(
        "tanggalSesi", LocalDate.now(ReviewCalendar.ZONE).toString(),
        "topikSesi", "Ketepatan waktu penerbitan KTP-el",
        "kesepakatanSesi", "Pegawai menyelesaikan antrean harian sebelum pukul 15.00",
        "sesiBerikutnya", next));
  }

  private String column(ProcessInstance coaching, String column) {
    return jdbc.queryForObject("select " + column + " from coaching where business_key = ?", String.class,
        coaching.getBusinessKey());
  }
}
