package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import java.util.List;
import java.util.Map;

/** What a meeting decides on: the reviews ready for decision, those still pending, and the unit's distribution. */
public record MeetingAgenda(Long cycleId, String cycleKey, String unitName, String periodLabel, boolean supplementary,
                            List<Item> items, List<Pending> pending, Map<Predikat, Long> distribution) {

  public record Item(Long reviewId, String nip, String name, String position, Predikat predikat,
                     FollowUp recommended) {
  }

  public record Pending(Long reviewId, String nip, String name, String statusLabel) {
  }
}
