package id.go.tebingtinggi.kinerja.meeting.process;

import static id.go.tebingtinggi.kinerja.meeting.process.MeetingVariables.MEETING_ID;

import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The multi-instance collection of the delivery: the meeting's decisions not yet delivered. */
@Component("meetingDecisions")
public class MeetingDecisions {

  private final MeetingService meetings;

  MeetingDecisions(MeetingService meetings) {
    this.meetings = meetings;
  }

  public List<Long> undelivered(VariableScope scope) {
    return meetings.undeliveredDecisionIds((Long) scope.getVariable(MEETING_ID));
  }
}
