package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.process.NominationProcesses;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nominates the employee for the training the plan chose and starts its CompetencyDevelopment. */
@Component
public class NominateForTrainingDelegate implements JavaDelegate {

  private final CoachingService coachings;
  private final NominationService nominations;
  private final NominationProcesses processes;

  NominateForTrainingDelegate(CoachingService coachings, NominationService nominations,
                              NominationProcesses processes) {
    this.coachings = coachings;
    this.nominations = nominations;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Coaching coaching = coachings.get((Long) execution.getVariable(COACHING_ID));
    if (coaching.getNominationId() != null) {
      return;
    }
    Nomination nomination = nominations.nominateFromCoaching(coaching.getEmployee().getId(), coaching.getTrainingId(),
        coaching.getId(), "Rencana pembinaan atas penilaian " + coaching.period().label(),
        coaching.getSupervisor().getLoginId());
    coachings.linkNomination(coaching.getId(), nomination.getId());
    processes.start(nomination);
  }
}
