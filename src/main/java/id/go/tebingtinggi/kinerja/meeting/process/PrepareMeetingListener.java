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

  /**
   * The engine stores a string variable in a column of 4,000 characters; a unit of more than about 55 employees
   * overflowed it and the meeting task could not be created (found by the benchmark on PostgreSQL). The table stops
   * short of that; the meeting page lists everyone.
   */
  static final int MAX_SUMMARY_CHARS = 3800;

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
    int shown = 0;
    for (var item : agenda.items()) {
      String row = "| " + cell(item.name()) + " | " + cell(item.position()) + " | " + item.predikat().label() + " | "
          + item.recommended().label() + " |\n";
      if (md.length() + row.length() > MAX_SUMMARY_CHARS) {
        md.append("\n").append(agenda.items().size() - shown)
            .append(" pegawai lainnya tercantum di halaman rapat.\n");
        break;
      }
      md.append(row);
      shown++;
    }
    task.setVariableLocal(AGENDA_SUMMARY, md.toString());
    task.setVariableLocal(MEETING_PAGE, "/rapat/" + task.getId());
  }

  private static String cell(String text) {
    return text.replace("|", "/").replace("<", "&lt;");
  }
}
