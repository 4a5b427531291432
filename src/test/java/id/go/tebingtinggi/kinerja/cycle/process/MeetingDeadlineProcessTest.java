package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.asRecommended;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.meeting;
import static id.go.tebingtinggi.kinerja.cycle.CycleScenario.today;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.BAIK;
import static id.go.tebingtinggi.kinerja.meeting.MeetingFixture.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.cycle.CycleScenario;
import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.meeting.MeetingTasks;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The meeting deadline of UnitQuarterlyCycle: the meeting is held with the reviews that have a predikat, those
 * still without one are listed as pending, escalated to BKPSDM, and decided in a supplementary meeting of the same
 * unit once they are ready; a deadline with no review ready holds no meeting and escalates every review.
 *
 * <p>Year 2013, a year of its own (a past year: the meeting date may not be in the future nor before the quarter).
 */
@IntegrationTest
class MeetingDeadlineProcessTest {

  private static final String BKPSDM = "ani.wulandari";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeetingService meetings;
  @Autowired MeetingTasks meetingTasks;
  private final List<CycleScenario> opened = new ArrayList<>();
  private EngineDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new EngineDriver(engine);
  }

  @AfterEach
  void removeTheQuarters() {
    opened.forEach(scenario -> scenario.fixture.remove());
  }

  @Test
  void reviewsWithoutPredikatAtTheDeadlineAreEscalatedAndDecidedInASupplementaryMeeting() {
    CycleScenario kota = open("KEC-TTKOTA", new Period(2013, 1));
    kota.fixture.bringToMeeting("herlina.simbolon", BAIK).bringToMeeting("rian.hidayat", SANGAT_BAIK);
    ProcessInstance cycle = kota.cycle();
    assertThat(cycle).isWaitingAt("Gateway_AwaitReadiness");

    driver.fireTimer(cycle.getId(), "Event_MeetingDeadline");

    assertThat(cycle).hasPassed("Event_MeetingDeadline", "ServiceTask_CheckAgenda").isWaitingAt("UserTask_HoldMeeting");
    Task first = kota.fixture.meetingTask();
    assertThat(first).isAssignedTo("abdul.sitompul");
    assertThat((String) engine.getTaskService().getVariable(first.getId(), "ringkasanAgenda"))
        .startsWith("2 pegawai siap diputuskan; 3 penilaian belum selesai.");
    MeetingAgenda agenda = meetings.agenda(kota.fixture.cycleId());
    assertThat(agenda.supplementary()).isFalse();
    assertThat(agenda.items()).extracting(MeetingAgenda.Item::name)
        .containsExactlyInAnyOrder("Herlina Simbolon, S.E", "Rian Hidayat");
    assertThat(agenda.pending()).extracting(MeetingAgenda.Pending::name).containsExactlyInAnyOrder(
        "Abdul Rahman Sitompul, S.STP, M.AP", "Tiara Anggraini", "Zainal Abidin Purba, S.Sos");

    meetingTasks.holdAndComplete(first.getId(), "abdul.sitompul", meeting(today(), asRecommended(agenda)));
    kota.jobs.executeAll();

    assertThat(cycle).hasPassed("ServiceTask_DeliverDecisions", "ServiceTask_CheckPending",
        "ServiceTask_EscalatePending").isWaitingAt("Gateway_AwaitReadiness", "UserTask_FollowUpPendingReviews");
    assertThat(jdbc.queryForList("select r.business_key from cycle_escalation x join performance_review r on "
        + "r.id = x.review_id where x.cycle_id = ? and x.review_status = 'TARGET_SETTING'", String.class,
        kota.fixture.cycleId())).containsExactlyInAnyOrder(kota.reviewKey("abdul.sitompul"),
        kota.reviewKey("tiara.anggraini"), kota.reviewKey("zainal.purba"));
    assertThat(List.of(kota.reviewKey("herlina.simbolon"), kota.reviewKey("rian.hidayat"))).allSatisfy(key ->
        assertThat(jdbc.queryForObject("select status from performance_review where business_key = ?", String.class,
            key)).isEqualTo("DECIDED"));
    Task followUp = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey("UserTask_FollowUpPendingReviews").singleResult();
    assertThat(followUp).hasName("Tindak lanjuti penilaian tertunda").hasCandidateGroup("bkpsdm");
    assertThat((String) engine.getTaskService().getVariable(followUp.getId(), "ringkasanTertunda"))
        .contains("| Tiara Anggraini | " + kota.fixture.nipOf("tiara.anggraini") + " | Penyusunan target |",
            "Zainal Abidin Purba, S.Sos", "Abdul Rahman Sitompul, S.STP, M.AP")
        .doesNotContain("Rian Hidayat");
    Instant supplementaryDeadline = ((Date) engine.getRuntimeService().getVariable(cycle.getId(), "tenggatRapat"))
        .toInstant();
    assertThat(supplementaryDeadline).isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(5, ChronoUnit.MINUTES));
    assertThat(driver.timer(cycle.getId(), "Event_MeetingDeadline").getDuedate().toInstant())
        .isCloseTo(supplementaryDeadline, within(1, ChronoUnit.SECONDS));

    driver.completeAs(BKPSDM, List.of("bkpsdm"), cycle.getId(), "UserTask_FollowUpPendingReviews", Map.of());
    assertThat(cycle).hasPassed("EndEvent_PendingFollowedUp").isWaitingAt("Gateway_AwaitReadiness");

    kota.fixture.bringToMeeting("tiara.anggraini", BAIK).bringToMeeting("zainal.purba", BAIK);
    assertThat(cycle).isWaitingAt("Gateway_AwaitReadiness");
    kota.fixture.bringToMeeting("abdul.sitompul", BAIK);

    assertThat(cycle).hasPassed("Event_ReviewsReady").isWaitingAt("UserTask_HoldMeeting");
    Task supplementary = kota.fixture.meetingTask();
    assertThat(supplementary).hasName("Pimpin rapat evaluasi triwulan").isAssignedTo("abdul.sitompul");
    assertThat((String) engine.getTaskService().getVariable(supplementary.getId(), "ringkasanAgenda"))
        .startsWith("**Rapat susulan.** 3 pegawai siap diputuskan; 0 penilaian belum selesai.");
    MeetingAgenda second = meetings.agenda(kota.fixture.cycleId());
    assertThat(second.items()).extracting(MeetingAgenda.Item::name).containsExactlyInAnyOrder(
        "Abdul Rahman Sitompul, S.STP, M.AP", "Tiara Anggraini", "Zainal Abidin Purba, S.Sos");

    meetingTasks.holdAndComplete(supplementary.getId(), "abdul.sitompul", meeting(today(), asRecommended(second)));
    kota.jobs.executeAll();

    assertThat(cycle).isEnded().hasPassed("ServiceTask_CloseCycle", "EndEvent_CycleClosed");
    assertThat(jdbc.queryForList("select sequence_number from evaluation_meeting where cycle_id = ? order by 1",
        Integer.class, kota.fixture.cycleId())).containsExactly(1, 2);
    assertThat(jdbc.queryForObject("select count(*) from meeting_decision d join performance_review r on "
        + "r.id = d.review_id where r.cycle_id = ? and d.delivered_at is not null and r.status = 'DECIDED'",
        Integer.class, kota.fixture.cycleId())).isEqualTo(5);
    assertThat(jdbc.queryForObject("select status from unit_cycle where id = ?", String.class,
        kota.fixture.cycleId())).isEqualTo("CLOSED");
  }

  @Test
  void aDeadlineWithNoReviewReadyHoldsNoMeetingAndEscalatesEveryReview() {
    CycleScenario bajenis = open("KEC-BAJENIS", new Period(2013, 2));
    ProcessInstance cycle = bajenis.cycle();

    driver.fireTimer(cycle.getId(), "Event_MeetingDeadline");
    bajenis.jobs.executeAll();

    assertThat(cycle).hasPassed("ServiceTask_CheckAgenda", "ServiceTask_CheckPending", "ServiceTask_EscalatePending")
        .hasNotPassed("UserTask_HoldMeeting")
        .isWaitingAt("Gateway_AwaitReadiness", "UserTask_FollowUpPendingReviews");
    assertThat(jdbc.queryForObject("select count(*) from cycle_escalation where cycle_id = ?", Integer.class,
        bajenis.fixture.cycleId())).isEqualTo(4);
    assertThat(jdbc.queryForObject("select count(*) from evaluation_meeting where cycle_id = ?", Integer.class,
        bajenis.fixture.cycleId())).isZero();
    assertThat(jdbc.queryForObject("select status from unit_cycle where id = ?", String.class,
        bajenis.fixture.cycleId())).isEqualTo("OPEN");
  }

  private CycleScenario open(String unit, Period period) {
    CycleScenario scenario = new CycleScenario(engine, jdbc, unit, period);
    opened.add(scenario);
    scenario.open();
    return scenario;
  }
}
