package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewDiagramChanges.SELF_ASSESS;
import static id.go.tebingtinggi.kinerja.review.process.ReviewDiagramChanges.VERIFY_EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import id.go.tebingtinggi.kinerja.system.CamundaModelerUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators change EmployeeQuarterlyReview while reviews run: new reviews start on the latest version,
 * running ones stay on theirs until migrated through {@code POST /api/admin/migrations}, whose dry run reports
 * per review what would fail. The new versions are copies of the deployed diagram with one change, deployed under
 * their own name and source and deleted with their instances after each test; the reviews use 2094, a year no
 * other test uses.
 */
@IntegrationTest
class ReviewMigrationTest {

  private static final int YEAR = 2094;
  private static final String DEPLOYMENT_NAME = "EmployeeQuarterlyReview-uji-migrasi";
  private static final String DEPLOYMENT_SOURCE = "kinerja-asn-test-migration";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  private final List<String> deployments = new ArrayList<>();
  private final List<ReviewDriver> reviews = new ArrayList<>();

  /** Deleting the new versions deletes the reviews' processes on them, so their domain reviews are withdrawn. */
  @AfterEach
  void removeTheNewVersionsAndTheirInstances() {
    managementService.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list()
        .forEach(batch -> managementService.deleteBatch(batch.getId(), true));
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    for (ReviewDriver review : reviews) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(review.instance.getId()).count() == 0) {
        jdbc.update("update performance_review set status = 'WITHDRAWN', withdrawal_reason = ? where business_key = ?",
            "Versi uji migrasi dihapus", review.instance.getBusinessKey());
      }
    }
  }

  @Test
  void dryRunReportsThatReviewsWaitingAtSelfAssessmentCanMoveToAVersionWithAnAddedStep() throws IOException {
    ReviewDriver dewi = atSelfAssessment("dewi.lestari", 1);
    ReviewDriver budi = atSelfAssessment("budi.santoso", 1);
    String source = dewi.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::addEvidenceCheckAfterSelfAssessment);

    ResponseEntity<String> response = migrateAsAdmin(request(source, target.getId(), true, dewi, budi));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = JSON.readTree(response.getBody());
    assertThat(report.path("outcome").asText()).isEqualTo("DRY_RUN_PASSED");
    assertThat(report.path("dryRun").asBoolean()).isTrue();
    assertThat(report.path("targetVersion").asInt()).isEqualTo(target.getVersion());
    assertThat(report.path("planFailures")).isEmpty();
    assertThat(report.path("instructions").findValuesAsText("sourceActivityId")).contains(SELF_ASSESS)
        .doesNotContain(VERIFY_EVIDENCE);
    assertThat(report.path("instanceCount").asInt()).isEqualTo(2);
    for (JsonNode instance : report.path("instances")) {
      assertThat(instance.path("migratable").asBoolean()).as(instance.toString()).isTrue();
      assertThat(texts(instance.path("activityIds"))).containsExactly(SELF_ASSESS);
    }
    assertThat(report.path("instances").findValuesAsText("businessKey"))
        .containsExactly(dewi.instance.getBusinessKey(), budi.instance.getBusinessKey());
    assertThat(report.path("pesan").asText()).startsWith("Uji coba berhasil");
    assertStillOn(source, dewi, budi);
  }

  @Test
  void dryRunWithoutAListOfInstancesChecksEveryRunningInstanceOfTheSourceVersion() throws IOException {
    ReviewDriver siti = atSelfAssessment("siti.pohan", 1);
    String source = siti.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::addEvidenceCheckAfterSelfAssessment);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("processDefinitionKey", ReviewVariables.PROCESS_KEY);
    request.put("sourceVersion", repositoryService.getProcessDefinition(source).getVersion());

    JsonNode report = JSON.readTree(migrateAsAdmin(request).getBody());

    assertThat(report.path("dryRun").asBoolean()).as("a request without dryRun is a dry run").isTrue();
    assertThat(report.path("targetProcessDefinitionId").asText()).as("the latest version").isEqualTo(target.getId());
    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(source).count();
    assertThat(report.path("instanceCount").asLong()).isEqualTo(running);
    assertThat(report.path("instances").findValuesAsText("processInstanceId")).hasSize((int) running)
        .contains(siti.instance.getId());
    assertStillOn(source, siti);
  }

  @Test
  void incompatibleTargetMakesTheDryRunReportTheFailureAndTheRealRunMigratesNothing() throws IOException {
    ReviewDriver putri = atSelfAssessment("putri.harahap", 1);
    String source = putri.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::removeSelfAssessment);

    ResponseEntity<String> dryRun = migrateAsAdmin(request(source, target.getId(), true, putri));

    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = JSON.readTree(dryRun.getBody());
    assertThat(report.path("outcome").asText()).isEqualTo("DRY_RUN_FAILED");
    JsonNode instance = report.path("instances").get(0);
    assertThat(instance.path("migratable").asBoolean()).isFalse();
    assertThat(texts(instance.path("failures"))).singleElement().asString()
        .startsWith(SELF_ASSESS + ": ").contains("no migration instruction");
    assertStillOn(source, putri);

    ResponseEntity<String> realRun = migrateAsAdmin(request(source, target.getId(), false, putri));

    assertThat(realRun.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(realRun.getBody()).path("outcome").asText()).isEqualTo("REFUSED");
    assertStillOn(source, putri);
    assertThat(putri.task(SELF_ASSESS)).isNotNull();
  }

  @Test
  void instructionToAnActivityTheTargetLacksIsReportedAsAnInvalidPlan() throws IOException {
    ReviewDriver hendra = atSelfAssessment("hendra.tarigan", 1);
    String source = hendra.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::addEvidenceCheckAfterSelfAssessment);
    Map<String, Object> request = request(source, target.getId(), false, hendra);
    request.put("instructions", List.of(Map.of("sourceActivityId", SELF_ASSESS,
        "targetActivityId", "UserTask_SelfAssessment")));

    ResponseEntity<String> response = migrateAsAdmin(request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode report = JSON.readTree(response.getBody());
    assertThat(report.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(texts(report.path("planFailures"))).anySatisfy(failure ->
        assertThat(failure).startsWith(SELF_ASSESS + " -> UserTask_SelfAssessment: "));
    assertStillOn(source, hendra);
  }

  @Test
  void migratedReviewsContinueOnTheNewVersionThroughTheAddedStep() throws IOException {
    ReviewDriver dewi = atSelfAssessment("dewi.lestari", 2);
    ReviewDriver budi = atSelfAssessment("budi.santoso", 2);
    String source = dewi.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::addEvidenceCheckAfterSelfAssessment);
    String selfAssessTask = dewi.task(SELF_ASSESS).getId();

    ResponseEntity<String> response = migrateAsAdmin(request(source, target.getId(), false, dewi, budi));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = JSON.readTree(response.getBody());
    assertThat(report.path("outcome").asText()).isEqualTo("MIGRATED");
    assertThat(report.path("dryRun").asBoolean()).isFalse();
    assertStillOn(target.getId(), dewi, budi);
    Task migratedTask = dewi.task(SELF_ASSESS);
    assertThat(migratedTask.getId()).as("the open task moves, it is not recreated").isEqualTo(selfAssessTask);
    assertThat(migratedTask.getProcessDefinitionId()).isEqualTo(target.getId());
    assertThat(formOf(migratedTask).path("id").asText()).isEqualTo("self-assessment");
    assertReminderAndEscalationTimers(dewi, budi);

    dewi.selfAssess(95, 5);
    Task check = dewi.task(VERIFY_EVIDENCE);
    assertThat(check.getName()).isEqualTo(ReviewDiagramChanges.VERIFY_EVIDENCE_NAME);
    assertThat(check.getAssignee()).isEqualTo("arif.lubis");
    dewi.complete(VERIFY_EVIDENCE, Map.of());
    dewi.executeJobs();

    Task next = dewi.task("UserTask_ReviewPerformance");
    assertThat(next.getProcessDefinitionId()).isEqualTo(target.getId());
    assertThat(runtimeService.getVariable(dewi.instance.getId(), "ratingHasilKerjaSaran"))
        .isEqualTo("SESUAI_EKSPEKTASI");

    ReviewDriver nextQuarter = atSelfAssessment("dewi.lestari", 4);
    assertThat(nextQuarter.instance.getProcessDefinitionId()).isEqualTo(target.getId());
    assertReminderAndEscalationTimers(nextQuarter);
  }

  @Test
  void manyReviewsMigrateInABatchThatTheJobExecutorRuns() throws IOException {
    ReviewDriver dewi = atSelfAssessment("dewi.lestari", 3);
    ReviewDriver budi = atSelfAssessment("budi.santoso", 3);
    String source = dewi.instance.getProcessDefinitionId();
    ProcessDefinition target = deployCopy(source, ReviewDiagramChanges::addEvidenceCheckAfterSelfAssessment);
    Map<String, Object> request = request(source, target.getId(), false, dewi, budi);
    request.put("batch", true);

    ResponseEntity<String> response = migrateAsAdmin(request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = JSON.readTree(response.getBody());
    assertThat(report.path("outcome").asText()).isEqualTo("BATCH_STARTED");
    Batch batch = managementService.createBatchQuery().batchId(report.path("batchId").asText()).singleResult();
    assertThat(batch.getTotalJobs()).isEqualTo(2);
    assertStillOn(source, dewi, budi);

    runJobsOf(batch.getSeedJobDefinitionId());
    runJobsOf(batch.getBatchJobDefinitionId());
    runJobsOf(batch.getMonitorJobDefinitionId());

    assertThat(managementService.createBatchQuery().batchId(batch.getId()).count()).as("batch completed").isZero();
    assertStillOn(target.getId(), dewi, budi);
    assertReminderAndEscalationTimers(dewi, budi);
    budi.selfAssess(95, 5);
    assertThat(budi.task(VERIFY_EVIDENCE).getAssignee()).isEqualTo("arif.lubis");
  }

  @Test
  void newQuartersStartOnTheLatestVersionWhileRunningReviewsContinueOnTheirs() throws IOException {
    ReviewDriver running = started("putri.harahap", 2);
    String original = running.instance.getProcessDefinitionId();
    BpmnModelInstance changed = copyOf(original);
    ReviewDiagramChanges.renameSelfAssessment(changed, "Isi realisasi dan bukti dukung");
    deployFromModeler(original, changed);

    ReviewDriver nextQuarter = started("putri.harahap", 3);

    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ReviewVariables.PROCESS_KEY).latestVersion().singleResult();
    assertThat(nextQuarter.instance.getProcessDefinitionId()).isEqualTo(latest.getId()).isNotEqualTo(original);
    nextQuarter.proposeTargets().approveTargets();
    assertThat(nextQuarter.task(SELF_ASSESS).getName()).isEqualTo("Isi realisasi dan bukti dukung");

    running.proposeTargets().approveTargets();
    assertThat(running.task(SELF_ASSESS).getName()).isEqualTo("Isi penilaian mandiri");
    assertThat(running.task(SELF_ASSESS).getProcessDefinitionId()).isEqualTo(original);
  }

  @Test
  void onlyAdministratorsMigrate() {
    Map<String, Object> request = Map.of("processDefinitionKey", ReviewVariables.PROCESS_KEY, "sourceVersion", 1);

    assertThat(post(rest.withBasicAuth("dewi.lestari", "demo"), request).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(rest.withBasicAuth("ani.wulandari", "demo"), request).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(rest, request).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ReviewDriver atSelfAssessment(String login, int quarter) {
    ReviewDriver review = started(login, quarter).proposeTargets().approveTargets();
    assertThat(review.task(SELF_ASSESS)).isNotNull();
    return review;
  }

  private ReviewDriver started(String login, int quarter) {
    ReviewDriver review = new ReviewDriver(engine, jdbc).start(login, YEAR, quarter);
    reviews.add(review);
    return review;
  }

  private BpmnModelInstance copyOf(String processDefinitionId) {
    return Bpmn.readModelFromStream(repositoryService.getProcessModel(processDefinitionId));
  }

  /** Deploys the changed copy with the forms of the original, as the engine API would from a deployment tool. */
  private ProcessDefinition deployCopy(String processDefinitionId, Consumer<BpmnModelInstance> change) {
    ProcessDefinition original = repositoryService.getProcessDefinition(processDefinitionId);
    BpmnModelInstance model = copyOf(processDefinitionId);
    change.accept(model);
    DeploymentBuilder deployment = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_SOURCE)
        .addModelInstance(original.getResourceName(), model);
    formsOf(original).forEach((name, content) -> deployment.addString(name, content));
    String deploymentId = deployment.deploy().getId();
    deployments.add(deploymentId);
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  /** Deploys the changed copy and its forms through the engine REST API as Camunda Modeler does. */
  private void deployFromModeler(String processDefinitionId, BpmnModelInstance model) throws IOException {
    ProcessDefinition original = repositoryService.getProcessDefinition(processDefinitionId);
    Map<String, byte[]> files = new HashMap<>();
    files.put(original.getResourceName(), Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    formsOf(original).forEach((name, content) -> files.put(name, content.getBytes(StandardCharsets.UTF_8)));

    ResponseEntity<String> response = CamundaModelerUpload.deploy(rest.withBasicAuth("admin", "admin"),
        ReviewVariables.PROCESS_KEY, files);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    deployments.add(JSON.readTree(response.getBody()).path("id").asText());
  }

  private Map<String, String> formsOf(ProcessDefinition definition) {
    Map<String, String> forms = new HashMap<>();
    for (String name : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
      if (name.endsWith(".form")) {
        try (InputStream form = repositoryService.getResourceAsStream(definition.getDeploymentId(), name)) {
          forms.put(name, new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new AssertionError("cannot read the deployed form " + name, e);
        }
      }
    }
    assertThat(forms).as("forms deployed with %s", definition.getId()).isNotEmpty();
    return forms;
  }

  private JsonNode formOf(Task task) throws IOException {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return JSON.readTree(form);
    }
  }

  private void runJobsOf(String jobDefinitionId) {
    for (Job job : managementService.createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** The self-assessment's timeout listeners: one reminder at the due date, one escalation after it. */
  private void assertReminderAndEscalationTimers(ReviewDriver... reviews) {
    for (ReviewDriver review : reviews) {
      assertThat(managementService.createJobQuery().processInstanceId(review.instance.getId()).timers().list())
          .as("timers of %s", review.instance.getBusinessKey())
          .extracting(job -> ((JobEntity) job)
              .getJobHandlerConfigurationRaw())
          .containsExactlyInAnyOrder(SELF_ASSESS + "$taskListener~TaskListener_RemindSelfAssess",
              SELF_ASSESS + "$taskListener~TaskListener_EscalateSelfAssess");
    }
  }

  private void assertStillOn(String processDefinitionId, ReviewDriver... reviews) {
    for (ReviewDriver review : reviews) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(review.instance.getId())
          .singleResult().getProcessDefinitionId()).as(review.instance.getBusinessKey())
          .isEqualTo(processDefinitionId);
    }
  }

  private static Map<String, Object> request(String source, String target, boolean dryRun, ReviewDriver... reviews) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sourceProcessDefinitionId", source);
    request.put("targetProcessDefinitionId", target);
    request.put("processInstanceIds", Arrays.stream(reviews).map(r -> r.instance.getId()).toList());
    request.put("dryRun", dryRun);
    return request;
  }

  private ResponseEntity<String> migrateAsAdmin(Map<String, Object> request) {
    return post(rest.withBasicAuth("admin", "admin"), request);
  }

  private static ResponseEntity<String> post(TestRestTemplate client, Map<String, Object> request) {
    return client.postForEntity("/api/admin/migrations", request, String.class);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
