package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.coaching.EngineDriver.refusal;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.asRecommended;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.meeting;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.today;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BAIK;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BUTUH_PERBAIKAN;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.cycle.CycleScenario;
import id.go.tebingtinggi.kinerja.cycle.FailOnceTrigger;
import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingInput;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.MeetingTasks;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Disdukcapil's ten employees through one quarter, in the order the quarter goes: BKPSDM opens it, every review
 * reaches a predikat, the kepala dinas gets "Pimpin rapat evaluasi triwulan", an incomplete meeting record is refused
 * with nothing stored, the complete one is stored, its decisions reach every review once each although one delivery
 * fails and is retried, the award and coaching follow-ups start, and the cycle closes. The tests share the quarter
 * and run in order.
 *
 * <p>Year 2012 Q1, a year of its own (a past year: the meeting date may not be in the future nor before the
 * quarter, and {@code Period} ends at 2100).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitQuarterEndToEndTest {

  private static final String HEAD = "syahrial.nasution";
  /** Disdukcapil's demo employees with the predikat each is rated to: two awards, two coachings, six without. */
  private static final Map<String, String> PREDIKAT = new LinkedHashMap<>();

  static {
    PREDIKAT.put("dewi.lestari", SANGAT_BAIK);
    PREDIKAT.put("budi.santoso", BUTUH_PERBAIKAN);
    PREDIKAT.put("putri.harahap", BAIK);
    PREDIKAT.put("hendra.tarigan", BAIK);
    PREDIKAT.put("siti.pohan", SANGAT_BAIK);
    PREDIKAT.put("yusuf.damanik", BUTUH_PERBAIKAN);
    PREDIKAT.put("arif.lubis", BAIK);
    PREDIKAT.put("rina.sinaga", BAIK);
    PREDIKAT.put("nurhayati.siregar", BAIK);
    PREDIKAT.put(HEAD, BAIK);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeetingService meetings;
  @Autowired MeetingTasks meetingTasks;

  private CycleScenario disdukcapil;
  private ProcessInstance opening;
  /** Each employee's review instance, kept from the opening so it can be asserted after it ended. */
  private final Map<String, ProcessInstance> reviews = new HashMap<>();

  /** Opens the quarter in the first test (process-test-coverage records engine events only while a test runs). */
  @BeforeEach
  void openDisdukcapilsQuarter() {
    BpmnAwareTests.init(engine);
    if (disdukcapil == null) {
      disdukcapil = new CycleScenario(engine, jdbc, "DISDUKCAPIL", new Period(2012, 1));
      opening = disdukcapil.open();
      for (String login : PREDIKAT.keySet()) {
        reviews.put(login, engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("EmployeeQuarterlyReview").processInstanceBusinessKey(disdukcapil.reviewKey(login))
            .singleResult());
      }
    }
  }

  @AfterAll
  void removeTheQuarter() {
    FailOnceTrigger.remove(jdbc, "meeting_decision");
    if (disdukcapil != null) {
      disdukcapil.fixture.remove();
    }
  }

  @Test
  @Order(1)
  void openingStartsOneReviewForEachOfTheTenEmployees() {
    assertThat(opening).isEnded().hasPassed("ServiceTask_ValidateOpening", "ServiceTask_OpenUnitCycles",
        "EndEvent_QuarterOpened");
    assertThat(disdukcapil.cycle()).hasBusinessKey("DISDUKCAPIL-2012-Q1")
        .hasPassed("ServiceTask_RegisterCycle", "ServiceTask_StartReviews", "ServiceTask_CheckReadiness")
        .isWaitingAt("Gateway_AwaitReadiness");
    assertThat(disdukcapil.reviewCount()).isEqualTo(10);
    for (String login : PREDIKAT.keySet()) {
      ProcessInstance review = review(login);
      assertThat(review).isWaitingAt("UserTask_ProposeTargets");
      assertThat(BpmnAwareTests.task(review)).isAssignedTo(login);
    }
    assertThat(jdbc.queryForObject("select status from unit_cycle where business_key = 'DISDUKCAPIL-2012-Q1'",
        String.class)).isEqualTo("OPEN");
  }

  @Test
  @Order(2)
  void theMeetingTaskComesWhenTheLastReviewHasItsPredikat() {
    List<String> logins = new ArrayList<>(PREDIKAT.keySet());
    for (String login : logins.subList(0, 9)) {
      disdukcapil.fixture.bringToMeeting(login, PREDIKAT.get(login));
    }
    assertThat(disdukcapil.cycle()).isWaitingAt("Gateway_AwaitReadiness");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_HoldMeeting")
        .processInstanceId(disdukcapil.cycle().getId()).count()).isZero();

    disdukcapil.fixture.bringToMeeting(HEAD, PREDIKAT.get(HEAD));

    assertThat(disdukcapil.cycle()).hasPassed("Event_ReviewsReady").isWaitingAt("UserTask_HoldMeeting");
    Task task = disdukcapil.fixture.meetingTask();
    assertThat(task).hasName("Pimpin rapat evaluasi triwulan").isAssignedTo(HEAD);
    Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
    assertThat((String) shown.get("ringkasanAgenda")).startsWith("10 pegawai siap diputuskan; 0 penilaian belum selesai.")
        .contains("Dewi Lestari", "Sangat Baik", "Penghargaan", "Butuh Perbaikan", "Pembinaan");
    assertThat(shown.get("tautanRapat")).isEqualTo("/rapat/" + task.getId());
  }

  @Test
  @Order(3)
  void anIncompleteMeetingRecordIsRefusedAndNothingIsStored() {
    Task task = disdukcapil.fixture.meetingTask();
    MeetingAgenda agenda = meetings.agenda(disdukcapil.fixture.cycleId());
    assertThat(agenda.items()).hasSize(10);
    List<MeetingInput.Decision> all = asRecommended(agenda);
    MeetingAgenda.Item dewi = item(agenda, "Dewi Lestari, A.Md");
    MeetingAgenda.Item putri = item(agenda, "Putri Ayu Harahap, S.Kom");

    DomainRuleViolation undecided = refusal(() -> meetingTasks.holdAndComplete(task.getId(), HEAD,
        meeting(today(), all.stream().filter(d -> !d.reviewId().equals(dewi.reviewId())).toList())));
    DomainRuleViolation withoutReason = refusal(() -> meetingTasks.holdAndComplete(task.getId(), HEAD,
        meeting(today(), replace(all, new MeetingInput.Decision(putri.reviewId(), FollowUp.PENGHARGAAN, " ")))));
    DomainRuleViolation inTheFuture = refusal(() -> meetingTasks.holdAndComplete(task.getId(), HEAD,
        meeting(today().plusDays(1), all)));

    assertThat(undecided.reasons()).containsExactly("Dewi Lestari, A.Md: belum diputuskan");
    assertThat(withoutReason.reasons())
        .containsExactly("Putri Ayu Harahap, S.Kom: alasan keputusan yang berbeda dari rekomendasi wajib diisi");
    assertThat(inTheFuture.reasons()).containsExactly("Tanggal rapat tidak boleh di masa depan");
    assertThat(jdbc.queryForObject("select count(*) from evaluation_meeting where cycle_id = ?", Integer.class,
        disdukcapil.fixture.cycleId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from meeting_decision d join performance_review r on "
        + "r.id = d.review_id where r.cycle_id = ?", Integer.class, disdukcapil.fixture.cycleId())).isZero();
    assertThat(disdukcapil.cycle()).isWaitingAt("UserTask_HoldMeeting");
    assertThat(disdukcapil.fixture.meetingTask().getId()).isEqualTo(task.getId());
  }

  @Test
  @Order(4)
  void everyDecisionReachesItsReviewOnceAlthoughOneDeliveryFailsAndIsRetried() {
    Task task = disdukcapil.fixture.meetingTask();
    MeetingAgenda agenda = meetings.agenda(disdukcapil.fixture.cycleId());
    MeetingAgenda.Item putri = item(agenda, "Putri Ayu Harahap, S.Kom");
    List<MeetingInput.Decision> decisions = replace(asRecommended(agenda), new MeetingInput.Decision(putri.reviewId(),
        FollowUp.PENGHARGAAN, "Menyelesaikan migrasi data KTP-el di luar target triwulan."));

    meetingTasks.holdAndComplete(task.getId(), HEAD, meeting(today(), decisions));

    assertThat(disdukcapil.cycle()).hasPassed("UserTask_HoldMeeting").isWaitingAt("ServiceTask_DeliverDecisions");
    Long meetingId = jdbc.queryForObject("select id from evaluation_meeting where task_id = ?", Long.class, task.getId());
    assertThat(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ? and delivered_at is null",
        Integer.class, meetingId)).isEqualTo(10);
    assertThat(jdbc.queryForObject("select reason from meeting_decision where review_id = ?", String.class,
        putri.reviewId())).isEqualTo("Menyelesaikan migrasi data KTP-el di luar target triwulan.");
    long failing = jdbc.queryForObject("select id from meeting_decision where review_id = ?", Long.class,
        item(agenda, "Budi Santoso").reviewId());
    FailOnceTrigger.install(jdbc, "meeting_decision", failing);
    Map<String, Throwable> failed;
    try {
      failed = disdukcapil.jobs.executeTolerating();
    } finally {
      FailOnceTrigger.remove(jdbc, "meeting_decision");
    }

    assertThat(failed).hasSize(1);
    Job retried = engine.getManagementService().createJobQuery().jobId(failed.keySet().iterator().next()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getExceptionMessage()).contains("simulated failure");
    assertThat(disdukcapil.cycle()).isWaitingAt("ServiceTask_DeliverDecisions");
    assertThat(undeliveredDecisions(meetingId)).containsExactly(failing);
    assertThat(reviewStatus("budi.santoso")).isEqualTo("READY_FOR_MEETING");

    disdukcapil.jobs.retry(retried.getId());
    disdukcapil.jobs.executeAll();

    assertThat(undeliveredDecisions(meetingId)).isEmpty();
    for (String login : PREDIKAT.keySet()) {
      ProcessInstance review = review(login);
      assertThat(reviewStatus(login)).as(login).isEqualTo("DECIDED");
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
          .activityId("ReceiveTask_AwaitMeetingDecision").finished().count()).as(login).isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
          .activityId("ServiceTask_RecordMeetingDecision").count()).as(login).isEqualTo(1);
    }
    assertThat(jdbc.queryForList("select r.decided_follow_up from performance_review r join meeting_decision d on "
        + "d.review_id = r.id where d.meeting_id = ? and r.decided_follow_up <> d.decided", String.class, meetingId))
        .isEmpty();
  }

  @Test
  @Order(5)
  void awardsAndCoachingStartAndTheCycleCloses() {
    assertThat(disdukcapil.cycle()).isEnded().hasPassed("ServiceTask_DeliverDecisions", "ServiceTask_CheckPending",
        "ServiceTask_CloseCycle", "EndEvent_CycleClosed").hasNotPassed("ServiceTask_EscalatePending");
    assertThat(jdbc.queryForObject("select status from unit_cycle where business_key = 'DISDUKCAPIL-2012-Q1'",
        String.class)).isEqualTo("CLOSED");

    for (String login : List.of("dewi.lestari", "siti.pohan", "putri.harahap")) {
      assertThat(review(login)).as(login).isWaitingAt("UserTask_HandOverAward");
      assertThat(jdbc.queryForObject("select count(*) from award a join performance_review r on r.id = a.review_id "
          + "where r.business_key = ?", Integer.class, disdukcapil.reviewKey(login))).as(login).isEqualTo(1);
    }
    for (String login : List.of("budi.santoso", "yusuf.damanik")) {
      assertThat(review(login)).as(login).isWaitingAt("CallActivity_CoachingFollowUp");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("CoachingFollowUp")
          .processInstanceBusinessKey(disdukcapil.reviewKey(login)).count()).as(login).isEqualTo(1);
    }
    for (String login : List.of("hendra.tarigan", "arif.lubis", "rina.sinaga", "nurhayati.siregar", HEAD)) {
      assertThat(review(login)).as(login).isEnded().hasPassed("EndEvent_NoFollowUp");
      assertThat(reviewColumn(login, "decided_follow_up")).isEqualTo("TANPA_TINDAK_LANJUT");
    }
  }

  private ProcessInstance review(String login) {
    return reviews.get(login);
  }

  private String reviewStatus(String login) {
    return reviewColumn(login, "status");
  }

  private String reviewColumn(String login, String column) {
    return jdbc.queryForObject("select " + column + " from performance_review where business_key = ?", String.class,
        disdukcapil.reviewKey(login));
  }

  private List<Long> undeliveredDecisions(Long meetingId) {
    return jdbc.queryForList("select id from meeting_decision where meeting_id = ? and delivered_at is null",
        Long.class, meetingId);
  }

  private static MeetingAgenda.Item item(MeetingAgenda agenda, String name) {
    return agenda.items().stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<MeetingInput.Decision> replace(List<MeetingInput.Decision> decisions,
                                                     MeetingInput.Decision replacement) {
    return decisions.stream().map(d -> d.reviewId().equals(replacement.reviewId()) ? replacement : d).toList();
  }
}
