package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the employee the plan their atasan wrote. */
@Component
public class ShowCoachingPlanListener implements TaskListener {

  private final CoachingService coachings;
  private final CoachingTraining training;

  ShowCoachingPlanListener(CoachingService coachings, CoachingTraining training) {
    this.coachings = coachings;
    this.training = training;
  }

  @Override
  public void notify(DelegateTask task) {
    Coaching coaching = coachings.get((Long) task.getVariable(COACHING_ID));
    task.setVariableLocal(REVIEW_SUMMARY, CoachingSummaries.review(coaching.getReview()));
    task.setVariableLocal(PLAN_SUMMARY, CoachingSummaries.plan(coaching, training.line(coaching)));
  }
}
