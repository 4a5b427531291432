package id.go.tebingtinggi.kinerja.meeting;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, Long> {

  /** The reviews of the cycle that a meeting has decided already, in one query for the whole unit. */
  @Query("select d.reviewId from MeetingDecision d where d.reviewId in "
      + "(select r.id from PerformanceReview r where r.cycleId = :cycleId)")
  Set<Long> findDecidedReviewIdsOfCycle(Long cycleId);

  @Query("select d.id from MeetingDecision d where d.meeting.id = :meetingId and d.deliveredAt is null order by d.id")
  List<Long> findUndeliveredIds(Long meetingId);
}
