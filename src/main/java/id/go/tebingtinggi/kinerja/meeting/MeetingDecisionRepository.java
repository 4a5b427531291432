package id.go.tebingtinggi.kinerja.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, Long> {

  Optional<MeetingDecision> findByReviewId(Long reviewId);

  @Query("select d.id from MeetingDecision d where d.meeting.id = :meetingId and d.deliveredAt is null order by d.id")
  List<Long> findUndeliveredIds(Long meetingId);
}
