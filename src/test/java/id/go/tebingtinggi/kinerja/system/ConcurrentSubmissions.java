package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.meeting.MeetingFixture;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people submitting the same thing at the same moment: exactly one submission takes effect, the other is told
 * clearly (4xx, in Bahasa Indonesia) and changes nothing. To make the two requests really overlap, the test holds a
 * lock that both must wait for (the task's row, or an uncommitted row with the same unique key), checks that both
 * are still waiting, and only then lets them go.
 *
 * <p>Test data: Novi Andriani's review of 2100 Q3, Kecamatan Tebing Tinggi Kota's quarter 2100 Q2, and Kecamatan
 * Padang Hilir's quarter 2025 Q4 brought to its meeting (a meeting is recorded with today's date, which must fall
 * after the quarter began, so it cannot be a quarter of 2100).
 */
abstract class ConcurrentSubmissions {

  static final String EMPLOYEE = "novi.andriani";
  static final String EMPLOYEE_NIP = "199307182019032032";
  static final String PADANG_HILIR_HEAD = "iqbal.siregar";
  static final long WAIT_SECONDS = 60;

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ReviewService reviewService;
  @Autowired AwardService awards;
  ExecutorService threads;

  /** The outcome of one request as its sender sees it. */
  record Outcome(String who, int status, String body) {
    boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  /** Completes the task as the user, as Tasklist or an API client would; the outcome is named {@code label}. */
  abstract Outcome completeTask(String label, String user, List<String> groups, String taskId,
                                Map<String, Object> variables);

  /** Claims the task for the user, as Tasklist's "Klaim" does. */
  abstract Outcome claimTask(String user, List<String> groups, String taskId);

  /** Starts the process as the user. */
  abstract Outcome start(String processKey, String user, List<String> groups, Map<String, Object> variables);

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theSameTaskCompletedFromTwoDevicesAtOnceStoresOnePlanAndTheOtherIsToldWhy() throws Exception {
    MeetingFixture inspektorat = new MeetingFixture(engine, jdbc, "INSPEKTORAT", new Period(2100, 3));
    try {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("EmployeeQuarterlyReview",
          Variables.createVariables().putValue("nip", EMPLOYEE_NIP).putValue("year", 2100).putValue("quarter", 3))
          .getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey("UserTask_ProposeTargets").singleResult();

      List<Outcome> outcomes = whileHolding(lockOnTaskRow(task.getId()), List.of(
          () -> completeTask("Rencana dari laptop", EMPLOYEE, List.of("pegawai"), task.getId(),
              plan("Rencana dari laptop")),
          () -> completeTask("Rencana dari ponsel", EMPLOYEE, List.of("pegawai"), task.getId(),
              plan("Rencana dari ponsel"))));

      Outcome winner = oneSucceededAndTheOtherWasToldWhy(outcomes, 409, "baru saja diubah oleh pengguna lain");
      assertThat(jdbc.queryForList("select i.rhk from review_indicator i join performance_review r on r.id = i.review_id"
          + " where r.business_key = ?", String.class, EMPLOYEE_NIP + "-2100-Q3"))
          .as("one plan of two indicators, the winner's").containsExactly(winner.who(), winner.who());
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
          .extracting(Task::getTaskDefinitionKey).containsExactly("UserTask_ReviewTargets");
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
          .taskDefinitionKey("UserTask_ReviewTargets").count()).isEqualTo(1);

      Outcome late = completeTask("late", EMPLOYEE, List.of("pegawai"), task.getId(), plan("Rencana terlambat"));
      assertThat(late.status()).as("%s", late).isEqualTo(404);
      assertThat(late.body()).contains("Tugas tidak ditemukan: tugas ini mungkin sudah diselesaikan");
    } finally {
      inspektorat.remove();
    }
  }

