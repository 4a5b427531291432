package id.go.tebingtinggi.kinerja.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long> {

  Optional<PerformanceReview> findByBusinessKey(String businessKey);

  @Query("select r from PerformanceReview r where r.employee.id = :employeeId and r.year = :year and r.quarter = :quarter")
  Optional<PerformanceReview> findForPeriod(Long employeeId, int year, int quarter);
}
