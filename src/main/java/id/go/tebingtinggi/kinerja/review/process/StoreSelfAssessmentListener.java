package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.RealisationInput;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the realisation and evidence of every indicator of the approved plan, and the reflection. */
@Component
public class StoreSelfAssessmentListener implements TaskListener {

  private final ReviewService reviews;
  private final Actor actor;

  StoreSelfAssessmentListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    Long reviewId = (Long) task.getVariable(REVIEW_ID);
    PerformanceReview review = reviews.get(reviewId);
    FormInput input = new FormInput(task);
    List<RealisationInput> realisations = new ArrayList<>();
    for (Indicator indicator : review.getIndicators()) {
      int i = indicator.getPosition();
      BigDecimal realisation = input.number(row(REALISATION, i), "Indikator " + i + ": realisasi");
      realisations.add(new RealisationInput(i, realisation, input.text(row(EVIDENCE, i))));
    }
    String reflection = input.text(REFLECTION);
    input.refuseIfProblems();
    reviews.recordSelfAssessment(reviewId, realisations, reflection, user);
    TargetsForm.forgetSubmittedRows(task, TargetsForm.REALISATION_FIELDS);
    FormInput.forget(task, REFLECTION);
  }
}
