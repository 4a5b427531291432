package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.award.Award;
import id.go.tebingtinggi.kinerja.award.AwardRepository;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nomination's use cases, from request to completion. Places in a session are taken by a conditional update
 * (never past capacity, whoever races for the last one); a freed place goes to the head of the session's waiting
 * list under the session's row lock.
 */
@Service
@Transactional
public class NominationService {

  private final NominationRepository nominations;
  private final TrainingRepository trainings;
  private final TrainingSessionRepository sessions;
  private final CompetencyRecordRepository records;
  private final EmployeeRepository employees;
  private final AwardRepository awards;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NominationService(NominationRepository nominations, TrainingRepository trainings, TrainingSessionRepository sessions,
                    CompetencyRecordRepository records, EmployeeRepository employees, AwardRepository awards,
                    EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
    this.nominations = nominations;
    this.trainings = trainings;
    this.sessions = sessions;
    this.records = records;
    this.employees = employees;
    this.awards = awards;
    this.entityManager = entityManager;
    this.events = events;
    this.clock = clock;
  }

  /** The employee asks for a training; their atasan decides. */
  public Nomination request(String employeeLogin, Long trainingId, String reason) {
    Employee employee = employees.findByLoginId(employeeLogin)
        .orElseThrow(() -> new DomainRuleViolation("Pengguna " + employeeLogin + " bukan pegawai dalam daftar pegawai"));
    if (employee.getSupervisor() == null) {
      throw new DomainRuleViolation("Pegawai " + employee.getName() + " tidak memiliki atasan langsung yang dapat "
          + "menyetujui usulan");
    }
    return create(employee, training(trainingId), NominationSource.PERMINTAAN_SENDIRI, reason, null, employeeLogin);
  }

  /** The atasan chose the training in a coaching plan: the nomination is approved by that choice. */
  public Nomination nominateFromCoaching(Long employeeId, Long trainingId, Long coachingId, String reason,
                                         String atasanLogin) {
    Nomination nomination = create(employee(employeeId), training(trainingId), NominationSource.PEMBINAAN, reason,
        null, atasanLogin);
    nomination.linkCoaching(coachingId);
    return nomination;
  }

  /** BKPSDM nominates an award holder, with the award's priority. */
  public Nomination nominateFromAward(Long awardId, Long trainingId, String bkpsdmLogin) {
    Award award = awards.findWithHolder(awardId)
        .orElseThrow(() -> new NotFound("Penghargaan " + awardId + " tidak ditemukan"));
    Nomination nomination = create(award.getReview().getEmployee(), training(trainingId), NominationSource.PENGHARGAAN,
        "Penghargaan " + award.getCategory() + " (" + award.getCertificateNumber() + ")", award, bkpsdmLogin);
    nomination.linkAward(awardId);
    return nomination;
  }

  /**
   * Saves a new nomination. An award whose priority is still unused gives it to this nomination, the holder's
   * next one, whatever its source.
   */
  private Nomination create(Employee employee, Training training, NominationSource source, String reason,
                            Award fromAward, String actor) {
    Optional<Award> priority = fromAward != null && fromAward.hasUnusedTrainingPriority()
        ? Optional.of(fromAward)
        : awards.findUnusedTrainingPriorities(employee.getId()).stream().findFirst();
    Nomination nomination = nominations.saveAndFlush(
        Nomination.create(employee, training, source, reason, priority.isPresent(), actor));
    priority.ifPresent(award -> award.useTrainingPriorityFor(nomination.getId()));
    return nomination;
  }

  @Transactional(readOnly = true)
  public Nomination get(Long nominationId) {
    return nominations.findById(nominationId)
        .orElseThrow(() -> new NotFound("Usulan pelatihan " + nominationId + " tidak ditemukan"));
  }

  public void decide(Long nominationId, boolean approve, String reason, String atasanLogin) {
    Nomination nomination = get(nominationId);
    if (approve) {
      nomination.approve(atasanLogin);
    } else {
      nomination.reject(reason, atasanLogin);
    }
  }

  /**
   * Puts the nomination into the session BKPSDM chose. A session already full takes it onto its waiting list;
   * a session whose last place another user took a moment ago refuses, and nothing is stored.
   */
  public Placement place(Long nominationId, Long sessionId, String bkpsdmLogin) {
    Nomination nomination = get(nominationId);
    TrainingSession session = sessions.findById(sessionId)
        .orElseThrow(() -> new DomainRuleViolation("Sesi pelatihan " + sessionId + " tidak ditemukan"));
    nomination.checkPlaceableIn(session, today());
    if (nominations.isOtherwiseInSession(sessionId, nomination.getEmployee().getId(), nominationId)) {
      throw new DomainRuleViolation(nomination.getEmployee().getName() + " sudah terdaftar (atau dalam daftar tunggu) "
          + "pada sesi " + session.describe() + " melalui usulan lain");
    }
    if (!session.hasFreeSeat()) {
      nomination.joinWaitingList(session, bkpsdmLogin);
      flushRefusingDuplicates(nomination, session);
      return Placement.waiting(session, waitingPosition(nomination));
    }
    if (sessions.takeSeat(sessionId) == 0) {
      throw new DomainRuleViolation("Tempat terakhir pada sesi " + session.describe() + " baru saja diisi oleh "
          + "pengguna lain, sehingga sesi ini sekarang penuh. Pilih sesi lain, atau pilih sesi ini lagi untuk "
          + "memasukkan usulan ke daftar tunggu.");
    }
    nomination.place(session, bkpsdmLogin);
    flushRefusingDuplicates(nomination, session);
    return Placement.seat(session);
  }

