package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The employee accepts the result or objects to it with a reason. */
@Component
public class StoreResultResponseListener implements TaskListener {

  enum Response { TERIMA, KEBERATAN }

  private final ReviewService reviews;
  private final Actor actor;

  StoreResultResponseListener(ReviewService reviews, Actor actor) {
    this.reviews = reviews;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Response response = input.choice(RESULT_RESPONSE, Response.class, "Tanggapan atas hasil penilaian");
    String reason = input.text(OBJECTION_REASON);
    input.refuseIfProblems();
    boolean objects = response == Response.KEBERATAN;
    if (objects) {
      reviews.fileObjection((Long) task.getVariable(REVIEW_ID), reason, user);
    }
    task.getExecution().setVariable(OBJECTION_FILED, objects);
    FormInput.forget(task, RESULT_RESPONSE, OBJECTION_REASON);
  }
}
