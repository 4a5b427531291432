package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.coaching.EscalationDecision;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** BKPSDM's decision on a coaching that did not improve: further coaching, reassignment or referral. */
@Component
public class StoreEscalationDecisionListener implements TaskListener {

  private final CoachingService coachings;
  private final Actor actor;

  StoreEscalationDecisionListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    EscalationDecision decision = input.choice(ESCALATION_DECISION, EscalationDecision.class, "Keputusan BKPSDM");
    String note = input.text(ESCALATION_NOTE);
    input.refuseIfProblems();
    coachings.decideEscalation((Long) task.getVariable(COACHING_ID), decision, note, user);
    FormInput.forget(task, ESCALATION_DECISION, ESCALATION_NOTE);
  }
}
