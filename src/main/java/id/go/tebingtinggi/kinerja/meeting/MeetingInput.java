package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import java.time.LocalDate;
import java.util.List;

/** What the kepala dinas records for a meeting: the decision on every review on the agenda, and the minutes. */
public record MeetingInput(LocalDate meetingDate, String minutes, String attendees, UnitResult unitResult,
                           String distributionJustification, List<Decision> decisions) {

  /** The decision on one review; a reason is needed when it differs from the recommendation. */
  public record Decision(Long reviewId, FollowUp followUp, String reason) {
  }
}
