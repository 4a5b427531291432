package id.go.tebingtinggi.kinerja.award.process;

import static id.go.tebingtinggi.kinerja.award.process.AwardVariables.*;

import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.process.NominationProcesses;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the hand-over date. When BKPSDM also chose a training, the holder is nominated for it at once with the
 * award's priority; otherwise the priority waits for the holder's next nomination.
 */
@Component
public class StoreAwardHandOverListener implements TaskListener {

  private final AwardService awards;
  private final NominationService nominations;
  private final NominationProcesses processes;
  private final Actor actor;

  StoreAwardHandOverListener(AwardService awards, NominationService nominations, NominationProcesses processes,
                             Actor actor) {
    this.awards = awards;
    this.nominations = nominations;
    this.processes = processes;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    LocalDate date = input.date(HAND_OVER_DATE, "Tanggal penyerahan");
    Long trainingId = input.id(PRIORITY_TRAINING, "Pelatihan prioritas");
    input.refuseIfProblems();
    Long awardId = (Long) task.getVariable(AWARD_ID);
    awards.handOver(awardId, date, user);
    if (trainingId != null) {
      Nomination nomination = nominations.nominateFromAward(awardId, trainingId, user);
      processes.start(nomination);
    }
    FormInput.forget(task, HAND_OVER_DATE, PRIORITY_TRAINING);
  }
}
