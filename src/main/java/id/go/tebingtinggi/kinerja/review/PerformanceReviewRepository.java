package id.go.tebingtinggi.kinerja.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long> {

  Optional<PerformanceReview> findByBusinessKey(String businessKey);

  @Query("select r from PerformanceReview r where r.employee.id = :employeeId and r.year = :year and r.quarter = :quarter")
  Optional<PerformanceReview> findForPeriod(Long employeeId, int year, int quarter);

  @Query("select r from PerformanceReview r join fetch r.employee e where r.cycleId = :cycleId order by e.name")
  List<PerformanceReview> findByCycle(Long cycleId);

  @Query("select r from PerformanceReview r join r.employee e where e.supervisor is not null "
      + "and e.supervisor <> r.assessor and r.status in (id.go.tebingtinggi.kinerja.review.ReviewStatus.TARGET_SETTING, "
      + "id.go.tebingtinggi.kinerja.review.ReviewStatus.TARGETS_IN_REVIEW, "
      + "id.go.tebingtinggi.kinerja.review.ReviewStatus.SELF_ASSESSMENT, "
      + "id.go.tebingtinggi.kinerja.review.ReviewStatus.SUPERVISOR_REVIEW)")
  List<PerformanceReview> findOpenWithChangedSupervisor();

  long countByCycleIdAndStatus(Long cycleId, ReviewStatus status);

  @Query("select count(r) from PerformanceReview r where r.cycleId = :cycleId and r.status not in "
      + "(id.go.tebingtinggi.kinerja.review.ReviewStatus.READY_FOR_MEETING, "
      + "id.go.tebingtinggi.kinerja.review.ReviewStatus.DECIDED, id.go.tebingtinggi.kinerja.review.ReviewStatus.WITHDRAWN)")
  long countPending(Long cycleId);
}
