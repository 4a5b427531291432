package id.go.tebingtinggi.kinerja.review.process;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes a review that a test made, in the engine (runtime and history) and in the domain tables, so that the
 * application context shared by all integration tests is left as the test found it.
 */
final class ReviewCleanup {

  private static final List<String> TABLES_OF_A_REVIEW =
      List.of("award", "task_alert", "review_objection", "behaviour_rating", "target_round", "review_indicator");

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  ReviewCleanup(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  boolean exists(String businessKey) {
    return !jdbc.queryForList("select id from performance_review where business_key = ?", Long.class, businessKey)
        .isEmpty()
        || engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count() > 0;
  }

  void delete(String businessKey) {
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(instance -> engine.getRuntimeService()
            .deleteProcessInstance(instance.getId(), "test clean-up", true, true));
    HistoryService history = engine.getHistoryService();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      // the decisions evaluated in the instance outlive its history unless deleted on their own
      history.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId()).list()
          .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
      history.deleteHistoricProcessInstanceIfExists(instance.getId());
    }
    for (Long reviewId : jdbc.queryForList("select id from performance_review where business_key = ?", Long.class,
        businessKey)) {
      TABLES_OF_A_REVIEW.forEach(table -> jdbc.update("delete from " + table + " where review_id = ?", reviewId));
      jdbc.update("delete from performance_review where id = ?", reviewId);
    }
  }
}
