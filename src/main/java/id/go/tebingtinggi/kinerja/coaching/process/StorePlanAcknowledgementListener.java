package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The employee confirms having read the plan, with an optional comment. */
@Component
public class StorePlanAcknowledgementListener implements TaskListener {

  private final CoachingService coachings;
  private final Actor actor;

  StorePlanAcknowledgementListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    if (!input.flag(READ_CONFIRMED)) {
      input.problem("Centang pernyataan bahwa Anda telah membaca rencana pembinaan");
    }
    String comment = input.text(EMPLOYEE_COMMENT);
    input.refuseIfProblems();
    coachings.acknowledge((Long) task.getVariable(COACHING_ID), comment, user);
    FormInput.forget(task, READ_CONFIRMED, EMPLOYEE_COMMENT);
  }
}
