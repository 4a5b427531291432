package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the coaching of the review that the meeting decided PEMBINAAN. */
@Component
public class OpenCoachingDelegate implements JavaDelegate {

  private final CoachingService coachings;

  OpenCoachingDelegate(CoachingService coachings) {
    this.coachings = coachings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(COACHING_ID, coachings.open((Long) execution.getVariable(REVIEW_ID)).getId());
  }
}
