package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed without the next quarter's predikat: the coaching goes to BKPSDM. */
@Component
public class ReportMissingReviewDelegate implements JavaDelegate {

  private final CoachingService coachings;

  ReportMissingReviewDelegate(CoachingService coachings) {
    this.coachings = coachings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    coachings.missNextReview((Long) execution.getVariable(COACHING_ID));
  }
}
