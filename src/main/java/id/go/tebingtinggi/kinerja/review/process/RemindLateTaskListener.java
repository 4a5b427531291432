package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.ALERT;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.review.TaskAlert;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** At the due date of an open task: records a reminder, shows it in the task and raises the task's priority. */
@Component
public class RemindLateTaskListener implements TaskListener {

  static final int REMINDED_PRIORITY = 75;

  private final ReviewService reviews;

  RemindLateTaskListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.recordAlert((Long) task.getVariable(REVIEW_ID), task.getTaskDefinitionKey(), TaskAlert.Kind.PENGINGAT,
        task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    String due = task.getDueDate() == null ? "" : " (" + ReviewSummaries.date(task.getDueDate().toInstant()) + ")";
    task.setVariableLocal(ALERT, "Pengingat: tugas ini telah melewati tenggat" + due + ". Mohon segera diselesaikan.");
    task.setPriority(Math.max(task.getPriority(), REMINDED_PRIORITY));
  }
}
