package id.go.tebingtinggi.kinerja.competency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  /** The waiting list of a session: priority first, then by the date of the nomination. */
  @Query("select n from Nomination n join fetch n.employee where n.session.id = :sessionId"
      + " and n.status = id.go.tebingtinggi.kinerja.competency.NominationStatus.MENUNGGU_TEMPAT"
      + " order by n.priority desc, n.nominatedAt, n.id")
  List<Nomination> findWaitingList(Long sessionId);

  @Query("select n from Nomination n join fetch n.employee where n.session.id = :sessionId"
      + " and n.status in (id.go.tebingtinggi.kinerja.competency.NominationStatus.DITEMPATKAN,"
      + " id.go.tebingtinggi.kinerja.competency.NominationStatus.SELESAI) order by n.employee.name")
  List<Nomination> findParticipants(Long sessionId);

  @Query("select count(n) > 0 from Nomination n where n.session.id = :sessionId and n.employee.id = :employeeId"
      + " and n.id <> :nominationId")
  boolean isOtherwiseInSession(Long sessionId, Long employeeId, Long nominationId);
}
