package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of EmployeeQuarterlyReview, driven through the engine's Java API on the demo roster. */
@IntegrationTest
class EmployeeQuarterlyReviewProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  ReviewDriver review;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    review = new ReviewDriver(engine, jdbc);
  }

  @Test
  void approvedFirstTimeEndsWithoutFollowUpForBaik() {
    review.start("budi.santoso", 2027, 1);
    assertThat(review.instance).isWaitingAt("UserTask_ProposeTargets").task().isAssignedTo("budi.santoso");
    assertThat(review.instance.getBusinessKey()).isEqualTo(review.nipOf("budi.santoso") + "-2027-Q1");

    review.proposeTargets();
    assertThat(review.instance).isWaitingAt("UserTask_ReviewTargets").task().isAssignedTo("arif.lubis");
    review.approveTargets();
    assertThat(review.instance).isWaitingAt("UserTask_SelfAssess");
    review.selfAssess(95, 5);
    assertThat(review.instance).isWaitingAt("UserTask_ReviewPerformance").task().isAssignedTo("arif.lubis");
    assertThat(review.instance).variables().containsEntry("ratingHasilKerjaSaran", "SESUAI_EKSPEKTASI");

    review.rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(review.instance).isWaitingAt("UserTask_RespondToResult");
    assertThat(review.instance).variables()
        .containsEntry("ratingPerilakuKerja", "SESUAI_EKSPEKTASI")
        .containsEntry("predikat", "BAIK")
        .containsEntry("rekomendasiTindakLanjut", "TANPA_TINDAK_LANJUT");

    review.accept();
    assertThat(review.instance).isWaitingAt("ReceiveTask_AwaitMeetingDecision");
    assertThat(review.reviewColumn("status")).isEqualTo("READY_FOR_MEETING");

    review.deliverMeetingDecision("TANPA_TINDAK_LANJUT");
    assertThat(review.instance).isEnded().hasPassed("EndEvent_NoFollowUp");
    assertThat(review.reviewColumn("status")).isEqualTo("DECIDED");
    assertThat(review.reviewColumn("decided_follow_up")).isEqualTo("TANPA_TINDAK_LANJUT");
    assertThat(jdbc.queryForObject("select count(*) from review_indicator where review_id = ? and category is not null",
        Integer.class, review.reviewId())).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from behaviour_rating where review_id = ?", Integer.class,
        review.reviewId())).isEqualTo(7);
  }

  @Test
  void returnedPlanGoesBackWithTheCommentAndKeepsEveryRound() {
    review.start("siti.pohan", 2027, 1).proposeTargets().returnTargets("Target jumlah akta terlalu rendah");

    assertThat(review.instance).isWaitingAt("UserTask_ProposeTargets");
    Task revision = review.task("UserTask_ProposeTargets");
    Map<String, Object> shown = engine.getTaskService().getVariables(revision.getId());
    assertThat(shown).containsEntry("komentarAtasan", "Target jumlah akta terlalu rendah")
        .containsEntry("putaranRevisi", 2)
        .containsEntry("jumlahIndikator", 2)
        .containsEntry("indikator01", "Indikator 1 pelayanan KTP-el");

    review.proposeTargets().approveTargets();
    assertThat(review.instance).isWaitingAt("UserTask_SelfAssess");
    List<Map<String, Object>> rounds = jdbc.queryForList(
        "select round_number, decision, comment_text from target_round where review_id = ? order by round_number",
        review.reviewId());
    assertThat(rounds).extracting(r -> r.get("DECISION")).containsExactly("DIKEMBALIKAN", "DISETUJUI");
    assertThat(rounds.get(0).get("COMMENT_TEXT")).isEqualTo("Target jumlah akta terlalu rendah");
  }

  @Test
  void sangatBaikDecidedPenghargaanRecordsANumberedAward() {
    review.start("hendra.tarigan", 2027, 1).proposeTargets().approveTargets().selfAssess(120, 4);
    assertThat(review.instance).variables().containsEntry("ratingHasilKerjaSaran", "DI_ATAS_EKSPEKTASI");
    review.rate("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    assertThat(review.instance).variables().containsEntry("predikat", "SANGAT_BAIK")
        .containsEntry("rekomendasiTindakLanjut", "PENGHARGAAN");

    review.accept().deliverMeetingDecision("PENGHARGAAN");

    assertThat(review.instance).isEnded().hasPassed("ServiceTask_GrantAward", "EndEvent_Awarded");
    String number = jdbc.queryForObject("select certificate_number from award where review_id = ?", String.class,
        review.reviewId());
    assertThat(number).matches("800\\.1\\.6/\\d{4}/BKPSDM/2027");
    assertThat(review.instance).variables().containsEntry("nomorSertifikat", number);
  }

  @Test
  void pembinaanStartsTheCoachingFollowUpWithTheSameBusinessKey() {
    review.start("yusuf.damanik", 2027, 1).proposeTargets().approveTargets().selfAssess(50, 9);
    assertThat(review.instance).variables().containsEntry("ratingHasilKerjaSaran", "DI_BAWAH_EKSPEKTASI");
    review.rate("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(review.instance).variables().containsEntry("predikat", "BUTUH_PERBAIKAN")
        .containsEntry("rekomendasiTindakLanjut", "PEMBINAAN");

    review.accept().deliverMeetingDecision("PEMBINAAN");

    assertThat(review.instance).isEnded().hasPassed("CallActivity_CoachingFollowUp", "EndEvent_CoachingFinished");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("CoachingFollowUp").processInstanceBusinessKey(review.instance.getBusinessKey())
        .count()).isEqualTo(1);
  }

  @Test
  void objectionUpheldKeepsThePredikat() {
    review.start("juliana.ginting", 2027, 1).proposeTargets().approveTargets().selfAssess(95, 5)
        .rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")
        .object("Realisasi indikator kedua belum memperhitungkan cuti bersama.");

    assertThat(review.instance).isWaitingAt("UserTask_DecideObjection").task().isAssignedTo("henny.simatupang");
    assertThat(review.reviewColumn("status")).isEqualTo("OBJECTION");
    review.complete("UserTask_DecideObjection", Map.of("keputusanKeberatan", "TOLAK",
        "alasanKeputusanKeberatan", "Cuti bersama sudah diperhitungkan dalam target."));
    review.executeJobs();

    assertThat(review.instance).isWaitingAt("ReceiveTask_AwaitMeetingDecision");
    assertThat(review.reviewColumn("predikat")).isEqualTo("BAIK");
    assertThat(jdbc.queryForObject("select decision from review_objection where review_id = ?", String.class,
        review.reviewId())).isEqualTo("DITOLAK");
  }

  @Test
  void objectionChangingTheRatingsRecomputesThePredikatOnce() {
    review.start("rizki.nainggolan", 2027, 1).proposeTargets().approveTargets().selfAssess(95, 5)
        .rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")
        .object("Saya menyelesaikan dua tugas tambahan dari kepala dinas.");
    review.complete("UserTask_DecideObjection", Map.of("keputusanKeberatan", "UBAH",
        "ratingHasilKerjaBaru", "DI_ATAS_EKSPEKTASI", "ratingPerilakuKerjaBaru", "DI_ATAS_EKSPEKTASI",
        "alasanKeputusanKeberatan", "Tugas tambahan terbukti dan belum dinilai."));
    review.executeJobs();

    assertThat(review.instance).isWaitingAt("ReceiveTask_AwaitMeetingDecision");
    assertThat(review.instance).variables().containsEntry("predikat", "SANGAT_BAIK")
        .containsEntry("rekomendasiTindakLanjut", "PENGHARGAAN");
    assertThat(review.reviewColumn("predikat")).isEqualTo("SANGAT_BAIK");
    Map<String, Object> objection = jdbc.queryForMap(
        "select decision, previous_predikat, new_hasil_kerja from review_objection where review_id = ?",
        review.reviewId());
    assertThat(objection).containsEntry("DECISION", "DIUBAH").containsEntry("PREVIOUS_PREDIKAT", "BAIK")
        .containsEntry("NEW_HASIL_KERJA", "DI_ATAS_EKSPEKTASI");
  }

  @Test
  void objectionPeriodLapsingMakesTheReviewReadyForTheMeeting() {
    review.start("maya.hutagalung", 2027, 1).proposeTargets().approveTargets().selfAssess(95, 5)
        .rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    Job periodOver = engine.getManagementService().createJobQuery().processInstanceId(review.instance.getId())
        .activityId("BoundaryEvent_ObjectionPeriodOver").singleResult();
    assertThat(periodOver).isNotNull();

    engine.getManagementService().executeJob(periodOver.getId());
    review.executeJobs();

    assertThat(review.instance).isWaitingAt("ReceiveTask_AwaitMeetingDecision")
        .hasPassed("BoundaryEvent_ObjectionPeriodOver");
    assertThat(review.reviewColumn("status")).isEqualTo("READY_FOR_MEETING");
  }

  @Test
  void lateTargetsGetAReminderAndThenAnEscalationToTheAtasan() {
    review.start("agus.daulay", 2027, 1);
    Task task = review.task("UserTask_ProposeTargets");
    assertThat(task.getDueDate()).isNotNull();
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(review.instance.getId())
        .timers().orderByJobDuedate().asc().list();
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate()).isEqualTo(task.getDueDate());
    assertThat(timers.get(1).getDuedate()).isAfter(task.getDueDate());

    engine.getManagementService().executeJob(timers.get(0).getId());
    Task reminded = review.task("UserTask_ProposeTargets");
    assertThat(reminded.getPriority()).isEqualTo(75);
    assertThat((String) engine.getTaskService().getVariableLocal(reminded.getId(), "pengingat"))
        .startsWith("Pengingat: tugas ini telah melewati tenggat");

    engine.getManagementService().executeJob(timers.get(1).getId());
    Task escalated = review.task("UserTask_ProposeTargets");
    assertThat(escalated.getPriority()).isEqualTo(100);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalated.getId()))
        .extracting(IdentityLink::getUserId).contains("bambang.sutrisno");
    assertThat(jdbc.queryForList("select kind, recipient_login from task_alert where review_id = ? order by id",
        review.reviewId()))
        .extracting(row -> row.get("KIND") + " " + row.get("RECIPIENT_LOGIN"))
        .containsExactly("PENGINGAT agus.daulay", "ESKALASI bambang.sutrisno");
  }

  @Test
  void aLateAtasanIsEscalatedToTheHeadOfTheUnit() {
    review.start("wulan.situmorang", 2027, 1).proposeTargets();
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(review.instance.getId())
        .timers().orderByJobDuedate().desc().list();
    engine.getManagementService().executeJob(timers.get(0).getId());

    assertThat(jdbc.queryForObject("select recipient_login from task_alert where review_id = ? and kind = 'ESKALASI'",
        String.class, review.reviewId())).isEqualTo("sri.wahyuni");
  }

  @Test
  void aSecondReviewOfTheSameQuarterIsRefused() {
    review.start("rian.hidayat", 2027, 1);
    ReviewDriver again = new ReviewDriver(engine, jdbc);

    assertThatThrownBy(() -> again.start("rian.hidayat", 2027, 1))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("sudah ada");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(review.instance.getBusinessKey()).count()).isEqualTo(1);
  }

  @Test
  void aFailingStepRollsBackTheDomainRowsItWrote() {
    review.start("tiara.anggraini", 2027, 1);
    // the next task's due date needs the year: a broken one fails the completion after the plan was stored
    engine.getRuntimeService().setVariable(review.instance.getId(), "year", "bukan tahun");

    assertThatThrownBy(review::proposeTargets).isInstanceOf(RuntimeException.class);

    assertThat(review.instance).isWaitingAt("UserTask_ProposeTargets");
    assertThat(jdbc.queryForObject("select count(*) from review_indicator where review_id = ?", Integer.class,
        review.reviewId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from target_round where review_id = ?", Integer.class,
        review.reviewId())).isZero();
    assertThat(review.reviewColumn("status")).isEqualTo("TARGET_SETTING");
  }
}
