package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.Predikat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the atasan the plan, the sessions so far, whether the plan's training was done, and the next quarter's
 * predikat when it is already known (then this is the time to close the sessions).
 */
@Component
public class PrepareCoachingSessionListener implements TaskListener {

  private final CoachingService coachings;
  private final CoachingTraining training;

  PrepareCoachingSessionListener(CoachingService coachings, CoachingTraining training) {
    this.coachings = coachings;
    this.training = training;
  }

  @Override
  public void notify(DelegateTask task) {
    Coaching coaching = coachings.get((Long) task.getVariable(COACHING_ID));
    String trainingLine = training.line(coaching);
    task.setVariableLocal(PLAN_SUMMARY, CoachingSummaries.plan(coaching, trainingLine));
    task.setVariableLocal(SESSION_HISTORY, CoachingSummaries.sessions(coaching));
    task.setVariableLocal(TRAINING_STATUS, trainingLine);
    task.setVariableLocal(NEXT_PREDIKAT_INFO, coaching.getNextPredikat()
        .map(Predikat::label)
        .map(label -> "Predikat triwulan berikutnya sudah ditetapkan: " + label
            + ". Pemeriksaan tindak lanjut dilakukan setelah Anda menyatakan sesi cukup.")
        .orElse(null));
  }
}
