package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The atasan approves the nomination, or rejects it with a reason. */
@Component
public class StoreNominationApprovalListener implements TaskListener {

  enum Decision { SETUJU, TOLAK }

  private final NominationService nominations;
  private final Actor actor;

  StoreNominationApprovalListener(NominationService nominations, Actor actor) {
    this.nominations = nominations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Decision decision = input.choice(APPROVAL_DECISION, Decision.class, "Keputusan atas usulan");
    String reason = input.text(REJECTION_REASON);
    input.refuseIfProblems();
    boolean approved = decision == Decision.SETUJU;
    nominations.decide((Long) task.getVariable(NOMINATION_ID), approved, reason, user);
    task.getExecution().setVariable(APPROVED, approved);
    FormInput.forget(task, APPROVAL_DECISION, REJECTION_REASON);
  }
}
