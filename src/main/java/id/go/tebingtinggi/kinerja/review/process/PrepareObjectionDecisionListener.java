package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the assessor's superior the ratings under objection and the employee's reason. */
@Component
public class PrepareObjectionDecisionListener implements TaskListener {

  private final ReviewService reviews;

  PrepareObjectionDecisionListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(OBJECTION_SUMMARY, ReviewSummaries.objection(reviews.get((Long) task.getVariable(REVIEW_ID))));
    task.setVariableLocal(ALERT, null);
  }
}
