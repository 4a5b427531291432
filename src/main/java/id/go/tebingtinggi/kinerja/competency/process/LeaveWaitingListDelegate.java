package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.NominationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The session began without a free place: the nomination goes back to BKPSDM to be placed elsewhere. It runs in
 * the timer's own job, not after an asynchronous continuation, so that no moment exists in which the process has
 * left the waiting state while the domain still lists the nomination as waiting for a freed place.
 */
@Component
public class LeaveWaitingListDelegate implements JavaDelegate {

  private final NominationService nominations;

  LeaveWaitingListDelegate(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    nominations.leaveWaitingList((Long) execution.getVariable(NOMINATION_ID));
  }
}
