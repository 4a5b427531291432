package id.go.tebingtinggi.kinerja.system.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.review.process.ReviewDriver;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The checker finds each kind of disagreement between the engine and the domain, and nothing on a healthy review. */
@IntegrationTest
class ConsistencyCheckerTest {

  static final int YEAR = 2035;

  @Autowired ConsistencyChecker checker;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  List<String> kindsFor(String businessKey) {
    return checker.check().stream().filter(m -> m.businessKey().equals(businessKey)).map(Mismatch::kind).toList();
  }

  @Test
  void aHealthyReviewHasNoMismatchAtAnyStep() {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start("joko.susilo", YEAR, 1);
    assertThat(kindsFor(review.instance.getBusinessKey())).isEmpty();
    review.proposeTargets().approveTargets().selfAssess(95, 5);
    assertThat(kindsFor(review.instance.getBusinessKey())).isEmpty();
    review.rate("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").accept();
    assertThat(kindsFor(review.instance.getBusinessKey())).isEmpty();
  }

  @Test
  void aStatusThatDisagreesWithTheProcessAndAMissingPlanAreReported() {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start("lestari.wahyuningsih", YEAR, 1);
    String key = review.instance.getBusinessKey();
    jdbc.update("update performance_review set status = 'SELF_ASSESSMENT' where business_key = ?", key);
    try {
      assertThat(kindsFor(key)).containsExactlyInAnyOrder("STATUS_BERBEDA", "RENCANA_HILANG");
    } finally {
      jdbc.update("update performance_review set status = 'TARGET_SETTING' where business_key = ?", key);
    }
    assertThat(kindsFor(key)).isEmpty();
  }

  @Test
  void aLostProcessAndAnAwardWithoutDecisionAreReported() {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start("dani.firmansyah", YEAR, 1);
    String key = review.instance.getBusinessKey();
    jdbc.update("insert into award (review_id, award_year, sequence_number, certificate_number, category, granted_at) "
        + "values (?, ?, 9999, 'UJI/9999', 'Uji', current_timestamp)", review.reviewId(), YEAR);
    engine.getRuntimeService().deleteProcessInstance(review.instance.getId(), "uji pemeriksa konsistensi");
    try {
      assertThat(kindsFor(key)).containsExactlyInAnyOrder("PROSES_HILANG", "PENGHARGAAN_TANPA_KEPUTUSAN");
    } finally {
      jdbc.update("delete from award where certificate_number = 'UJI/9999'");
      jdbc.update("update performance_review set status = 'WITHDRAWN', withdrawal_reason = 'uji' where business_key = ?", key);
    }
    assertThat(kindsFor(key)).isEmpty();
  }

  @Test
  void theEndpointIsForBkpsdmAndAdministratorsOnly() {
    assertThat(http.withBasicAuth("ani.wulandari", "demo").getForEntity("/api/consistency", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/consistency", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("syahrial.nasution", "demo").getForEntity("/api/consistency", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/consistency", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
