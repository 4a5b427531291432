package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.organisation.roster.RosterImportService;
import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Open tasks and engine access follow the roster: a new supervisor takes over the review's atasan tasks. */
@IntegrationTest
class ReviewFollowsTheRosterTest {

  static final int YEAR = 2093;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterImportService rosterImport;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transaction;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void restoreRoster() {
    DemoRoster.restore(rosterImport, jdbc, identityService, transaction);
  }

  @Test
  void aNewSupervisorTakesOverTheOpenReviewTask() {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start("budi.santoso", YEAR, 1).proposeTargets();
    assertThat(review.task("UserTask_ReviewTargets").getAssignee()).isEqualTo("arif.lubis");
    String budi = review.nipOf("budi.santoso");
    String rina = review.nipOf("rina.sinaga");

    rosterImport.importCsv(DemoRoster.withRow(budi, row -> DemoRoster.replaceField(row, 5, rina)));

    assertThat(review.task("UserTask_ReviewTargets").getAssignee()).isEqualTo("rina.sinaga");
    assertThat(engine.getRuntimeService().getVariable(review.instance.getId(), "atasanLogin")).isEqualTo("rina.sinaga");
    assertThat(jdbc.queryForObject("select a.login_id from performance_review r join employee a on a.id = r.assessor_id "
        + "where r.id = ?", String.class, review.reviewId())).isEqualTo("rina.sinaga");
    assertThat(http.withBasicAuth("rina.sinaga", "demo")
        .getForEntity("/engine-rest/process-instance/" + review.instance.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    review.approveTargets();
    assertThat(review.task("UserTask_SelfAssess").getAssignee()).isEqualTo("budi.santoso");
  }

  @Test
  void onlyThePeopleOfAReviewCanReadItsInstanceThroughTheEngineApi() {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start("siti.pohan", YEAR, 1);
    String path = "/engine-rest/process-instance/" + review.instance.getId() + "/variables";

    for (String allowed : new String[] {"siti.pohan", "rina.sinaga", "syahrial.nasution", "ani.wulandari"}) {
      assertThat(http.withBasicAuth(allowed, "demo").getForEntity(path, String.class).getStatusCode())
          .as(allowed).isEqualTo(HttpStatus.OK);
    }
    for (String refused : new String[] {"dewi.lestari", "arif.lubis", "bambang.sutrisno"}) {
      assertThat(http.withBasicAuth(refused, "demo").getForEntity(path, String.class).getStatusCode())
          .as(refused).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
  }
}
