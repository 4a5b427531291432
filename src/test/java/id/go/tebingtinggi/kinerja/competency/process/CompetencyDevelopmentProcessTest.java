package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.coaching.EngineDriver.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.competency.CompetencyHistory;
import id.go.tebingtinggi.kinerja.competency.CompetencyHistoryService;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.SessionInput;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of CompetencyDevelopment for an employee's own request, with the sessions' capacity and waiting
 * list, attendance and absence, and the competency history. Each test has trainings and sessions of its own.
 */
@IntegrationTest
class CompetencyDevelopmentProcessTest {

  private static final List<String> BKPSDM = List.of("bkpsdm");

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TrainingCatalogue catalogue;
  @Autowired NominationService nominations;
  @Autowired CompetencyHistoryService histories;
  @Autowired ReviewService reviewService;
  @Autowired AwardService awards;
  EngineDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new EngineDriver(engine);
  }

  @Test
  void theAtasanRejectingAnOwnRequestEndsItWithTheReason() {
    Long trainingId = training("TEST-CD-REJECT", "Pelatihan Pelayanan Publik Prima Angkatan Uji");
    ProcessInstance request = ownRequest("budi.santoso", trainingId);
    assertThat(request).isWaitingAt("UserTask_ApproveNomination").task().isAssignedTo("arif.lubis");
    assertThat((String) driver.shown(request.getId(), "UserTask_ApproveNomination").get("ringkasanUsulan"))
        .contains("Budi", "Pelatihan Pelayanan Publik Prima Angkatan Uji", "Permintaan pegawai");

    assertThat(refusal(() -> driver.complete(request.getId(), "UserTask_ApproveNomination",
        Map.of("keputusanUsulan", "TOLAK")))).hasMessage("Alasan penolakan wajib diisi");
    driver.completeAs("arif.lubis", List.of("atasan"), request.getId(), "UserTask_ApproveNomination",
        Map.of("keputusanUsulan", "TOLAK", "alasanPenolakan", "Beban layanan akhir tahun tinggi; usulkan lagi Januari."));

    assertThat(request).isEnded().hasPassed("EndEvent_NominationRejected");
    assertThat(jdbc.queryForMap("select status, rejection_reason, decided_by from nomination where process_instance_id = ?",
        request.getId())).containsEntry("STATUS", "DITOLAK").containsEntry("DECIDED_BY", "arif.lubis")
        .containsEntry("REJECTION_REASON", "Beban layanan akhir tahun tinggi; usulkan lagi Januari.");
  }

  @Test
  void anApprovedRequestIsPlacedAttendedAndRecordedOnTheCompetencyHistory() {
    Long trainingId = training("TEST-CD-COMPLETE", "Pelatihan Literasi Data Kependudukan");
    Long sessionId = session(trainingId, 2);
    ProcessInstance request = ownRequest("siti.pohan", trainingId);
    assertThat(businessKey(request)).isEqualTo(nip("siti.pohan") + "-KOMPETENSI-" + nominationId(request));
    approve(request);
    assertThat(request).isWaitingAt("UserTask_AssignSession").task().hasCandidateGroup("bkpsdm");
    assertThat(driver.shown(request.getId(), "UserTask_AssignSession").get("pilihanSesi").toString())
        .contains("sisa 2 dari 2 tempat", "\"value\":\"" + sessionId + "\"");

    driver.completeAs("ani.wulandari", BKPSDM, request.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(sessionId)));
    assertThat(request).isWaitingAt("IntermediateCatchEvent_SessionEnded");
    assertThat(seatsTaken(sessionId)).isEqualTo(1);

    sessionTookPlace(sessionId);
    driver.fireTimer(request.getId(), "IntermediateCatchEvent_SessionEnded");
    assertThat(request).isWaitingAt("UserTask_RecordAttendance").task().hasCandidateGroup("bkpsdm");
    driver.completeAs("ani.wulandari", BKPSDM, request.getId(), "UserTask_RecordAttendance",
        Map.of("kehadiran", "HADIR", "nomorSertifikatPelatihan", "893/LDK-017/BKPSDM/2026"));

    assertThat(request).isEnded().hasPassed("EndEvent_TrainingCompleted");
    CompetencyHistory history = histories.historyOf(nip("siti.pohan"), "siti.pohan", false);
    assertThat(history.trainings()).extracting(r -> r.getTrainingTitle() + " " + r.getCertificateNumber())
        .contains("Pelatihan Literasi Data Kependudukan 893/LDK-017/BKPSDM/2026");
    assertThat(history.hoursPerCompetency()).containsEntry("Kompetensi uji TEST-CD-COMPLETE", 24);
    Long nominationId = nominationId(request);
    assertThatThrownBy(() -> nominations.complete(nominationId, "893/LDK-018/BKPSDM/2026", "ani.wulandari"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("sudah dicatat (sertifikat 893/LDK-017/BKPSDM/2026)");
    assertThat(jdbc.queryForObject("select count(*) from competency_record where nomination_id = ?", Integer.class,
        nominationId)).isEqualTo(1);
  }

  @Test
  void aFullSessionKeepsAWaitingListByPriorityThenDateAndAFreedPlaceGoesToTheFirst() {
    Long trainingId = training("TEST-CD-WAITING", "Pelatihan Kepemimpinan Tim Pelayanan");
    Long sessionId = session(trainingId, 1);
    ProcessInstance placed = approvedRequest("joko.susilo", trainingId);
    assign(placed, sessionId);
    ProcessInstance earlier = approvedRequest("lestari.wahyuningsih", trainingId);
    assign(earlier, sessionId);
    assertThat(earlier).isWaitingAt("ReceiveTask_AwaitFreePlace");
    assertThat((String) engine.getRuntimeService().getVariable(earlier.getId(), "hasilPenempatan"))
        .contains("penuh", "daftar tunggu nomor 1");
    ReviewFixtures reviews = new ReviewFixtures(reviewService, jdbc);
    Long awardId = awards.grantFor(reviews.decided("dani.firmansyah", 2041, 1, Predikat.SANGAT_BAIK,
        FollowUp.PENGHARGAAN)).getId();
    ProcessInstance prioritised = approvedRequest("dani.firmansyah", trainingId);
    assign(prioritised, sessionId);
    assertThat((String) engine.getRuntimeService().getVariable(prioritised.getId(), "hasilPenempatan"))
        .contains("daftar tunggu nomor 1");
    assertThat(jdbc.queryForObject("select priority_nomination_id from award where id = ?", Long.class, awardId))
        .isEqualTo(nominationId(prioritised));
    assertThat(nominations.waitingList(sessionId)).extracting(n -> n.getEmployee().getLoginId())
        .containsExactly("dani.firmansyah", "lestari.wahyuningsih");

    nominations.cancel(nominationId(placed), "Pegawai ditugaskan mendampingi pemeriksaan Inspektorat.", "ani.wulandari");

    assertThat(placed).isEnded().hasPassed("EndEvent_NominationCancelled");
    assertThat(prioritised).isWaitingAt("IntermediateCatchEvent_SessionEnded").hasPassed("ReceiveTask_AwaitFreePlace");
    assertThat(earlier).isWaitingAt("ReceiveTask_AwaitFreePlace");
    assertThat(seatsTaken(sessionId)).isEqualTo(1);
    assertThat(status(placed)).isEqualTo("DIBATALKAN");
    assertThat(status(prioritised)).isEqualTo("DITEMPATKAN");
    assertThat(nominations.waitingList(sessionId)).extracting(n -> n.getEmployee().getLoginId())
        .containsExactly("lestari.wahyuningsih");
  }

  @Test
  void aLargerCapacityGivesItsNewPlacesToTheWaitingListAndASmallerOneIsRefused() {
    Long trainingId = training("TEST-CD-RESIZE", "Pelatihan Komunikasi Layanan");
    Long sessionId = session(trainingId, 1);
    ProcessInstance placed = approvedRequest("rahmawati.pane", trainingId);
    assign(placed, sessionId);
    ProcessInstance waiting = approvedRequest("juliana.ginting", trainingId);
    assign(waiting, sessionId);
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(20);

    nominations.changeSession(sessionId, new SessionInput(start, start.plusDays(2), "Aula BKPSDM Kota Tebing Tinggi", 3),
        "ani.wulandari");

    assertThat(waiting).isWaitingAt("IntermediateCatchEvent_SessionEnded");
    assertThat(seatsTaken(sessionId)).isEqualTo(2);
    assertThatThrownBy(() -> nominations.changeSession(sessionId, new SessionInput(start, start.plusDays(2),
        "Aula BKPSDM Kota Tebing Tinggi", 1), "ani.wulandari"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Kapasitas tidak dapat dikurangi menjadi 1: sudah ada 2 peserta");
    assertThat(jdbc.queryForObject("select capacity from training_session where id = ?", Integer.class, sessionId))
        .isEqualTo(3);
  }

  @Test
  void aSessionStartingWithoutAFreePlaceSendsTheWaitingNominationBackToBkpsdm() {
    Long trainingId = training("TEST-CD-STARTED", "Bimbingan Teknis Arsip Digital");
    Long fullSession = session(trainingId, 1);
    assign(approvedRequest("desi.ratnasari", trainingId), fullSession);
    ProcessInstance waiting = approvedRequest("irwan.syahputra", trainingId);
    assign(waiting, fullSession);
    assertThat(driver.timer(waiting.getId(), "BoundaryEvent_SessionStartedWithoutPlace").getDuedate())
        .isEqualTo(java.util.Date.from(LocalDate.now(ReviewCalendar.ZONE).plusDays(20)
            .atStartOfDay(ReviewCalendar.ZONE).toInstant()));

    driver.fireTimer(waiting.getId(), "BoundaryEvent_SessionStartedWithoutPlace");

    assertThat(waiting).isWaitingAt("UserTask_AssignSession").hasPassed("ServiceTask_LeaveWaitingList");
    assertThat(jdbc.queryForMap("select status, session_id from nomination where id = ?", nominationId(waiting)))
        .containsEntry("STATUS", "DISETUJUI").containsEntry("SESSION_ID", null);
  }

  @Test
  void anAbsentParticipantReturnsToTheListOnceAndASecondAbsenceClosesTheNomination() {
    Long trainingId = training("TEST-CD-ABSENT", "Pelatihan Penanganan Pengaduan Masyarakat");
    Long first = session(trainingId, 5);
    Long second = session(trainingId, 5);
    ProcessInstance request = approvedRequest("mega.silvia", trainingId);
    assign(request, first);
    sessionTookPlace(first);
    driver.fireTimer(request.getId(), "IntermediateCatchEvent_SessionEnded");
    driver.completeAs("lina.marpaung", BKPSDM, request.getId(), "UserTask_RecordAttendance",
        Map.of("kehadiran", "TIDAK_HADIR"));

    assertThat(request).isWaitingAt("UserTask_AssignSession");
    assertThat((String) driver.shown(request.getId(), "UserTask_AssignSession").get("ringkasanUsulan"))
        .contains("ini kesempatan terakhir");
    assign(request, second);
    sessionTookPlace(second);
    driver.fireTimer(request.getId(), "IntermediateCatchEvent_SessionEnded");
    driver.completeAs("lina.marpaung", BKPSDM, request.getId(), "UserTask_RecordAttendance",
        Map.of("kehadiran", "TIDAK_HADIR"));

    assertThat(request).isEnded().hasPassed("EndEvent_TrainingMissed");
    assertThat(jdbc.queryForMap("select status, absences, absent_session_id from nomination where id = ?",
        nominationId(request))).containsEntry("STATUS", "TIDAK_HADIR").containsEntry("ABSENCES", 2)
        .containsEntry("ABSENT_SESSION_ID", second);
  }

  @Test
  void badInputIsRefusedClearlyAndNothingIsStored() {
    Long trainingId = training("TEST-CD-BAD", "Pelatihan Etika Pelayanan");
    Long otherTraining = training("TEST-CD-OTHER", "Pelatihan Manajemen Arsip");
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    assertThatThrownBy(() -> catalogue.scheduleSession(trainingId,
        new SessionInput(today.minusDays(1), today.plusDays(1), "Aula BKPSDM", 10), "ani.wulandari"))
        .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("tidak dapat dijadwalkan di masa lalu");
    assertThatThrownBy(() -> catalogue.scheduleSession(trainingId,
        new SessionInput(today.plusDays(5), today.plusDays(6), "Aula BKPSDM", 0), "ani.wulandari"))
        .isInstanceOf(DomainRuleViolation.class).hasMessage("Kapasitas harus lebih dari 0 peserta");
    assertThatThrownBy(() -> catalogue.scheduleSession(999_999L,
        new SessionInput(today.plusDays(5), today.plusDays(6), "Aula BKPSDM", 10), "ani.wulandari"))
        .isInstanceOf(NotFound.class).hasMessage("Pelatihan 999999 tidak ada dalam katalog");
    assertThat(jdbc.queryForObject("select count(*) from training_session where training_id = ?", Integer.class,
        trainingId)).isZero();

    Long sessionId = session(trainingId, 3);
    Long otherSession = session(otherTraining, 3);
    ProcessInstance request = approvedRequest("ferdi.matondang", trainingId);
    assertThat(refusal(() -> driver.completeAs("ani.wulandari", BKPSDM, request.getId(), "UserTask_AssignSession",
        Map.of("sesiId", "999999")))).hasMessage("Sesi pelatihan 999999 tidak ditemukan");
    assertThat(refusal(() -> driver.completeAs("ani.wulandari", BKPSDM, request.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(otherSession))))).hasMessageContaining("bukan sesi pelatihan Pelatihan Etika Pelayanan");
    assign(request, sessionId);
    ProcessInstance again = approvedRequest("ferdi.matondang", trainingId);
    assertThat(refusal(() -> driver.completeAs("ani.wulandari", BKPSDM, again.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(sessionId))))).hasMessageContaining("sudah terdaftar (atau dalam daftar tunggu)");

    assertThat(again).isWaitingAt("UserTask_AssignSession");
    assertThat(seatsTaken(sessionId)).isEqualTo(1);
    assertThat(seatsTaken(otherSession)).isZero();
    assertThat(status(again)).isEqualTo("DISETUJUI");
  }

  private Long training(String code, String title) {
    return catalogue.addTraining(new TrainingInput(code, title, TrainingKind.PELAYANAN_PUBLIK,
        "Kompetensi uji " + code, 24, true), "ani.wulandari").getId();
  }

  private Long session(Long trainingId, int capacity) {
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(20);
    return catalogue.scheduleSession(trainingId, new SessionInput(start, start.plusDays(2),
        "Aula BKPSDM Kota Tebing Tinggi", capacity), "ani.wulandari").getId();
  }

  /** The employee starts CompetencyDevelopment in Tasklist and asks for the training. */
  private ProcessInstance ownRequest(String login, Long trainingId) {
    engine.getIdentityService().setAuthentication(login, List.of("pegawai"));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey("CompetencyDevelopment");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(instance).isWaitingAt("UserTask_RequestTraining").task().isAssignedTo(login);
    assertThat(driver.shown(instance.getId(), "UserTask_RequestTraining").get("pilihanPelatihan").toString())
        .contains("\"value\":\"" + trainingId + "\"");
    driver.completeAs(login, List.of("pegawai"), instance.getId(), "UserTask_RequestTraining", Map.of(
        "pelatihanId", String.valueOf(trainingId), "alasanUsulan", "Untuk meningkatkan mutu layanan kepada masyarakat."));
    driver.executeJobs(instance.getId());
    return instance;
  }

  private void approve(ProcessInstance request) {
    driver.complete(request.getId(), "UserTask_ApproveNomination", Map.of("keputusanUsulan", "SETUJU"));
  }

  private ProcessInstance approvedRequest(String login, Long trainingId) {
    ProcessInstance request = ownRequest(login, trainingId);
    approve(request);
    return request;
  }

  private void assign(ProcessInstance request, Long sessionId) {
    driver.completeAs("ani.wulandari", BKPSDM, request.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(sessionId)));
  }

  /** Time passes: the session took place last week (the catalogue refuses to schedule one in the past). */
  private void sessionTookPlace(Long sessionId) {
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    jdbc.update("update training_session set start_date = ?, end_date = ? where id = ?", today.minusDays(7),
        today.minusDays(5), sessionId);
  }

  private Long nominationId(ProcessInstance instance) {
    return jdbc.queryForObject("select id from nomination where process_instance_id = ?", Long.class, instance.getId());
  }

  private String status(ProcessInstance instance) {
    return jdbc.queryForObject("select status from nomination where process_instance_id = ?", String.class,
        instance.getId());
  }

  private String businessKey(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }

  private int seatsTaken(Long sessionId) {
    return jdbc.queryForObject("select seats_taken from training_session where id = ?", Integer.class, sessionId);
  }

  private String nip(String login) {
    return jdbc.queryForObject("select nip from employee where login_id = ?", String.class, login);
  }
}
