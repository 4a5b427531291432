package id.go.tebingtinggi.kinerja.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleEscalationRepository extends JpaRepository<CycleEscalation, Long> {

  List<CycleEscalation> findByCycleIdOrderByEscalatedAt(Long cycleId);
}
