package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the employee the result in words: predikat, both ratings and the feedback. */
@Component
public class PrepareResultResponseListener implements TaskListener {

  private final ReviewService reviews;

  PrepareResultResponseListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    PerformanceReview review = reviews.get((Long) task.getVariable(REVIEW_ID));
    task.setVariableLocal(PREDIKAT, review.getPredikat().label());
    task.setVariableLocal(RATING_HASIL_KERJA, review.getRatingHasilKerja().label());
    task.setVariableLocal(RATING_PERILAKU_KERJA, review.getRatingPerilakuKerja().label());
    task.setVariableLocal(FEEDBACK, review.getFeedback());
    task.setVariableLocal(ALERT, null);
  }
}
