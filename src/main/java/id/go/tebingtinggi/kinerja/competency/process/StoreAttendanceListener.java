package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** After the session: completion with the certificate number, or absence (back to the list the first time). */
@Component
public class StoreAttendanceListener implements TaskListener {

  enum Attendance { HADIR, TIDAK_HADIR }

  private final NominationService nominations;
  private final Actor actor;

  StoreAttendanceListener(NominationService nominations, Actor actor) {
    this.nominations = nominations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    Attendance attendance = input.choice(ATTENDANCE, Attendance.class, "Kehadiran");
    String certificate = input.text(CERTIFICATE_NUMBER);
    input.refuseIfProblems();
    Long nominationId = (Long) task.getVariable(NOMINATION_ID);
    DelegateExecution execution = task.getExecution();
    if (attendance == Attendance.HADIR) {
      nominations.complete(nominationId, certificate, user);
      execution.setVariable(ATTENDED, true);
      execution.setVariable(BACK_TO_LIST, false);
    } else {
      execution.setVariable(ATTENDED, false);
      execution.setVariable(BACK_TO_LIST, nominations.markAbsent(nominationId, user));
    }
    FormInput.forget(task, ATTENDANCE, CERTIFICATE_NUMBER);
  }
}
