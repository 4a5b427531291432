package id.go.tebingtinggi.kinerja.meeting.process;

/** Names of the meeting's variables in UnitQuarterlyCycle, written once. */
public final class MeetingVariables {

  public static final String MEETING_ID = "rapatId";
  public static final String DECISION_ID = "keputusanId";
  public static final String AGENDA_SUMMARY = "ringkasanAgenda";
  public static final String MEETING_PAGE = "tautanRapat";
  public static final String HOLD_MEETING_TASK = "UserTask_HoldMeeting";

  private MeetingVariables() {
  }
}
