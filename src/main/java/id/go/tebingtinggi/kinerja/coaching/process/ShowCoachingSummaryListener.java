package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows BKPSDM the whole coaching: plan, training, sessions, and the next predikat if there is one. */
@Component
public class ShowCoachingSummaryListener implements TaskListener {

  private final CoachingService coachings;
  private final CoachingTraining training;

  ShowCoachingSummaryListener(CoachingService coachings, CoachingTraining training) {
    this.coachings = coachings;
    this.training = training;
  }

  @Override
  public void notify(DelegateTask task) {
    Coaching coaching = coachings.get((Long) task.getVariable(COACHING_ID));
    String nextPredikat = coaching.getNextPredikat()
        .map(p -> p.label() + " (penilaian " + coaching.getNextReviewKey() + ")")
        .orElse("belum ada; batas pemeriksaan "
            + Markdown.date(LocalDate.ofInstant(coaching.getFollowUpDeadline(), ReviewCalendar.ZONE)));
    task.setVariableLocal(COACHING_SUMMARY, "**Pegawai:** " + Markdown.escape(coaching.getEmployee().getName())
        + " (NIP " + coaching.getEmployee().getNip().value() + "), atasan "
        + Markdown.escape(coaching.getSupervisor().getName()) + "\n\n**Pembinaan atas penilaian:** "
        + coaching.period().label() + ", predikat " + coaching.getReview().getPredikat().label()
        + "\n\n**Predikat triwulan berikutnya:** " + nextPredikat + "\n\n"
        + CoachingSummaries.plan(coaching, training.line(coaching)) + "\n" + CoachingSummaries.sessions(coaching));
  }
}