  @Test
  void twoBkpsdmUsersTakingTheSameTaskAtOnceGetItOnceAndOnlyTheOneWhoHasItCompletesIt() throws Exception {
    MeetingFixture inspektorat = new MeetingFixture(engine, jdbc, "INSPEKTORAT", new Period(2100, 4));
    try {
      ReviewFixtures reviews = new ReviewFixtures(reviewService, jdbc);
      Long reviewId = reviews.decided(EMPLOYEE, 2100, 4, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN);
      Long awardId = awards.grantFor(reviewId).getId();
      String instance = engine.getRuntimeService().createProcessInstanceByKey("EmployeeQuarterlyReview")
          .businessKey(reviews.businessKey(reviewId)).startBeforeActivity("UserTask_HandOverAward")
          .setVariable("penghargaanId", awardId).execute().getId();
      String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

      List<Outcome> outcomes = whileHolding(lockOnTaskRow(taskId), List.of(
          () -> claimTask("ani.wulandari", List.of("bkpsdm"), taskId),
          () -> claimTask("lina.marpaung", List.of("bkpsdm"), taskId)));

      Outcome winner = oneSucceededAndTheOtherWasToldWhy(outcomes, 409, "baru saja diubah oleh pengguna lain");
      String loser = winner.who().equals("ani.wulandari") ? "lina.marpaung" : "ani.wulandari";
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
          .isEqualTo(winner.who());
      Outcome again = claimTask(loser, List.of("bkpsdm"), taskId);
      assertThat(again.status()).as("%s", again).isEqualTo(409);
      assertThat(again.body()).contains("sudah diambil oleh " + winner.who());
      Map<String, Object> handOver = Map.of("tanggalPenyerahan", LocalDate.now(ReviewCalendar.ZONE).toString());
      assertThat(completeTask(loser, loser, List.of("bkpsdm"), taskId, handOver).status()).isEqualTo(400);
      assertThat(completeTask(winner.who(), winner.who(), List.of("bkpsdm"), taskId, handOver).succeeded()).isTrue();
      assertThat(jdbc.queryForObject("select handed_over_by from award where id = ?", String.class, awardId))
          .isEqualTo(winner.who());
    } finally {
      inspektorat.remove();
    }
  }

  @Test
  void twoMeetingSubmissionsAtOnceStoreOneDecisionSetAndTheOtherIsToldWhy() throws Exception {
    MeetingFixture padangHilir = new MeetingFixture(engine, jdbc, "KEC-PDHILIR", new Period(2025, 4));
    try {
      padangHilir.open();
      List<String> logins = List.of(PADANG_HILIR_HEAD, "erni.tanjung", "joko.susilo", "lestari.wahyuningsih");
      logins.forEach(login -> padangHilir.bringToMeeting(login, MeetingFixture.BAIK));
      String taskId = padangHilir.meetingTask().getId();

      List<Outcome> outcomes = whileHolding(lockOnTaskRow(taskId), List.of(
          () -> holdMeeting(taskId, padangHilir, logins, "Notulen dari laptop"),
          () -> holdMeeting(taskId, padangHilir, logins, "Notulen dari ponsel")));

      Outcome winner = oneSucceededAndTheOtherWasToldWhy(outcomes, 409, "baru saja");
      assertThat(jdbc.queryForList("select minutes from evaluation_meeting where task_id = ?", String.class, taskId))
          .containsExactly(winner.who());
      assertThat(jdbc.queryForObject("select count(*) from meeting_decision d join evaluation_meeting m"
          + " on m.id = d.meeting_id where m.cycle_id = ?", Integer.class, padangHilir.cycleId())).isEqualTo(4);
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    } finally {
      padangHilir.remove();
    }
  }

