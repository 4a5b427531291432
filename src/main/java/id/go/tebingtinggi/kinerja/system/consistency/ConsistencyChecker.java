package id.go.tebingtinggi.kinerja.system.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that the engine and the domain tell the same story: every open review has a running process whose
 * position matches its status and, past target setting, a plan; every running review process has its review;
 * every meeting decision was delivered exactly when the review records it; no award without a PENGHARGAAN
 * decision, and every finished PENGHARGAAN review has its award.
 */
@Component
public class ConsistencyChecker {

  /** Where a review's process may wait (or have a job) for each domain status. */
  static final Map<String, Set<String>> ACTIVITIES_BY_STATUS = Map.of(
      "TARGET_SETTING", Set.of("UserTask_ProposeTargets", "ServiceTask_RegisterReview", "Gateway_JoinTargets"),
      "TARGETS_IN_REVIEW", Set.of("UserTask_ReviewTargets"),
      "SELF_ASSESSMENT", Set.of("UserTask_SelfAssess"),
      "SUPERVISOR_REVIEW", Set.of("ServiceTask_ComputeAchievement", "BusinessRuleTask_SuggestRatingHasilKerja",
          "UserTask_ReviewPerformance", "ServiceTask_RecordPredikat"),
      "RESULT_NOTIFIED", Set.of("UserTask_RespondToResult", "ServiceTask_MarkReadyForMeeting"),
      "OBJECTION", Set.of("UserTask_DecideObjection", "ServiceTask_RecordPredikat", "ServiceTask_MarkReadyForMeeting"),
      "READY_FOR_MEETING", Set.of("ReceiveTask_AwaitMeetingDecision", "ServiceTask_RecordMeetingDecision"),
      "DECIDED", Set.of("ServiceTask_GrantAward", "CallActivity_CoachingFollowUp"));

  private final JdbcTemplate jdbc;

  ConsistencyChecker(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Mismatch> check() {
    List<Mismatch> mismatches = new ArrayList<>();
    checkReviewsAgainstProcesses(mismatches);
    checkDecisions(mismatches);
    checkAwards(mismatches);
    return mismatches;
  }

  private void checkReviewsAgainstProcesses(List<Mismatch> mismatches) {
    Map<String, Set<String>> activitiesByInstance = new HashMap<>();
    jdbc.query("select x.PROC_INST_ID_ as pid, x.ACT_ID_ as act from ACT_RU_EXECUTION x "
            + "join ACT_RE_PROCDEF d on d.ID_ = x.PROC_DEF_ID_ where d.KEY_ = 'EmployeeQuarterlyReview'",
        rs -> {
          Set<String> activities = activitiesByInstance.computeIfAbsent(rs.getString("pid"), k -> new HashSet<>());
          if (rs.getString("act") != null) {
            activities.add(rs.getString("act"));
          }
        });
    Set<String> instancesWithReview = new HashSet<>();
    jdbc.query("select r.business_key, r.status, r.process_instance_id, "
            + "(select count(*) from review_indicator i where i.review_id = r.id) as indicators "
            + "from performance_review r", rs -> {
          String key = rs.getString("business_key");
          String status = rs.getString("status");
          String pid = rs.getString("process_instance_id");
          instancesWithReview.add(pid);
          Set<String> activities = activitiesByInstance.get(pid);
          boolean open = !"DECIDED".equals(status) && !"WITHDRAWN".equals(status);
          if (open && activities == null) {
            mismatches.add(new Mismatch("PROSES_HILANG", key, "Penilaian berstatus " + status
                + " tetapi prosesnya tidak berjalan"));
          } else if (activities != null && "WITHDRAWN".equals(status)) {
            mismatches.add(new Mismatch("PROSES_TERSISA", key, "Penilaian ditarik tetapi prosesnya masih berjalan"));
          } else if (activities != null && !activities.isEmpty()
              && activities.stream().noneMatch(ACTIVITIES_BY_STATUS.getOrDefault(status, Set.of())::contains)) {
            mismatches.add(new Mismatch("STATUS_BERBEDA", key, "Status domain " + status + " tetapi proses berada di "
                + String.join(", ", activities)));
          }
          if (open && !"TARGET_SETTING".equals(status) && rs.getLong("indicators") == 0) {
            mismatches.add(new Mismatch("RENCANA_HILANG", key, "Penilaian berstatus " + status
                + " tanpa indikator rencana kinerja"));
          }
        });
    activitiesByInstance.keySet().stream().filter(pid -> !instancesWithReview.contains(pid))
        .forEach(pid -> mismatches.add(new Mismatch("PENILAIAN_HILANG", pid,
            "Proses EmployeeQuarterlyReview berjalan tanpa penilaian di basis data domain")));
  }

  private void checkDecisions(List<Mismatch> mismatches) {
    jdbc.query("select r.business_key, r.status, r.decided_follow_up, d.decided, d.delivered_at "
            + "from meeting_decision d join performance_review r on r.id = d.review_id", rs -> {
          String key = rs.getString("business_key");
          boolean delivered = rs.getTimestamp("delivered_at") != null;
          String recorded = rs.getString("decided_follow_up");
          if (delivered && !rs.getString("decided").equals(recorded)) {
            mismatches.add(new Mismatch("KEPUTUSAN_BERBEDA", key, "Rapat memutuskan " + rs.getString("decided")
                + " dan sudah disampaikan, tetapi penilaian mencatat " + recorded));
          }
          if (!delivered && recorded != null) {
            mismatches.add(new Mismatch("KEPUTUSAN_GANDA", key,
                "Penilaian mencatat keputusan " + recorded + " yang belum tercatat disampaikan oleh rapat"));
          }
        });
    jdbc.query("select r.business_key, r.decided_follow_up from performance_review r "
            + "where r.decided_follow_up is not null and r.cycle_id is not null "
            + "and not exists (select 1 from meeting_decision d where d.review_id = r.id)", rs -> {
          mismatches.add(new Mismatch("KEPUTUSAN_TANPA_RAPAT", rs.getString("business_key"),
              "Penilaian mencatat keputusan " + rs.getString("decided_follow_up") + " tanpa keputusan rapat"));
        });
  }

  private void checkAwards(List<Mismatch> mismatches) {
    jdbc.query("select r.business_key, r.decided_follow_up from award a join performance_review r on r.id = a.review_id "
            + "where r.decided_follow_up is null or r.decided_follow_up <> 'PENGHARGAAN'", rs -> {
          mismatches.add(new Mismatch("PENGHARGAAN_TANPA_KEPUTUSAN", rs.getString("business_key"),
              "Ada penghargaan, tetapi keputusan rapat " + rs.getString("decided_follow_up")));
        });
    jdbc.query("select r.business_key from performance_review r where r.decided_follow_up = 'PENGHARGAAN' "
            + "and not exists (select 1 from award a where a.review_id = r.id) "
            + "and not exists (select 1 from ACT_RU_EXECUTION x where x.PROC_INST_ID_ = r.process_instance_id)", rs -> {
          mismatches.add(new Mismatch("PENGHARGAAN_HILANG", rs.getString("business_key"),
              "Rapat memutuskan penghargaan dan prosesnya selesai, tetapi penghargaan tidak tercatat"));
        });
  }
}
