package id.go.tebingtinggi.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.go.tebingtinggi.kinerja.cycle.process.CycleVariables;
import id.go.tebingtinggi.kinerja.review.process.ReviewCleanup;
import id.go.tebingtinggi.kinerja.review.process.ReviewDriver;
import id.go.tebingtinggi.kinerja.system.CamundaModelerUpload;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what, through the real HTTP endpoints: one row per role and action. Allowed calls succeed (2xx);
 * refused ones get 403 or 404, never a 2xx and never a 5xx.
 *
 * <p>Two reviews of 2038 Q1 wait at their first task: Dewi Lestari's (unit A, DISDUKCAPIL; atasan Arif Lubis,
 * head Syahrial Nasution) and Rizki Aditya Nainggolan's (unit B, DISKOMINFO; head Bambang Sutrisno). The cycle of
 * Kecamatan Rambutan for 2038 Q1 is open (and is the one cancelled); the start rows open Q2 and Q3.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  static final String DEWI = "dewi.lestari";
  static final String RIZKI = "rizki.nainggolan";
  static final String ARIF = "arif.lubis";
  static final String SYAHRIAL = "syahrial.nasution";
  static final String BAMBANG = "bambang.sutrisno";
  static final String ANI = "ani.wulandari";
  static final String ADMIN = "admin";

  static final int YEAR = 2038;
  static final String SMALL_UNIT = "KEC-RAMBUTAN";
  static final String DELETABLE_USER = "uji.matriks.hapus";
  static final String CREATED_USER = "uji.matriks.baru";
  static final String PROBE_DEPLOYMENT = "authorization-matrix-probe";
  static final String PROBE_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://tebingtinggi.go.id/test">
        <process id="AuthorizationMatrixProbe" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="StartEvent_Probe"/>
        </process>
      </definitions>
      """;

  enum Expect { ALLOWED, REFUSED }

  /** What a row does as the given client, against the reviews, cycle and users set up for the class. */
  @FunctionalInterface
  interface Action {
    ResponseEntity<String> call(TestRestTemplate client, Fixture fixture);
  }

  /** The ids the rows act on. */
  record Fixture(String dewiTask, String dewiInstance, String dewiNip, String rizkiTask, String rizkiInstance,
                 String rizkiNip, String cycleInstance) {
  }

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private Fixture fixture;

  @BeforeEach
  void setUpOnce() {
    if (fixture != null) {
      return;
    }
    ReviewDriver dewi = new ReviewDriver(engine, jdbc).start(DEWI, YEAR, 1);
    ReviewDriver rizki = new ReviewDriver(engine, jdbc).start(RIZKI, YEAR, 1);
    String cycle = engine.getRuntimeService().startProcessInstanceByKey(CycleVariables.PROCESS_KEY,
        Variables.createVariables().putValue(CycleVariables.UNIT_CODE, SMALL_UNIT)
            .putValue(CycleVariables.YEAR, YEAR).putValue(CycleVariables.QUARTER, 1)).getId();
    User deletable = engine.getIdentityService().newUser(DELETABLE_USER);
    deletable.setFirstName("Uji");
    deletable.setLastName("Hapus");
    deletable.setPassword("Rahasia-Uji-123");
    engine.getIdentityService().saveUser(deletable);
    fixture = new Fixture(dewi.task("UserTask_ProposeTargets").getId(), dewi.instance.getId(), dewi.nipOf(DEWI),
        rizki.task("UserTask_ProposeTargets").getId(), rizki.instance.getId(), rizki.nipOf(RIZKI), cycle);
  }

  @AfterAll
  void undo() {
    ReviewCleanup reviews = new ReviewCleanup(engine, jdbc);
    if (fixture != null) {
      reviews.delete(fixture.dewiNip() + "-" + YEAR + "-Q1");
      reviews.delete(fixture.rizkiNip() + "-" + YEAR + "-Q1");
    }
    for (int quarter = 1; quarter <= 4; quarter++) {
      String businessKey = SMALL_UNIT + "-" + YEAR + "-Q" + quarter;
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
          .forEach(instance -> engine.getRuntimeService()
              .deleteProcessInstance(instance.getId(), "test clean-up", true, true));
      for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(businessKey).list()) {
        engine.getHistoryService().deleteHistoricProcessInstanceIfExists(instance.getId());
      }
      jdbc.update("delete from unit_cycle where business_key = ?", businessKey);
    }
    for (String user : List.of(DELETABLE_USER, CREATED_USER)) {
      engine.getIdentityService().deleteUser(user);
    }
    engine.getRepositoryService().createDeploymentQuery().deploymentName(PROBE_DEPLOYMENT).list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  static Stream<Arguments> matrix() {
    List<Arguments> rows = new ArrayList<>();
    // someone else's task: seen only by its assignee (and the administrator)
    for (String user : List.of(RIZKI, ARIF, SYAHRIAL, BAMBANG, ANI)) {
      rows.add(row(user, "see Dewi's task", Expect.REFUSED, (c, f) -> c.getForEntity(task(f.dewiTask()), String.class)));
    }
    rows.add(row(DEWI, "see Rizki's task", Expect.REFUSED, (c, f) -> c.getForEntity(task(f.rizkiTask()), String.class)));
    rows.add(row(ADMIN, "see Dewi's task", Expect.ALLOWED, (c, f) -> c.getForEntity(task(f.dewiTask()), String.class)));
    // ... and completed by nobody else, not even with a valid plan
    for (String user : List.of(RIZKI, ARIF, SYAHRIAL, BAMBANG, ANI)) {
      rows.add(row(user, "complete Dewi's task", Expect.REFUSED, (c, f) -> completeWithAPlan(c, f.dewiTask())));
    }
    rows.add(row(DEWI, "complete Rizki's task", Expect.REFUSED, (c, f) -> completeWithAPlan(c, f.rizkiTask())));
    // another employee's review data: the employee, the atasan, the unit head, BKPSDM, the administrator
    for (String user : List.of(ARIF, SYAHRIAL, ANI, ADMIN)) {
      rows.add(row(user, "read Dewi's review variables", Expect.ALLOWED,
          (c, f) -> c.getForEntity(variables(f.dewiInstance()), String.class)));
    }
    for (String user : List.of(RIZKI, BAMBANG)) {
      rows.add(row(user, "read Dewi's review variables", Expect.REFUSED,
          (c, f) -> c.getForEntity(variables(f.dewiInstance()), String.class)));
    }
    rows.add(row(BAMBANG, "read Rizki's review variables", Expect.ALLOWED,
        (c, f) -> c.getForEntity(variables(f.rizkiInstance()), String.class)));
    for (String user : List.of(DEWI, ARIF, SYAHRIAL)) {
      rows.add(row(user, "read Rizki's review variables", Expect.REFUSED,
          (c, f) -> c.getForEntity(variables(f.rizkiInstance()), String.class)));
    }
    // the dashboard's drill-down into one employee
    for (String user : List.of(ARIF, SYAHRIAL, ANI, ADMIN)) {
      rows.add(row(user, "dashboard of Dewi", Expect.ALLOWED, (c, f) -> c.getForEntity(drillDown(f.dewiNip()), String.class)));
    }
    for (String user : List.of(RIZKI, BAMBANG)) {
      rows.add(row(user, "dashboard of Dewi", Expect.REFUSED, (c, f) -> c.getForEntity(drillDown(f.dewiNip()), String.class)));
    }
    rows.add(row(BAMBANG, "dashboard of Rizki", Expect.ALLOWED, (c, f) -> c.getForEntity(drillDown(f.rizkiNip()), String.class)));
    for (String user : List.of(DEWI, ARIF, SYAHRIAL)) {
      rows.add(row(user, "dashboard of Rizki", Expect.REFUSED, (c, f) -> c.getForEntity(drillDown(f.rizkiNip()), String.class)));
    }
    // opening a unit's quarter: BKPSDM and the administrator
    for (String user : List.of(DEWI, RIZKI, ARIF, SYAHRIAL, BAMBANG)) {
      rows.add(row(user, "start a cycle", Expect.REFUSED, (c, f) -> startCycle(c, 2)));
    }
    rows.add(row(ANI, "start a cycle", Expect.ALLOWED, (c, f) -> startCycle(c, 2)));
    rows.add(row(ADMIN, "start a cycle", Expect.ALLOWED, (c, f) -> startCycle(c, 3)));
    // cancelling a cycle: the administrator only (BKPSDM follows pending reviews up, it does not delete cycles)
    for (String user : List.of(DEWI, SYAHRIAL, BAMBANG, ANI)) {
      rows.add(row(user, "cancel a cycle", Expect.REFUSED, (c, f) -> cancel(c, f.cycleInstance())));
    }
    rows.add(row(ADMIN, "cancel a cycle", Expect.ALLOWED, (c, f) -> cancel(c, f.cycleInstance())));
    // the meeting page answers its assignee only; a task that is no one's meeting is not found
    for (String user : List.of(SYAHRIAL, BAMBANG)) {
      rows.add(row(user, "open a meeting on Dewi's task", Expect.REFUSED,
          (c, f) -> c.getForEntity("/api/meetings/tasks/" + f.dewiTask(), String.class)));
    }
    rows.add(row(BAMBANG, "hold a meeting on Dewi's task", Expect.REFUSED, (c, f) -> c.postForEntity(
        "/api/meetings/tasks/" + f.dewiTask(), json(Map.of("minutes", "Rapat", "attendees", "Semua")), String.class)));
    // deploying models: the administrator only
    for (String user : List.of(DEWI, ARIF, SYAHRIAL, ANI)) {
      rows.add(row(user, "deploy a model", Expect.REFUSED, (c, f) -> deploy(c)));
    }
    rows.add(row(ADMIN, "deploy a model", Expect.ALLOWED, (c, f) -> deploy(c)));
    // managing users: the administrator only
    for (String user : List.of(DEWI, SYAHRIAL, ANI)) {
      rows.add(row(user, "create a user", Expect.REFUSED, (c, f) -> createUser(c)));
      rows.add(row(user, "delete a user", Expect.REFUSED,
          (c, f) -> c.exchange("/engine-rest/user/" + DELETABLE_USER, HttpMethod.DELETE, HttpEntity.EMPTY, String.class)));
    }
    rows.add(row(ADMIN, "create a user", Expect.ALLOWED, (c, f) -> createUser(c)));
    rows.add(row(ADMIN, "delete a user", Expect.ALLOWED,
        (c, f) -> c.exchange("/engine-rest/user/" + DELETABLE_USER, HttpMethod.DELETE, HttpEntity.EMPTY, String.class)));
    // the roster import and the consistency check: BKPSDM and the administrator
    for (String user : List.of(DEWI, SYAHRIAL)) {
      rows.add(row(user, "import the roster", Expect.REFUSED, (c, f) -> importRoster(c)));
    }
    rows.add(row(ANI, "import the roster", Expect.ALLOWED, (c, f) -> importRoster(c)));
    for (String user : List.of(DEWI, ARIF, BAMBANG)) {
      rows.add(row(user, "check consistency", Expect.REFUSED, (c, f) -> c.getForEntity("/api/consistency", String.class)));
    }
    rows.add(row(ANI, "check consistency", Expect.ALLOWED, (c, f) -> c.getForEntity("/api/consistency", String.class)));
    rows.add(row(ADMIN, "check consistency", Expect.ALLOWED, (c, f) -> c.getForEntity("/api/consistency", String.class)));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("matrix")
  void eachRoleMayDoWhatItsRowSays(String user, String action, Expect expected, Action call) {
    ResponseEntity<String> response = call.call(rest.withBasicAuth(user, ADMIN.equals(user) ? "admin" : "demo"), fixture);

    int status = response.getStatusCode().value();
    if (expected == Expect.ALLOWED) {
      assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s %s", user, action, status, response.getBody())
          .isTrue();
    } else {
      assertThat(status).as("%s %s: %s", user, action, response.getBody()).isIn(403, 404);
    }
  }

  private static Arguments row(String user, String action, Expect expected, Action call) {
    return arguments(user, action, expected, call);
  }

  private static String task(String id) {
    return "/engine-rest/task/" + id;
  }

  private static String variables(String instanceId) {
    return "/engine-rest/process-instance/" + instanceId + "/variables";
  }

  private static String drillDown(String nip) {
    return "/api/dashboard/employees/" + nip;
  }

  private static <T> HttpEntity<T> json(T body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static ResponseEntity<String> completeWithAPlan(TestRestTemplate client, String taskId) {
    Map<String, Object> variables = new HashMap<>();
    ReviewDriver.twoIndicators().forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return client.postForEntity(task(taskId) + "/complete", json(Map.of("variables", variables)), String.class);
  }

  private static ResponseEntity<String> startCycle(TestRestTemplate client, int quarter) {
    Map<String, Object> variables = Map.of(
        CycleVariables.UNIT_CODE, Map.of("value", SMALL_UNIT, "type", "String"),
        CycleVariables.YEAR, Map.of("value", YEAR, "type", "Integer"),
        CycleVariables.QUARTER, Map.of("value", quarter, "type", "Integer"));
    return client.postForEntity("/engine-rest/process-definition/key/" + CycleVariables.PROCESS_KEY + "/start",
        json(Map.of("variables", variables)), String.class);
  }

  private static ResponseEntity<String> cancel(TestRestTemplate client, String instanceId) {
    return client.exchange("/engine-rest/process-instance/" + instanceId, HttpMethod.DELETE, HttpEntity.EMPTY,
        String.class);
  }

  private static ResponseEntity<String> deploy(TestRestTemplate client) {
    return CamundaModelerUpload.deploy(client, PROBE_DEPLOYMENT,
        Map.of("AuthorizationMatrixProbe.bpmn", PROBE_BPMN.getBytes(StandardCharsets.UTF_8)));
  }

  private static ResponseEntity<String> createUser(TestRestTemplate client) {
    return client.postForEntity("/engine-rest/user/create", json(Map.of(
        "profile", Map.of("id", CREATED_USER, "firstName", "Uji", "lastName", "Baru", "email", "uji@tebingtinggikota.go.id"),
        "credentials", Map.of("password", "Rahasia-Uji-123"))), String.class);
  }

  /** The demo roster as it is: an allowed import changes nothing. */
  private static ResponseEntity<String> importRoster(TestRestTemplate client) {
    try {
      byte[] csv = new ClassPathResource("demo/roster.csv").getContentAsByteArray();
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType("text/csv"));
      return client.postForEntity("/api/roster", new HttpEntity<>(csv, headers), String.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
