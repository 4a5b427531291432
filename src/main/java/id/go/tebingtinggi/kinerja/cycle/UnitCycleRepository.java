package id.go.tebingtinggi.kinerja.cycle;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UnitCycleRepository extends JpaRepository<UnitCycle, Long> {

  Optional<UnitCycle> findByBusinessKey(String businessKey);

  /** Serializes the readiness checks of one unit's quarter, so the last review to become ready is never missed. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from UnitCycle c where c.id = :id")
  Optional<UnitCycle> lockById(Long id);
}
