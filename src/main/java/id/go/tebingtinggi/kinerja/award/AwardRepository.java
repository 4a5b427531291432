package id.go.tebingtinggi.kinerja.award;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardRepository extends JpaRepository<Award, Long> {

  Optional<Award> findByReviewId(Long reviewId);

  @Query("select coalesce(max(a.sequenceNumber), 0) from Award a where a.year = :year")
  int lastSequenceNumber(int year);
}
