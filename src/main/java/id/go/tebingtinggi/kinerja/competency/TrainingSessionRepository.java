package id.go.tebingtinggi.kinerja.competency;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

  @Query("select s from TrainingSession s join fetch s.training where s.training.id = :trainingId order by s.startDate, s.id")
  List<TrainingSession> findByTraining(Long trainingId);

  @Query("select s from TrainingSession s join fetch s.training where s.training.id = :trainingId"
      + " and s.startDate >= :today order by s.startDate, s.id")
  List<TrainingSession> findOpenForPlacement(Long trainingId, LocalDate today);

  /**
   * Takes one place if one is free, in a single statement: the database re-checks {@code seatsTaken < capacity}
   * on the row it locks, so of two transactions racing for the last place the second updates nothing.
   * Returns the number of rows updated, 1 or 0.
   */
  @Modifying(flushAutomatically = true)
  @Query("update TrainingSession s set s.seatsTaken = s.seatsTaken + 1, s.version = s.version + 1"
      + " where s.id = :sessionId and s.seatsTaken < s.capacity")
  int takeSeat(Long sessionId);
}
