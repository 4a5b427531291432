package id.go.tebingtinggi.kinerja.award;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardRepository extends JpaRepository<Award, Long> {

  Optional<Award> findByReviewId(Long reviewId);

  @Query("select a from Award a join fetch a.review r join fetch r.employee where a.id = :awardId")
  Optional<Award> findWithHolder(Long awardId);

  @Query("select a from Award a where a.review.employee.id = :employeeId and a.priorityNominationId is null"
      + " order by a.grantedAt, a.id")
  List<Award> findUnusedTrainingPriorities(Long employeeId);

  @Query("select coalesce(max(a.sequenceNumber), 0) from Award a where a.year = :year")
  int lastSequenceNumber(int year);
}
