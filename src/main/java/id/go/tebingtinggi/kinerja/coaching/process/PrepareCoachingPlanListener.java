package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.process.TrainingOptions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the atasan what the review found and the catalogue's trainings, and starts the gaps from the
 * indicators and values below expectation (inputs on the execution, see TargetsForm for why).
 */
@Component
public class PrepareCoachingPlanListener implements TaskListener {

  private final CoachingService coachings;
  private final TrainingCatalogue catalogue;

  PrepareCoachingPlanListener(CoachingService coachings, TrainingCatalogue catalogue) {
    this.coachings = coachings;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    Coaching coaching = coachings.get((Long) task.getVariable(COACHING_ID));
    task.setVariableLocal(REVIEW_SUMMARY, CoachingSummaries.review(coaching.getReview()));
    task.setVariableLocal(TRAINING_OPTIONS, TrainingOptions.trainings(catalogue.trainings(true)));
    DelegateExecution execution = task.getExecution();
    if (execution.getVariable(GAPS) == null) {
      execution.setVariable(GAPS, CoachingSummaries.suggestedGaps(coaching.getReview()));
    }
  }
}
