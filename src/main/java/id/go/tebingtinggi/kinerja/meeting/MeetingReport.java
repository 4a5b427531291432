package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the printed report of one meeting shows: where and when, who attended, every decision against its
 * recommendation, the unit's distribution (as it stood when the meeting was recorded) against its guide, and the
 * minutes.
 */
public record MeetingReport(Long meetingId, int sequenceNumber, String cycleKey, String unitName, String periodLabel,
                            LocalDate meetingDate, List<String> attendees, String minutes,
                            DistributionGuide.Assessment guide, List<DistributionGuide.Share> distribution,
                            String distributionJustification, List<Decision> decisions, Person chair,
                            Instant recordedAt) {

  public boolean supplementary() {
    return sequenceNumber > 1;
  }

  public long changedDecisions() {
    return decisions.stream().filter(Decision::changed).count();
  }

  /** The decision on one employee, with the recommendation it confirms or changes. */
  public record Decision(String name, String nip, String position, Predikat predikat, FollowUp recommended,
                         FollowUp decided, String reason) {

    public boolean changed() {
      return decided != recommended;
    }
  }

  /** A person as the report names them; the NIP is empty for users outside the roster. */
  public record Person(String name, String nip, String position) {
  }
}
