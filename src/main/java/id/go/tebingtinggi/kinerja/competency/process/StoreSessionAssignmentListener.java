package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.Placement;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** BKPSDM's choice of a session: a place, or the session's waiting list when it is full. */
@Component
public class StoreSessionAssignmentListener implements TaskListener {

  private final NominationService nominations;
  private final Actor actor;

  StoreSessionAssignmentListener(NominationService nominations, Actor actor) {
    this.nominations = nominations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Long sessionId = input.id(SESSION, "Sesi pelatihan");
    if (sessionId == null && !input.hasProblems()) {
      input.problem("Sesi pelatihan wajib dipilih");
    }
    input.refuseIfProblems();
    Long nominationId = (Long) task.getVariable(NOMINATION_ID);
    Placement placement = nominations.place(nominationId, sessionId, user);
    Nomination nomination = nominations.get(nominationId);
    DelegateExecution execution = task.getExecution();
    execution.setVariable(PLACED, placement.placed());
    execution.setVariable(PLACEMENT_RESULT, placement.message());
    SessionDates.set(execution, nomination.getSession());
    FormInput.forget(task, SESSION);
  }
}
