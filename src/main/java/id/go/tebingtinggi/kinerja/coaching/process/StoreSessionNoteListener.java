package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The employee's note on the session; leaving it empty is allowed. */
@Component
public class StoreSessionNoteListener implements TaskListener {

  private final CoachingService coachings;
  private final Actor actor;

  StoreSessionNoteListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    String note = input.text(EMPLOYEE_NOTE);
    input.refuseIfProblems();
    coachings.noteSession((Long) task.getVariable(COACHING_ID), (Integer) task.getVariable(SESSION_NUMBER), note, user);
    FormInput.forget(task, EMPLOYEE_NOTE);
  }
}
