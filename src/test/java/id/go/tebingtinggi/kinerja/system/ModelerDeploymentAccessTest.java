package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who may deploy from Camunda Modeler over {@code /engine-rest}: administrators only. */
@IntegrationTest
class ModelerDeploymentAccessTest {

  private static final String DEPLOYMENT_NAME = "FixtureNotice";

  @Autowired RepositoryService repositoryService;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void removeFixtureDeployments() {
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void administratorDeploysADiagram() throws IOException {
    ResponseEntity<String> response = deployAs(rest.withBasicAuth("admin", "admin"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = new ObjectMapper().readTree(response.getBody()).path("id").asText();
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    assertThat(deployment.getName()).isEqualTo(DEPLOYMENT_NAME);
    assertThat(deployment.getSource()).isEqualTo(CamundaModelerUpload.SOURCE);
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo("FixtureNotice");
  }

  @Test
  void employeeIsForbiddenToDeploy() throws IOException {
    ResponseEntity<String> response = deployAs(rest.withBasicAuth("dewi.lestari", "demo"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
  }

  @Test
  void anonymousCallerMustAuthenticateToDeploy() throws IOException {
    ResponseEntity<String> response = deployAs(rest);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
  }

  private ResponseEntity<String> deployAs(TestRestTemplate client) throws IOException {
    try (InputStream diagram = getClass().getClassLoader()
        .getResourceAsStream("model-fixtures/deployment/bpmn/FixtureNotice.bpmn")) {
      return CamundaModelerUpload.deploy(client, DEPLOYMENT_NAME, Map.of("FixtureNotice.bpmn", diagram.readAllBytes()));
    }
  }
}
