package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.IndicatorDraft;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the targets form: the plan being revised, else the previous quarter's approved plan; the atasan's comment. */
@Component
public class PrepareTargetsListener implements TaskListener {

  private final ReviewService reviews;

  PrepareTargetsListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Long reviewId = (Long) task.getVariable(REVIEW_ID);
    PerformanceReview review = reviews.get(reviewId);
    List<IndicatorDraft> plan = review.planAsDrafts();
    TargetsForm.show(task, plan.isEmpty() ? reviews.previousPlan(reviewId) : plan);
    task.setVariableLocal(SUPERVISOR_COMMENT, review.returnComment().orElse(null));
    task.setVariableLocal(ROUND, review.getRounds().size() + 1);
    task.setVariableLocal(ALERT, null);
  }
}
