package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.NominationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the nomination as it stands: employee, training, source, session and status. */
@Component
public class ShowNominationListener implements TaskListener {

  private final NominationService nominations;

  ShowNominationListener(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(NOMINATION_SUMMARY,
        NominationSummaries.nomination(nominations.get((Long) task.getVariable(NOMINATION_ID))));
  }
}
