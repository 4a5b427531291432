package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * BKPSDM on a coaching whose next quarter's predikat did not arrive: wait until a new date (the review is late),
 * or close the coaching with a reason (the employee moved, retired, or has no next review).
 */
@Component
public class StoreMissingReviewDecisionListener implements TaskListener {

  enum Decision { PERPANJANG, TUTUP }

  private final CoachingService coachings;
  private final Actor actor;

  StoreMissingReviewDecisionListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Decision decision = input.choice(MISSING_REVIEW_DECISION, Decision.class, "Keputusan BKPSDM");
    LocalDate newDeadline = input.date(NEW_DEADLINE, "Batas waktu baru");
    String note = input.text(BKPSDM_NOTE);
    input.refuseIfProblems();
    Long coachingId = (Long) task.getVariable(COACHING_ID);
    if (decision == Decision.TUTUP) {
      coachings.closeWithoutCheck(coachingId, note, user);
    } else {
      coachings.extendFollowUp(coachingId, newDeadline, note, user);
    }
    task.getExecution().setVariable(COACHING_CLOSED, decision == Decision.TUTUP);
    FormInput.forget(task, MISSING_REVIEW_DECISION, NEW_DEADLINE, BKPSDM_NOTE);
  }
}
