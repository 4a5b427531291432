package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the employee's own request for a training. */
@Component
public class StoreTrainingRequestListener implements TaskListener {

  private final NominationService nominations;
  private final Actor actor;

  StoreTrainingRequestListener(NominationService nominations, Actor actor) {
    this.nominations = nominations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Long trainingId = input.id(TRAINING, "Pelatihan");
    String reason = input.text(REQUEST_REASON);
    input.refuseIfProblems();
    Nomination nomination = nominations.request(user, trainingId, reason);
    task.getExecution().setVariable(NOMINATION_ID, nomination.getId());
    FormInput.forget(task, TRAINING, REQUEST_REASON);
  }
}
