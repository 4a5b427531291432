package id.go.tebingtinggi.kinerja.competency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetencyRecordRepository extends JpaRepository<CompetencyRecord, Long> {

  List<CompetencyRecord> findByEmployeeIdOrderByCompletedOnDescIdDesc(Long employeeId);

  Optional<CompetencyRecord> findByNominationId(Long nominationId);
}
