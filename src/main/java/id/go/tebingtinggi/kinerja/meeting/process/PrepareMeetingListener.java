package id.go.tebingtinggi.kinerja.meeting.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.CYCLE_ID;
import static id.go.tebingtinggi.kinerja.meeting.process.MeetingVariables.*;

import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the kepala dinas in Tasklist what the meeting will decide, with the link to the meeting page. */
@Component
public class PrepareMeetingListener implements TaskListener {

  private final MeetingService meetings;

  PrepareMeetingListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    MeetingAgenda agenda = meetings.agenda((Long) task.getVariable(CYCLE_ID));
    StringBuilder md = new StringBuilder();
    md.append(agenda.supplementary() ? "**Rapat susulan.** " : "")
        .append(agenda.items().size()).append(" pegawai siap diputuskan; ")
        .append(agenda.pending().size()).append(" penilaian belum selesai.\n\n")
        .append("| Pegawai | Jabatan | Predikat | Rekomendasi |\n|---|---|---|---|\n");
    agenda.items().forEach(item -> md.append("| ").append(cell(item.name())).append(" | ").append(cell(item.position()))
        .append(" | ").append(item.predikat().label()).append(" | ").append(item.recommended().label()).append(" |\n"));
    task.setVariableLocal(AGENDA_SUMMARY, md.toString());
    task.setVariableLocal(MEETING_PAGE, "/rapat/" + task.getId());
  }

  private static String cell(String text) {
    return text.replace("|", "/").replace("<", "&lt;");
  }
}
