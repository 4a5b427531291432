package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.system.CamundaModelerUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator changes the thresholds of a decision table in Camunda Modeler and deploys it: the next
 * evaluation uses the new table, without a restart, also in reviews that were already running; deploying the
 * previous file again rolls the change back. The tables are deployed through {@code /engine-rest} as the Modeler
 * does, and deleted after each test so that later tests see the tables of {@code bpmn/}; the reviews use 2037, a
 * year no other test uses.
 *
 * <p>Every review here realises 120 documents of a target of 100 (weight 60) and 5 days of a target of 5 (weight
 * 40): with the tables of {@code bpmn/} the first indicator is above expectation (120 % ≥ 110 %) and so is the
 * Hasil Kerja (60 % of the weight above, more than 50 %).
 */
@IntegrationTest
class ChangedDecisionTableTest {

  private static final int YEAR = 2037;
  private static final double DOCUMENTS = 120;
  private static final double DAYS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void restoreTheTablesOfTheRepository() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void newRatingHasilKerjaThresholdsApplyToTheNextEvaluationAndTheOldFileRollsThemBack() throws IOException {
    ReviewDriver before = atSelfAssessment("hendra.tarigan", 1).selfAssess(DOCUMENTS, DAYS);
    ReviewDriver running = atSelfAssessment("siti.pohan", 1);
    assertThat(suggestion(before)).isEqualTo("DI_ATAS_EKSPEKTASI");

    String original = table("RatingHasilKerja");
    String aboveShareOfRuleDiAtas = "<inputEntry id=\"InputEntry_SebagianBesarDiAtas_PorsiBobotDiAtas\">\n"
        + "          <text>";
    String changed = change(original, aboveShareOfRuleDiAtas + "]50..100]", aboveShareOfRuleDiAtas + "]75..100]");
    String changedVersion = deployFromModeler("RatingHasilKerja", changed);

    running.selfAssess(DOCUMENTS, DAYS);

    assertThat(suggestion(running)).as("60 % above is no longer more than 75 %").isEqualTo("SESUAI_EKSPEKTASI");
    assertThat(running.reviewColumn("rating_hasil_kerja_suggested")).isEqualTo("SESUAI_EKSPEKTASI");
    assertThat(evaluatedVersion(running, "RatingHasilKerja")).isEqualTo(changedVersion);

    String restoredVersion = deployFromModeler("RatingHasilKerja", original);
    ReviewDriver afterRollback = atSelfAssessment("yusuf.damanik", 1).selfAssess(DOCUMENTS, DAYS);

    assertThat(restoredVersion).isNotEqualTo(changedVersion);
    assertThat(suggestion(afterRollback)).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat(evaluatedVersion(afterRollback, "RatingHasilKerja")).isEqualTo(restoredVersion);
  }

  @Test
  void newKategoriCapaianIndikatorThresholdsApplyToTheNextEvaluation() throws IOException {
    ReviewDriver before = atSelfAssessment("hendra.tarigan", 2).selfAssess(DOCUMENTS, DAYS);
    assertThat(categoryOfTheFirstIndicator(before)).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat(suggestion(before)).isEqualTo("DI_ATAS_EKSPEKTASI");

    String changed = change(change(table("KategoriCapaianIndikator"),
        "<text>&gt;= 110</text>", "<text>&gt;= 125</text>"),
        "<text>[90..110[</text>", "<text>[90..125[</text>");
    deployFromModeler("KategoriCapaianIndikator", changed);
    ReviewDriver after = atSelfAssessment("siti.pohan", 2).selfAssess(DOCUMENTS, DAYS);

    assertThat(categoryOfTheFirstIndicator(after)).as("120 % is below the new 125 %").isEqualTo("SESUAI_EKSPEKTASI");
    assertThat(suggestion(after)).isEqualTo("SESUAI_EKSPEKTASI");
  }

  private ReviewDriver atSelfAssessment(String login, int quarter) {
    return new ReviewDriver(engine, jdbc).start(login, YEAR, quarter).proposeTargets().approveTargets();
  }

  private String suggestion(ReviewDriver review) {
    review.task("UserTask_ReviewPerformance");
    return (String) engine.getRuntimeService().getVariable(review.instance.getId(),
        ReviewVariables.SUGGESTED_RATING_HASIL_KERJA);
  }

  private String categoryOfTheFirstIndicator(ReviewDriver review) {
    return jdbc.queryForObject("select category from review_indicator where review_id = ? and position = 1",
        String.class, review.reviewId());
  }

  /** The id of the decision definition that the review's last evaluation of the table used. */
  private String evaluatedVersion(ReviewDriver review, String decisionKey) {
    List<HistoricDecisionInstance> evaluations = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(review.instance.getId()).decisionDefinitionKey(decisionKey)
        .orderByEvaluationTime().desc().list();
    assertThat(evaluations).as("evaluations of %s", decisionKey).isNotEmpty();
    return evaluations.get(0).getDecisionDefinitionId();
  }

  /** The table as it is in the repository, i.e. in {@code bpmn/}. */
  private String table(String decisionKey) throws IOException {
    try (InputStream file = getClass().getClassLoader().getResourceAsStream("bpmn/" + decisionKey + ".dmn")) {
      assertThat(file).as("bpmn/%s.dmn", decisionKey).isNotNull();
      return new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** An edit as the administrator makes it in the Modeler, with the version tag raised. */
  private static String change(String table, String text, String replacement) {
    assertThat(table).contains(text);
    return table.replace(text, replacement).replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
  }

  /** Deploys the table as Camunda Modeler does and returns the id of the decision definition it created. */
  private String deployFromModeler(String decisionKey, String table) throws IOException {
    ResponseEntity<String> response = CamundaModelerUpload.deploy(rest.withBasicAuth("admin", "admin"), decisionKey,
        Map.of(decisionKey + ".dmn", table.getBytes(StandardCharsets.UTF_8)));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = JSON.readTree(response.getBody()).path("id").asText();
    deployments.add(deploymentId);
    DecisionDefinition deployed = repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId)
        .decisionDefinitionKey(decisionKey).singleResult();
    assertThat(deployed).as("a new version of %s", decisionKey).isNotNull();
    DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .latestVersion().singleResult();
    assertThat(latest.getId()).isEqualTo(deployed.getId());
    return deployed.getId();
  }
}
