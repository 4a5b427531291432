package id.go.tebingtinggi.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.KinerjaApplication;
import id.go.tebingtinggi.kinerja.support.DemoRoster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two starts of the application on one H2 file database, as after a restart in production. */
class RestartTest {

  @TempDir Path dir;

  @Test
  void aRestartOnTheSameDatabaseDeploysNothingNewAndMigratesNothingAgain() throws IOException {
    String url = "jdbc:h2:file:" + dir.resolve("kinerja") + ";LOCK_TIMEOUT=10000";
    List<String> models = modelFiles();

    State first;
    try (ConfigurableApplicationContext context = start(url)) {
      first = State.of(context);
      RepositoryService repository = context.getBean(RepositoryService.class);
      assertThat(first.deployments()).as("one deployment per file in bpmn/").hasSize(models.size());
      for (Deployment deployment : repository.createDeploymentQuery().list()) {
        assertThat(deployment.getSource()).isEqualTo(ModelDeployer.SOURCE);
        List<String> resources = repository.getDeploymentResourceNames(deployment.getId());
        assertThat(resources).as("bare file names").allSatisfy(name -> assertThat(name).doesNotContain("/", "\\"));
        assertThat(resources).as("each deployment holds its model from bpmn/").anyMatch(models::contains);
      }
      assertThat(first.processDefinitions().size() + first.decisionDefinitions().size())
          .as("every model deployed").isGreaterThanOrEqualTo(models.size());
      assertThat(first.employees()).isEqualTo(DemoRoster.EMPLOYEES);
    }

    try (ConfigurableApplicationContext context = start(url)) {
      State second = State.of(context);
      assertThat(second).isEqualTo(first);
      assertThat(context.getBean(IdentityService.class).checkPassword("dewi.lestari", "demo")).isTrue();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    // an engine name of its own, so that closing this context leaves the shared test contexts' engines registered
    return new SpringApplicationBuilder(KinerjaApplication.class)
        .profiles("test")
        .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.process-engine-name=restart");
  }

  /** The .bpmn and .dmn files that the application deploys, by file name. */
  private static List<String> modelFiles() throws IOException {
    Path bpmn = Path.of("bpmn");
    if (!Files.isDirectory(bpmn)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(bpmn)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
          .sorted().toList();
    }
  }

  /** What a restart must leave as it was: deployments, definition versions, migrations, the roster. */
  private record State(List<String> deployments, List<String> processDefinitions, List<String> decisionDefinitions,
                       int migrations, int employees, long users) {

    static State of(ConfigurableApplicationContext context) {
      RepositoryService repository = context.getBean(RepositoryService.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      return new State(
          repository.createDeploymentQuery().orderByDeploymentId().asc().list().stream().map(Deployment::getId).toList(),
          versions(repository.createProcessDefinitionQuery().orderByProcessDefinitionId().asc().list()),
          versions(repository.createDecisionDefinitionQuery().orderByDecisionDefinitionId().asc().list()),
          jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class),
          jdbc.queryForObject("select count(*) from employee", Integer.class),
          context.getBean(IdentityService.class).createUserQuery().count());
    }

    private static List<String> versions(List<? extends ResourceDefinition> definitions) {
      List<String> versions = new ArrayList<>();
      definitions.forEach(d -> versions.add(d.getKey() + ":" + d.getVersion() + ":" + d.getId()));
      return versions;
    }
  }
}
