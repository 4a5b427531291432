package id.go.tebingtinggi.kinerja.meeting.process;

import static id.go.tebingtinggi.kinerja.meeting.process.MeetingVariables.MEETING_ID;

import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The meeting task completes only with its decisions recorded (the meeting page records them and completes the
 * task in one transaction); completing it in Tasklist before that is refused with what to do.
 */
@Component
public class VerifyMeetingRecordedListener implements TaskListener {

  private final MeetingService meetings;

  VerifyMeetingRecordedListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(MEETING_ID, meetings.meetingOfTask(task.getId()).getId());
  }
}
