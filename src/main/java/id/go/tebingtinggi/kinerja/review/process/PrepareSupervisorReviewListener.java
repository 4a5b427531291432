package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the RatingHasilKerja suggestion and shows the atasan targets, realisations and achievement. */
@Component
public class PrepareSupervisorReviewListener implements TaskListener {

  private final ReviewService reviews;

  PrepareSupervisorReviewListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Long reviewId = (Long) task.getVariable(REVIEW_ID);
    Rating suggestion = Rating.valueOf((String) task.getVariable(SUGGESTED_RATING_HASIL_KERJA));
    reviews.suggestRatingHasilKerja(reviewId, suggestion);
    PerformanceReview review = reviews.get(reviewId);
    task.setVariableLocal(ACHIEVEMENT_SUMMARY, ReviewSummaries.achievement(review));
    task.getExecution().setVariable(RATING_HASIL_KERJA, suggestion.name());
    task.setVariableLocal(ALERT, null);
  }
}
