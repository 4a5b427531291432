package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compares the next quarter's predikat with BAIK: improved closes the coaching, anything less escalates it. */
@Component
public class CheckFollowUpDelegate implements JavaDelegate {

  private final CoachingService coachings;

  CheckFollowUpDelegate(CoachingService coachings) {
    this.coachings = coachings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(IMPROVED, coachings.checkFollowUp((Long) execution.getVariable(COACHING_ID)));
  }
}
