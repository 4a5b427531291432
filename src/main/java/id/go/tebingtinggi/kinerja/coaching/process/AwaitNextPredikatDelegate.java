package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The sessions are done: the coaching waits for the next quarter's predikat, unless it arrived already (then the
 * message was sent while nobody waited for it, and the domain kept the predikat).
 */
@Component
public class AwaitNextPredikatDelegate implements JavaDelegate {

  private final CoachingService coachings;

  AwaitNextPredikatDelegate(CoachingService coachings) {
    this.coachings = coachings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long coachingId = (Long) execution.getVariable(COACHING_ID);
    execution.setVariable(NEXT_PREDIKAT_KNOWN, coachings.awaitNextPredikat(coachingId));
    execution.setVariable(FOLLOW_UP_DEADLINE, Date.from(coachings.get(coachingId).getFollowUpDeadline()));
  }
}
