package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.APPEAL_ASSESSOR_LOGIN;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.SUPERVISOR_LOGIN;

import id.go.tebingtinggi.kinerja.identity.AsSystem;
import id.go.tebingtinggi.kinerja.identity.InstanceAccess;
import id.go.tebingtinggi.kinerja.organisation.RosterApplied;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When the roster gives an employee a new supervisor, the open review follows in the same transaction: the new
 * atasan becomes the assessor, the atasan's open tasks of that review move to them (the engine then grants them
 * the task), and they may read the instance.
 */
@Component
class FollowSupervisorChanges {

  private final ReviewService reviews;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final InstanceAccess access;
  private final AsSystem asSystem;

  FollowSupervisorChanges(ReviewService reviews, RuntimeService runtimeService, TaskService taskService,
                          InstanceAccess access, AsSystem asSystem) {
    this.reviews = reviews;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.access = access;
    this.asSystem = asSystem;
  }

  @EventListener
  @Order(10)
  void onRosterApplied(RosterApplied event) {
    if (event.changedAnything()) {
      asSystem.run(this::follow);
    }
  }

  private void follow() {
    for (ReviewService.Reassignment change : reviews.followSupervisorChanges()) {
      String pid = change.processInstanceId();
      if (pid == null || runtimeService.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
        continue;
      }
      runtimeService.setVariable(pid, SUPERVISOR_LOGIN, change.assessorLogin());
      runtimeService.setVariable(pid, APPEAL_ASSESSOR_LOGIN, change.appealAssessorLogin());
      List<Task> tasks = taskService.createTaskQuery().processInstanceId(pid)
          .taskAssignee(change.previousAssessorLogin()).list();
      tasks.forEach(task -> taskService.setAssignee(task.getId(), change.assessorLogin()));
      access.grantRead(pid, List.of(change.assessorLogin()));
    }
  }
}
