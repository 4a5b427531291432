package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the atasan's approval, or the return of the plan with a comment. */
@Component
public class StoreTargetReviewListener implements TaskListener {

  enum Decision { SETUJU, KEMBALIKAN }

  private final ReviewService reviews;
  private final Actor actor;

  StoreTargetReviewListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Decision decision = input.choice(TARGET_DECISION, Decision.class, "Keputusan atas target");
    String comment = input.text(SUPERVISOR_COMMENT);
    input.refuseIfProblems();
    boolean approved = decision == Decision.SETUJU;
    reviews.decideTargets((Long) task.getVariable(REVIEW_ID), approved, comment, user);
    task.getExecution().setVariable(TARGETS_APPROVED, approved);
    FormInput.forget(task, TARGET_DECISION, SUPERVISOR_COMMENT);
  }
}
