package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.TrainingSession;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows BKPSDM the nomination and the training's sessions that still take participants, with free places. */
@Component
public class PrepareSessionAssignmentListener implements TaskListener {

  private final NominationService nominations;

  PrepareSessionAssignmentListener(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateTask task) {
    Nomination nomination = nominations.get((Long) task.getVariable(NOMINATION_ID));
    List<TrainingSession> open = nominations.sessionsOpenForPlacement(nomination.getTraining().getId());
    String summary = NominationSummaries.nomination(nomination);
    if (open.isEmpty()) {
      summary += "\n**Belum ada sesi terjadwal untuk pelatihan ini.** Jadwalkan sesi melalui katalog pelatihan, lalu "
          + "buka kembali tugas ini.\n";
    }
    task.setVariableLocal(NOMINATION_SUMMARY, summary);
    task.setVariableLocal(SESSION_OPTIONS, TrainingOptions.sessions(open));
  }
}
