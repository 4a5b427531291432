package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.IndicatorDraft;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the employee the approved plan, one labelled row per indicator to realise. */
@Component
public class PrepareSelfAssessmentListener implements TaskListener {

  private final ReviewService reviews;

  PrepareSelfAssessmentListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    PerformanceReview review = reviews.get((Long) task.getVariable(REVIEW_ID));
    List<IndicatorDraft> plan = review.planAsDrafts();
    task.setVariableLocal(TARGET_SUMMARY, ReviewSummaries.plan(plan));
    task.setVariableLocal(INDICATOR_COUNT, plan.size());
    for (IndicatorDraft indicator : plan) {
      task.setVariableLocal(row(INDICATOR_LABEL, indicator.position()), ReviewSummaries.indicatorLabel(indicator));
    }
    task.setVariableLocal(ALERT, null);
  }
}
