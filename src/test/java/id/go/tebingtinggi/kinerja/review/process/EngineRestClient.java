package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API ({@code /engine-rest}) as the application's people and its administrator call it: HTTP
 * basic auth with the demo passwords, variables in Camunda's JSON shape.
 */
final class EngineRestClient {

  static final String ADMIN = "admin";

  private final TestRestTemplate rest;

  EngineRestClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  ResponseEntity<JsonNode> get(String user, String path, Object... uriVariables) {
    return as(user).getForEntity("/engine-rest" + path, JsonNode.class, uriVariables);
  }

  ResponseEntity<JsonNode> post(String user, String path, Object body, Object... uriVariables) {
    return as(user).postForEntity("/engine-rest" + path, body, JsonNode.class, uriVariables);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, ADMIN.equals(user) ? "admin" : "demo");
  }

  /** {@code {"name": {"value": value}}} for each entry; a null value is sent as JSON null. */
  static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> dto = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", value);
      dto.put(name, typed);
    });
    return dto;
  }

  ResponseEntity<JsonNode> startReview(String user, Map<String, ?> values, String businessKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", variables(values));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return post(user, "/process-definition/key/{key}/start", body, ReviewVariables.PROCESS_KEY);
  }

  /** Starts a review and returns its process instance id, failing unless the engine accepted the start. */
  String startReview(String user, String nip, int year, int quarter) {
    ResponseEntity<JsonNode> started = startReview(user, Map.of("nip", nip, "year", year, "quarter", quarter), null);
    assertThat(started.getStatusCode()).as("start %s-%d-Q%d: %s", nip, year, quarter, started.getBody())
        .isEqualTo(HttpStatus.OK);
    return started.getBody().path("id").asText();
  }

  /** The open task with this key in the instance as {@code user} sees it, or a missing node when there is none. */
  JsonNode task(String user, String processInstanceId, String taskKey) {
    ResponseEntity<JsonNode> tasks = get(user, "/task?processInstanceId={pi}&taskDefinitionKey={key}",
        processInstanceId, taskKey);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody().size()).as("open tasks %s", taskKey).isLessThanOrEqualTo(1);
    return tasks.getBody().path(0);
  }

  /** The id of the open task with this key, failing when {@code user} does not see exactly one. */
  String taskId(String user, String processInstanceId, String taskKey) {
    JsonNode task = task(user, processInstanceId, taskKey);
    assertThat(task.path("id").isTextual()).as("%s sees an open %s", user, taskKey).isTrue();
    assertThat(task.path("assignee").asText()).isEqualTo(user);
    return task.path("id").asText();
  }

  ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, ?> values) {
    return post(user, "/task/{id}/complete", Map.of("variables", variables(values)), taskId);
  }

  /** Completes the open task with this key as its assignee, failing unless the engine accepted it. */
  void completeTask(String user, String processInstanceId, String taskKey, Map<String, ?> values) {
    ResponseEntity<JsonNode> completed = complete(user, taskId(user, processInstanceId, taskKey), values);
    assertThat(completed.getStatusCode()).as("complete %s: %s", taskKey, completed.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The values the task's form gets, by variable name. */
  Map<String, JsonNode> formVariables(String user, String taskId) {
    ResponseEntity<JsonNode> response = get(user, "/task/{id}/form-variables", taskId);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, JsonNode> values = new LinkedHashMap<>();
    response.getBody().properties().forEach(field -> values.put(field.getKey(), field.getValue().path("value")));
    return values;
  }

  /**
   * Executes, as the administrator, the due asynchronous continuations of the instance until none is left (the
   * job executor is off in tests); timers are not due and stay. Returns how many ran.
   */
  int executeJobs(String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < 20; round++) {
      ResponseEntity<JsonNode> jobs = get(ADMIN, "/job?processInstanceId={pi}&executable=true&messages=true",
          processInstanceId);
      assertThat(jobs.getStatusCode()).isEqualTo(HttpStatus.OK);
      if (jobs.getBody().isEmpty()) {
        return executed;
      }
      for (JsonNode job : jobs.getBody()) {
        ResponseEntity<JsonNode> run = post(ADMIN, "/job/{id}/execute", null, job.path("id").asText());
        assertThat(run.getStatusCode()).as("job %s: %s", job, run.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        executed++;
      }
    }
    throw new AssertionError("jobs of " + processInstanceId + " keep coming after 20 rounds");
  }
}
