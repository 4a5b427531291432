package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the proposed plan as a new round; a plan that breaks a rule keeps the task open with every reason. */
@Component
public class StoreProposedTargetsListener implements TaskListener {

  private final ReviewService reviews;
  private final Actor actor;

  StoreProposedTargetsListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    reviews.proposeTargets((Long) task.getVariable(REVIEW_ID), TargetsForm.read(task), user);
    TargetsForm.forgetSubmittedRows(task, TargetsForm.TARGET_FIELDS);
  }
}
