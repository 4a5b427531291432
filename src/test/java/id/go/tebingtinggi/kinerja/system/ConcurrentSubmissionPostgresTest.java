package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The concurrent submissions on PostgreSQL. This context's {@code /engine-rest} would reach the other test context's
 * engine in the same JVM, so task completions and process starts go through the engine's Java API as the user, each
 * in its own transaction, and a failure is turned into the reply that the engine REST API gives for it. The meeting
 * goes through its HTTP API as on H2.
 */
@PostgresIntegrationTest
class ConcurrentSubmissionPostgresTest extends ConcurrentSubmissions {

  @Override
  Outcome completeTask(String label, String user, List<String> groups, String taskId,
                       Map<String, Object> variables) {
    Outcome outcome = asUser(user, groups, () -> engine.getTaskService().complete(taskId, variables));
    return new Outcome(label, outcome.status(), outcome.body());
  }

  @Override
  Outcome claimTask(String user, List<String> groups, String taskId) {
    return asUser(user, groups, () -> engine.getTaskService().claim(taskId, user));
  }

  @Override
  Outcome start(String processKey, String user, List<String> groups, Map<String, Object> variables) {
    return asUser(user, groups, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, variables));
  }

  private Outcome asUser(String user, List<String> groups, Runnable call) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      call.run();
      return new Outcome(user, 204, "");
    } catch (RuntimeException e) {
      Response reply = EngineRestConfiguration.replyForFailure(e);
      if (reply == null) {
        throw e;
      }
      return new Outcome(user, reply.getStatus(), String.valueOf(((Map<?, ?>) reply.getEntity()).get("message")));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