  @Test
  void twoOpeningsOfTheSameUnitQuarterAtOnceOpenOneCycleAndTheOtherIsToldWhy() throws Exception {
    MeetingFixture ttkota = new MeetingFixture(engine, jdbc, "KEC-TTKOTA", new Period(2100, 2));
    try {
      Map<String, Object> opening = Map.of("kodeUnit", "KEC-TTKOTA", "year", 2100, "quarter", 2);

      List<Outcome> outcomes = whileHolding(uncommittedCycle("KEC-TTKOTA", 2100, 2), List.of(
          () -> start("UnitQuarterlyCycle", "ani.wulandari", List.of("bkpsdm"), opening),
          () -> start("UnitQuarterlyCycle", "lina.marpaung", List.of("bkpsdm"), opening)));

      oneSucceededAndTheOtherWasToldWhy(outcomes, 400, "Triwulan II 2100 untuk Kecamatan Tebing Tinggi Kota sudah dibuka");
      assertThat(jdbc.queryForObject("select count(*) from unit_cycle where business_key = 'KEC-TTKOTA-2100-Q2'",
          Integer.class)).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("UnitQuarterlyCycle")
          .processInstanceBusinessKey("KEC-TTKOTA-2100-Q2").count()).isEqualTo(1);
    } finally {
      ttkota.remove();
    }
  }

  @Test
  void aSecondOpeningOfAQuarterThatIsStillBeingOpenedIsRefusedAndOneCycleOpens() {
    MeetingFixture ttkota = new MeetingFixture(engine, jdbc, "KEC-TTKOTA", new Period(2100, 3));
    Map<String, Object> opening = Map.of("year", 2100, "quarter", 3, "unitDipilih", "KEC-TTKOTA");
    try {
      assertThat(start("QuarterOpening", "ani.wulandari", List.of("bkpsdm"), opening).succeeded()).isTrue();

      Outcome second = start("QuarterOpening", "lina.marpaung", List.of("bkpsdm"), opening);
      assertThat(second.status()).as("%s", second).isEqualTo(400);
      assertThat(second.body()).contains("Pembukaan Triwulan III 2100 untuk KEC-TTKOTA sedang diproses oleh "
          + "permintaan sebelumnya");

      for (int round = 0; round < 10; round++) {
        openingsOf("2100-Q3").forEach(instance -> engine.getManagementService().createJobQuery()
            .processInstanceId(instance).executable().list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId())));
      }
      assertThat(openingsOf("2100-Q3")).as("the opening finished").isEmpty();
      assertThat(jdbc.queryForObject("select count(*) from unit_cycle where business_key = 'KEC-TTKOTA-2100-Q3'",
          Integer.class)).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("UnitQuarterlyCycle")
          .processInstanceBusinessKey("KEC-TTKOTA-2100-Q3").count()).isEqualTo(1);

      Outcome third = start("QuarterOpening", "lina.marpaung", List.of("bkpsdm"), opening);
      assertThat(third.status()).as("%s", third).isEqualTo(400);
      assertThat(third.body()).contains("Triwulan III 2100 untuk Kecamatan Tebing Tinggi Kota sudah dibuka");
    } finally {
      List<String> openings = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("QuarterOpening").variableValueEquals("periodeDibuka", "2100-Q3").list().stream()
          .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
      openingsOf("2100-Q3").forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test", true, true));
      if (!openings.isEmpty()) {
        engine.getHistoryService().deleteHistoricProcessInstancesIfExists(openings);
      }
      ttkota.remove();
    }
  }

  private List<String> openingsOf(String period) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("QuarterOpening")
        .variableValueEquals("periodeDibuka", period).list().stream().map(p -> p.getId()).toList();
  }

  // --- racing -----------------------------------------------------------------------------------------------

  /** Something that holds a lock in a transaction of its own until released; then it commits or rolls back. */
  interface Blocker {
    void holdIn(JdbcTemplate jdbc);
  }

  static Blocker lockOnTaskRow(String taskId) {
    return jdbc -> assertThat(jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", taskId))
        .hasSize(1);
  }

  /** An uncommitted cycle with the same unit and quarter: whoever inserts one too waits for this transaction. */
  static Blocker uncommittedCycle(String unitCode, int year, int quarter) {
    return jdbc -> jdbc.update("insert into unit_cycle (unit_id, cycle_year, cycle_quarter, business_key, status,"
        + " meeting_deadline, opened_at, version) values ((select id from org_unit where code = ?), ?, ?, ?, 'OPEN',"
        + " ?, ?, 0)", unitCode, year, quarter, unitCode + "-" + year + "-Q" + quarter,
        Timestamp.from(Instant.now().plusSeconds(86400)), Timestamp.from(Instant.now()));
  }

  /**
   * Runs the requests while {@code blocker} holds its lock, asserts that every request is still waiting after two
   * seconds (so they really overlap), then rolls the blocker's transaction back and collects the outcomes.
   */
  List<Outcome> whileHolding(Blocker blocker, List<Callable<Outcome>> requests) throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TransactionTemplate own = new TransactionTemplate(transactionManager);
    own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    Future<?> holder = threads.submit(() -> own.executeWithoutResult(status -> {
      blocker.holdIn(jdbc);
      held.countDown();
      try {
        assertThat(release.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      status.setRollbackOnly();
    }));
    assertThat(held.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the blocker holds its lock").isTrue();
    List<Future<Outcome>> running = new ArrayList<>();
    List<Boolean> finishedEarly = new ArrayList<>();
    try {
      for (Callable<Outcome> request : requests) {
        running.add(threads.submit(request));
      }
      Thread.sleep(2000);
      running.forEach(request -> finishedEarly.add(request.isDone()));
    } finally {
      release.countDown();
    }
    holder.get(WAIT_SECONDS, TimeUnit.SECONDS);
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> request : running) {
      outcomes.add(request.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }
    assertThat(finishedEarly).as("requests that finished without waiting for the lock: %s", outcomes)
        .containsOnly(false);
    return outcomes;
  }

  /** Exactly one request took effect; the other got {@code status} and a reason. Returns the one that did. */
  static Outcome oneSucceededAndTheOtherWasToldWhy(List<Outcome> outcomes, int status, String reason) {
    assertThat(outcomes).as("outcomes").hasSize(2);
    assertThat(outcomes).filteredOn(Outcome::succeeded).as("successes in %s", outcomes).hasSize(1);
    Outcome refused = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow();
    assertThat(refused.status()).as("refusal %s", refused).isEqualTo(status);
    assertThat(refused.body()).contains(reason).doesNotContain("Exception:", "ENGINE-");
    return outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow();
  }

  // --- the requests -----------------------------------------------------------------------------------------

  /** The meeting's record through its API, as the unit head's meeting page sends it; the outcome names the minutes. */
  Outcome holdMeeting(String taskId, MeetingFixture fixture, List<String> logins, String minutes) {
    StringBuilder decisions = new StringBuilder();
    for (String login : logins) {
      decisions.append(decisions.length() == 0 ? "" : ",").append("{\"reviewId\":").append(fixture.reviewId(login))
          .append(",\"followUp\":\"TANPA_TINDAK_LANJUT\"}");
    }
    String body = "{\"meetingDate\":\"" + LocalDate.now(ReviewCalendar.ZONE) + "\",\"minutes\":\"" + minutes + "\","
        + "\"attendees\":\"Mhd. Iqbal Siregar, S.STP\\nErni Susanti Tanjung, S.E\",\"unitResult\":\"BAIK\","
        + "\"distributionJustification\":\"Seluruh pegawai memenuhi ekspektasi triwulan ini.\","
        + "\"decisions\":[" + decisions + "]}";
    ResponseEntity<String> response = http(PADANG_HILIR_HEAD, HttpMethod.POST, "/api/meetings/tasks/" + taskId, body);
    return new Outcome(minutes, response.getStatusCode().value(), response.getBody());
  }

  ResponseEntity<String> http(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").exchange(new RequestEntity<>(
        json.getBytes(StandardCharsets.UTF_8), headers, method, URI.create(rest.getRootUri() + path)), String.class);
  }

  /** A plan of two indicators whose RHK is {@code rhk}. */
  static Map<String, Object> plan(String rhk) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("jumlahIndikator", 2);
    for (int i = 1; i <= 2; i++) {
      String n = "0" + i;
      plan.put("rhk" + n, rhk);
      plan.put("indikator" + n, "Laporan hasil audit " + i);
      plan.put("aspek" + n, i == 1 ? "KUANTITAS" : "WAKTU");
      plan.put("target" + n, i == 1 ? 12 : 5);
      plan.put("satuan" + n, i == 1 ? "laporan" : "hari");
      plan.put("bobot" + n, i == 1 ? 60 : 40);
      plan.put("jenis" + n, "UTAMA");
    }
    return plan;
  }
}
