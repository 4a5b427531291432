package id.go.tebingtinggi.kinerja.meeting;

import java.time.LocalDate;
import java.util.List;

/** The meetings held in one unit's quarter, regular first. */
public record CycleMeetings(String cycleKey, String unitCode, String unitName, String periodLabel,
                            List<Meeting> meetings) {

  public record Meeting(Long meetingId, int sequenceNumber, boolean supplementary, LocalDate meetingDate,
                        UnitResult unitResult, int decisionCount, String heldBy) {
  }
}
