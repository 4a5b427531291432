package id.go.tebingtinggi.kinerja.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskAlertRepository extends JpaRepository<TaskAlert, Long> {

  List<TaskAlert> findByReviewIdOrderByCreatedAt(Long reviewId);
}
