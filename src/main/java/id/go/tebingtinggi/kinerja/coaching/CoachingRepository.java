package id.go.tebingtinggi.kinerja.coaching;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CoachingRepository extends JpaRepository<Coaching, Long> {

  Optional<Coaching> findByReviewId(Long reviewId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Coaching c where c.employee.id = :employeeId and c.year = :year and c.quarter = :quarter")
  Optional<Coaching> findForPeriodLocked(Long employeeId, int year, int quarter);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Coaching c where c.id = :coachingId")
  Optional<Coaching> findLocked(Long coachingId);
}
