package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The start-up deployment rule of {@link ModelDeployer} (see its javadoc), on the fixture models in
 * {@code model-fixtures/deployment} copied to a temporary folder. A restart is a new deployer on the same folder:
 * the deployer keeps no state, the engine's deployments are all it compares with.
 */
@IntegrationTest
class ModelDeployerTest {

  private static final String LEAVE_REQUEST = "FixtureLeaveRequest";
  private static final String NOTICE = "FixtureNotice";
  private static final String LEAVE_DAYS = "FixtureLeaveDays";
  private static final String LEAVE_REQUEST_FILE = "bpmn/FixtureLeaveRequest.bpmn";
  private static final String LEAVE_FORM_FILE = "forms/fixture-approve-leave.form";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired TestRestTemplate rest;

  @TempDir Path models;

  @BeforeEach
  void copyFixtureModels() throws IOException, URISyntaxException {
    Path fixture = Path.of(Objects.requireNonNull(
        getClass().getClassLoader().getResource("model-fixtures/deployment")).toURI());
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = models.resolve(fixture.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
  }

  @AfterEach
  void removeFixtureDeployments() {
    repositoryService.createDeploymentQuery().deploymentNameLike("Fixture%").list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void deploysEachDiagramWithTheFormsItReferencesAndEachDecisionTable() {
    assertThat(startUp()).isEqualTo(3);

    Deployment leaveRequest = deploymentOf(latestDefinition(LEAVE_REQUEST));
    assertThat(leaveRequest.getName()).isEqualTo(LEAVE_REQUEST);
    assertThat(leaveRequest.getSource()).isEqualTo(ModelDeployer.SOURCE);
    assertThat(repositoryService.getDeploymentResourceNames(leaveRequest.getId()))
        .containsExactlyInAnyOrder("FixtureLeaveRequest.bpmn", "fixture-approve-leave.form");
    assertThat(repositoryService.getDeploymentResourceNames(deploymentOf(latestDefinition(NOTICE)).getId()))
        .containsExactly("FixtureNotice.bpmn");
    assertThat(latestDecisionVersion()).isEqualTo(1);
  }

  @Test
  void restartWithUnchangedFilesCreatesNothing() {
    startUp();
    long deployments = fixtureDeployments();

    assertThat(startUp()).isZero();

    assertThat(fixtureDeployments()).isEqualTo(deployments);
    assertThat(latestDefinition(LEAVE_REQUEST).getVersion()).isEqualTo(1);
    assertThat(latestDefinition(NOTICE).getVersion()).isEqualTo(1);
    assertThat(latestDecisionVersion()).isEqualTo(1);
  }

  @Test
  void changedDiagramDeploysANewVersionOfThatDiagramOnly() throws IOException {
    startUp();
    edit("bpmn/FixtureNotice.bpmn", "name=\"Pengumuman dibaca\"", "name=\"Pengumuman sudah dibaca\"");

    assertThat(startUp()).isEqualTo(1);

    assertThat(latestDefinition(NOTICE).getVersion()).isEqualTo(2);
    assertThat(latestDefinition(LEAVE_REQUEST).getVersion()).isEqualTo(1);
    assertThat(latestDecisionVersion()).isEqualTo(1);
  }

  @Test
  void changedFormDeploysTheDiagramThatUsesItAgainSoNewTasksShowTheNewForm() throws IOException {
    startUp();
    edit(LEAVE_FORM_FILE, "\"Cuti disetujui\"", "\"Cuti diizinkan\"");

    assertThat(startUp()).isEqualTo(1);

    assertThat(latestDefinition(LEAVE_REQUEST).getVersion()).isEqualTo(2);
    assertThat(latestDefinition(NOTICE).getVersion()).isEqualTo(1);
    assertThat(deployedFormOfNewTask().at("/components/0/label").asText()).isEqualTo("Cuti diizinkan");
  }

  @Test
  void userTaskOfAStartedInstanceFindsTheFormDeployedWithItsDiagram() throws IOException {
    startUp();

    JsonNode form = deployedFormOfNewTask();

    assertThat(form.path("id").asText()).isEqualTo("fixture-approve-leave");
    assertThat(form.at("/components/0/label").asText()).isEqualTo("Cuti disetujui");
  }

  @Test
  void versionDeployedFromCamundaModelerIsKeptByARestartWithUnchangedFiles() throws IOException {
    startUp();
    byte[] administratorsVersion = read(LEAVE_REQUEST_FILE).replace("name=\"Permohonan cuti\"",
        "name=\"Permohonan cuti pegawai\"").getBytes(StandardCharsets.UTF_8);

    ResponseEntity<String> response = CamundaModelerUpload.deploy(rest.withBasicAuth("admin", "admin"),
        LEAVE_REQUEST, Map.of("FixtureLeaveRequest.bpmn", administratorsVersion,
            "fixture-approve-leave.form", Files.readAllBytes(models.resolve(LEAVE_FORM_FILE))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(latestDefinition(LEAVE_REQUEST).getVersion()).isEqualTo(2);

    assertThat(startUp()).isZero();

    ProcessDefinition latest = latestDefinition(LEAVE_REQUEST);
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getName()).isEqualTo("Permohonan cuti pegawai");
    assertThat(deploymentOf(latest).getSource()).isEqualTo(CamundaModelerUpload.SOURCE);

    edit(LEAVE_REQUEST_FILE, "name=\"Setujui cuti\"", "name=\"Setujui permohonan cuti\"");
    assertThat(startUp()).isEqualTo(1);

    latest = latestDefinition(LEAVE_REQUEST);
    assertThat(latest.getVersion()).isEqualTo(3);
    assertThat(latest.getName()).isEqualTo("Permohonan cuti");
    assertThat(deploymentOf(latest).getSource()).isEqualTo(ModelDeployer.SOURCE);
  }

  private int startUp() {
    try {
      return new ModelDeployer(repositoryService, models.toUri().toString()).deployChangedModels();
    } catch (IOException e) {
      throw new AssertionError("the fixture models cannot be read", e);
    }
  }

  private JsonNode deployedFormOfNewTask() throws IOException {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(LEAVE_REQUEST);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
        .singleResult();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo("fixture-approve-leave");
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return JSON.readTree(form);
    }
  }

  private ProcessDefinition latestDefinition(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private int latestDecisionVersion() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(LEAVE_DAYS).latestVersion()
        .singleResult().getVersion();
  }

  private Deployment deploymentOf(ProcessDefinition definition) {
    return repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
  }

  private long fixtureDeployments() {
    return repositoryService.createDeploymentQuery().deploymentNameLike("Fixture%").count();
  }

  private String read(String file) throws IOException {
    return Files.readString(models.resolve(file), StandardCharsets.UTF_8);
  }

  private void edit(String file, String text, String replacement) throws IOException {
    String content = read(file);
    assertThat(content).as(file).contains(text);
    Files.writeString(models.resolve(file), content.replace(text, replacement), StandardCharsets.UTF_8);
  }
}
