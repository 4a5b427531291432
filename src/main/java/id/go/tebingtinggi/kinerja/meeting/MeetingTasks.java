package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting task as the engine knows it: visible to the caller (engine authorization), assigned to them,
 * and completed in the transaction that records the meeting.
 */
@Service
public class MeetingTasks {

  static final String HOLD_MEETING_TASK = "UserTask_HoldMeeting";
  static final String CYCLE_ID = "cycleId";

  private final TaskService taskService;
  private final MeetingService meetings;

  MeetingTasks(TaskService taskService, MeetingService meetings) {
    this.taskService = taskService;
    this.meetings = meetings;
  }

  @Transactional(readOnly = true)
  public Long cycleOfOpenMeetingTask(String taskId, String caller) {
    Task task = taskService.createTaskQuery().taskId(taskId).taskDefinitionKey(HOLD_MEETING_TASK).singleResult();
    if (task == null) {
      throw new NotFound("Tugas rapat " + taskId + " tidak ditemukan atau sudah selesai");
    }
    if (!caller.equals(task.getAssignee())) {
      throw new NotFound("Tugas rapat " + taskId + " tidak ditemukan atau bukan tugas Anda");
    }
    Object cycleId = taskService.getVariable(taskId, CYCLE_ID);
    if (!(cycleId instanceof Long id)) {
      throw new DomainRuleViolation("Tugas " + taskId + " bukan tugas rapat evaluasi");
    }
    return id;
  }

  @Transactional
  public EvaluationMeeting holdAndComplete(String taskId, String caller, MeetingInput input) {
    Long cycleId = cycleOfOpenMeetingTask(taskId, caller);
    EvaluationMeeting meeting = meetings.hold(cycleId, taskId, input, caller);
    taskService.complete(taskId);
    return meeting;
  }
}
