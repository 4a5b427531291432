package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Upholds the ratings or changes them; changed ratings send the review back to the predikat table. */
@Component
public class StoreObjectionDecisionListener implements TaskListener {

  enum Decision { TOLAK, UBAH }

  private final ReviewService reviews;
  private final Actor actor;

  StoreObjectionDecisionListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Decision decision = input.choice(OBJECTION_DECISION, Decision.class, "Keputusan atas keberatan");
    boolean change = decision == Decision.UBAH;
    Rating hasilKerja = change ? input.choice(NEW_RATING_HASIL_KERJA, Rating.class, "Rating hasil kerja baru") : null;
    Rating perilakuKerja = change
        ? input.choice(NEW_RATING_PERILAKU_KERJA, Rating.class, "Rating perilaku kerja baru") : null;
    String reason = input.text(OBJECTION_DECISION_REASON);
    input.refuseIfProblems();
    reviews.decideObjection((Long) task.getVariable(REVIEW_ID), change, hasilKerja, perilakuKerja, reason, user);
    DelegateExecution execution = task.getExecution();
    execution.setVariable(OBJECTION_SETTLED, true);
    execution.setVariable(RATINGS_CHANGED, change);
    if (change) {
      execution.setVariable(RATING_HASIL_KERJA, hasilKerja.name());
      execution.setVariable(RATING_PERILAKU_KERJA, perilakuKerja.name());
    }
    FormInput.forget(task, OBJECTION_DECISION, NEW_RATING_HASIL_KERJA, NEW_RATING_PERILAKU_KERJA,
        OBJECTION_DECISION_REASON);
  }
}
