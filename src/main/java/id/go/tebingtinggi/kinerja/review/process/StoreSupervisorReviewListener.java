package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.CoreValue;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the atasan's ratings and feedback and passes the inputs of the Perilaku Kerja and predikat tables on. */
@Component
public class StoreSupervisorReviewListener implements TaskListener {

  private final ReviewService reviews;
  private final Actor actor;

  StoreSupervisorReviewListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    Long reviewId = (Long) task.getVariable(REVIEW_ID);
    FormInput input = new FormInput(task);
    Rating hasilKerja = input.choice(RATING_HASIL_KERJA, Rating.class, "Rating hasil kerja");
    Map<CoreValue, Rating> behaviour = new EnumMap<>(CoreValue.class);
    for (CoreValue value : CoreValue.values()) {
      Rating rating = input.choice(value.field(), Rating.class, "Perilaku " + value.label());
      if (rating != null) {
        behaviour.put(value, rating);
      }
    }
    String reason = input.text(RATING_HASIL_KERJA_REASON);
    String expectation = input.text(SPECIAL_EXPECTATION);
    String feedback = input.text(FEEDBACK);
    input.refuseIfProblems();
    reviews.rateBySupervisor(reviewId, hasilKerja, reason, behaviour, expectation, feedback, user);
    PerformanceReview review = reviews.get(reviewId);
    DelegateExecution execution = task.getExecution();
    execution.setVariable(RATING_HASIL_KERJA, hasilKerja.name());
    execution.setVariable(BEHAVIOUR_ABOVE_COUNT, (int) review.behaviourCount(Rating.DI_ATAS_EKSPEKTASI));
    execution.setVariable(BEHAVIOUR_BELOW_COUNT, (int) review.behaviourCount(Rating.DI_BAWAH_EKSPEKTASI));
    FormInput.forget(task, RATING_HASIL_KERJA_REASON, SPECIAL_EXPECTATION, FEEDBACK);
    FormInput.forget(task, Arrays.stream(CoreValue.values()).map(CoreValue::field).toArray(String[]::new));
  }
}
