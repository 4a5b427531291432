package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The concurrent submissions on H2, each through the HTTP endpoint that Tasklist or the meeting page calls. */
@IntegrationTest
class ConcurrentSubmissionTest extends ConcurrentSubmissions {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Override
  Outcome completeTask(String label, String user, List<String> groups, String taskId,
                       Map<String, Object> variables) {
    ResponseEntity<String> response = http(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        json(variables));
    return new Outcome(label, response.getStatusCode().value(), response.getBody());
  }

  @Override
  Outcome claimTask(String user, List<String> groups, String taskId) {
    ResponseEntity<String> response = http(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"" + user + "\"}");
    return new Outcome(user, response.getStatusCode().value(), response.getBody());
  }

  @Override
  Outcome start(String processKey, String user, List<String> groups, Map<String, Object> variables) {
    ResponseEntity<String> response = http(user, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + processKey + "/start", json(variables));
    return new Outcome(user, response.getStatusCode().value(), response.getBody());
  }

  /** {@code {"variables": {"name": {"value": value}}}}. */
  private static String json(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    try {
      return JSON.writeValueAsString(Map.of("variables", typed));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
