package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the employee the session their atasan recorded. */
@Component
public class PrepareSessionNoteListener implements TaskListener {

  private final CoachingService coachings;

  PrepareSessionNoteListener(CoachingService coachings) {
    this.coachings = coachings;
  }

  @Override
  public void notify(DelegateTask task) {
    Coaching coaching = coachings.get((Long) task.getVariable(COACHING_ID));
    task.setVariableLocal(SESSION_SUMMARY,
        CoachingSummaries.lastSession(coaching, (Integer) task.getVariable(SESSION_NUMBER)));
  }
}
