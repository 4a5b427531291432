package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.coaching.CoachingSession;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one coaching session and whether another one follows. */
@Component
public class StoreCoachingSessionListener implements TaskListener {

  enum Next { LANJUT, CUKUP }

  private final CoachingService coachings;
  private final Actor actor;

  StoreCoachingSessionListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    LocalDate heldOn = input.date(SESSION_DATE, "Tanggal sesi");
    String topics = input.text(SESSION_TOPICS);
    String agreements = input.text(SESSION_AGREEMENTS);
    Next next = input.choice(NEXT_SESSION, Next.class, "Sesi berikutnya");
    input.refuseIfProblems();
    CoachingSession session = coachings.recordSession((Long) task.getVariable(COACHING_ID), heldOn, topics,
        agreements, user);
    DelegateExecution execution = task.getExecution();
    execution.setVariable(SESSION_NUMBER, session.getNumber());
    execution.setVariable(MORE_SESSIONS, next == Next.LANJUT);
    FormInput.forget(task, SESSION_DATE, SESSION_TOPICS, SESSION_AGREEMENTS, NEXT_SESSION);
  }
}
