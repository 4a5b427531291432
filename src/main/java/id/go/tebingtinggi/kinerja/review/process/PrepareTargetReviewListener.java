package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the atasan the proposed plan. */
@Component
public class PrepareTargetReviewListener implements TaskListener {

  private final ReviewService reviews;

  PrepareTargetReviewListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    PerformanceReview review = reviews.get((Long) task.getVariable(REVIEW_ID));
    task.setVariableLocal(TARGET_SUMMARY, ReviewSummaries.plan(review.planAsDrafts()));
    task.setVariableLocal(ROUND, review.getRounds().size());
    task.setVariableLocal(ALERT, null);
  }
}
