package id.go.tebingtinggi.kinerja.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationMeetingRepository extends JpaRepository<EvaluationMeeting, Long> {

  Optional<EvaluationMeeting> findByTaskId(String taskId);

  List<EvaluationMeeting> findByCycleIdOrderBySequenceNumber(Long cycleId);

  long countByCycleId(Long cycleId);
}