  private void flushRefusingDuplicates(Nomination nomination, TrainingSession session) {
    try {
      nominations.flush();
    } catch (DataIntegrityViolationException concurrentNomination) {
      throw new DomainRuleViolation(nomination.getEmployee().getName() + " baru saja didaftarkan pada sesi "
          + session.describe() + " melalui usulan lain");
    }
  }

  private int waitingPosition(Nomination nomination) {
    List<Nomination> waiting = nominations.findWaitingList(nomination.getSession().getId());
    return waiting.indexOf(nomination) + 1;
  }

  /** The session began and no place came free: the nomination goes back to BKPSDM's list. */
  public void leaveWaitingList(Long nominationId) {
    Nomination nomination = get(nominationId);
    if (nomination.getStatus() == NominationStatus.MENUNGGU_TEMPAT) {
      nomination.leaveWaitingList();
    }
  }

  /** Records completion with the certificate number and adds the training to the competency history. */
  public CompetencyRecord complete(Long nominationId, String certificateNumber, String bkpsdmLogin) {
    Nomination nomination = get(nominationId);
    nomination.complete(certificateNumber, bkpsdmLogin, today());
    try {
      return records.saveAndFlush(CompetencyRecord.of(nomination, bkpsdmLogin));
    } catch (DataIntegrityViolationException duplicate) {
      throw new DomainRuleViolation("Nomor sertifikat " + nomination.getCertificateNumber() + " sudah tercatat untuk "
          + "peserta lain pelatihan " + nomination.getTraining().getTitle());
    }
  }

  /** Records an absence; returns whether the nomination goes back to BKPSDM's list (the first time only). */
  public boolean markAbsent(Long nominationId, String bkpsdmLogin) {
    return get(nominationId).markAbsent(bkpsdmLogin, today());
  }

  /** Cancels a nomination; a place it held goes to the head of the session's waiting list. */
  public void cancel(Long nominationId, String reason, String actor) {
    Nomination nomination = get(nominationId);
    TrainingSession heldPlace = nomination.cancel(reason, actor);
    nominations.flush();
    events.publishEvent(new NominationCancelled(nominationId));
    if (heldPlace != null) {
      TrainingSession session = lock(heldPlace);
      session.releaseSeatLocked();
      fillFreePlaces(session);
    }
  }

  /** Reschedules or resizes a session; places a larger capacity frees go to the waiting list. */
  public TrainingSession changeSession(Long sessionId, SessionInput input, String bkpsdmLogin) {
    TrainingSession session = lock(session(sessionId));
    session.change(input, today(), bkpsdmLogin);
    fillFreePlaces(session);
    return session;
  }

  private void fillFreePlaces(TrainingSession session) {
    if (session.getStartDate().isBefore(today())) {
      return;
    }
    for (Nomination next : nominations.findWaitingList(session.getId())) {
      if (!session.hasFreeSeat()) {
        return;
      }
      session.takeSeatLocked();
      next.place(session, "sistem");
      events.publishEvent(new PlaceGranted(next.getId()));
    }
  }

  /** Reloads the session under its row lock, so seat counts change one transaction at a time. */
  private TrainingSession lock(TrainingSession session) {
    entityManager.flush();
    entityManager.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    return session;
  }

  @Transactional(readOnly = true)
  public List<TrainingSession> sessionsOpenForPlacement(Long trainingId) {
    return sessions.findOpenForPlacement(trainingId, today());
  }

  @Transactional(readOnly = true)
  public List<Nomination> waitingList(Long sessionId) {
    return nominations.findWaitingList(sessionId);
  }

  private Training training(Long trainingId) {
    if (trainingId == null) {
      throw new DomainRuleViolation("Pelatihan wajib dipilih");
    }
    return trainings.findById(trainingId)
        .orElseThrow(() -> new DomainRuleViolation("Pelatihan " + trainingId + " tidak ada dalam katalog"));
  }

  private TrainingSession session(Long sessionId) {
    return sessions.findById(sessionId)
        .orElseThrow(() -> new NotFound("Sesi pelatihan " + sessionId + " tidak ditemukan"));
  }

  private Employee employee(Long employeeId) {
    return employees.findById(employeeId)
        .orElseThrow(() -> new NotFound("Pegawai " + employeeId + " tidak ditemukan"));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ReviewCalendar.ZONE));
  }
}
