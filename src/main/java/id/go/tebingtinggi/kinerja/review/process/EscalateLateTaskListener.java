package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.ALERT;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.review.ReviewStep;
import id.go.tebingtinggi.kinerja.review.TaskAlert;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Some days after the due date of a still open task: records an escalation to the next person up, lets them
 * see the task (as a candidate user) and says so in the task.
 */
@Component
public class EscalateLateTaskListener implements TaskListener {

  static final int ESCALATED_PRIORITY = 100;

  private final ReviewService reviews;

  EscalateLateTaskListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Long reviewId = (Long) task.getVariable(REVIEW_ID);
    ReviewStep step = ReviewDeadlines.STEPS_BY_TASK.get(task.getTaskDefinitionKey());
    Employee recipient = reviews.escalationRecipient(reviewId, step);
    reviews.recordAlert(reviewId, task.getTaskDefinitionKey(), TaskAlert.Kind.ESKALASI, recipient.getLoginId(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
    task.addCandidateUser(recipient.getLoginId());
    task.setVariableLocal(ALERT, "Tugas ini terlambat dan telah dieskalasikan kepada " + recipient.getName() + " ("
        + recipient.getPosition() + "). Mohon segera diselesaikan.");
    task.setPriority(ESCALATED_PRIORITY);
  }
}
