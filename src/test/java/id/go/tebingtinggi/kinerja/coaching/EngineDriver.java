package id.go.tebingtinggi.kinerja.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives process instances through the engine's Java API as their people would; the job executor is off in
 * tests, so asynchronous continuations and timers run when a test says so.
 */
public class EngineDriver {

  private final ProcessEngine engine;

  public EngineDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The domain's refusal that {@code call} ends with, however deep the engine wrapped it. */
  public static DomainRuleViolation refusal(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainRuleViolation violation) {
        return violation;
      }
    }
    throw new AssertionError("expected a refusal (DomainRuleViolation), got " + thrown, thrown);
  }

  public Task task(String processInstanceId, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  public Map<String, Object> shown(String processInstanceId, String taskKey) {
    return engine.getTaskService().getVariables(task(processInstanceId, taskKey).getId());
  }

  public void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(processInstanceId, taskKey).getId(), variables);
  }

  /** Claims (for a group task) and completes the task as {@code user}, with the engine's authorization checks. */
  public void completeAs(String user, List<String> groups, String processInstanceId, String taskKey,
                         Map<String, Object> variables) {
    Task task = task(processInstanceId, taskKey);
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Executes the due asynchronous continuations of these instances until none is left (timers excepted). */
  public void executeJobs(String... processInstanceIds) {
    Set<String> ids = Set.copyOf(Arrays.asList(processInstanceIds));
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().messages().list().stream()
          .filter(job -> ids.contains(job.getProcessInstanceId()))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Fires the timer of {@code activityId} now, whatever its due date. */
  public Job fireTimer(String processInstanceId, String activityId) {
    Job timer = timer(processInstanceId, activityId);
    engine.getManagementService().executeJob(timer.getId());
    return timer;
  }

  public Job timer(String processInstanceId, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
    assertThat(timer).as("timer of %s", activityId).isNotNull();
    return timer;
  }
}
