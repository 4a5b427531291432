package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One employee nominated for one training, from request to completion: the atasan's approval, a place in a
 * session or on its waiting list, then completion with a certificate or absence. An absent participant returns
 * to BKPSDM's list once; a second absence closes the nomination.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

  static final int ABSENCES_ALLOWED = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "training_id", nullable = false)
  private Training training;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NominationSource source;

  @Column(nullable = false)
  private boolean priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NominationStatus status;

  @Column(length = 2000)
  private String reason;

  @Column(name = "coaching_id")
  private Long coachingId;

  @Column(name = "award_id")
  private Long awardId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "absent_session_id")
  private TrainingSession absentSession;

  @Column(nullable = false)
  private int absences;

  @Column(name = "nominated_at", nullable = false)
  private Instant nominatedAt;

  @Column(name = "nominated_by", length = 64)
  private String nominatedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(name = "placed_at")
  private Instant placedAt;

  @Column(name = "placed_by", length = 64)
  private String placedBy;

  @Column(name = "certificate_number", length = 100)
  private String certificateNumber;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "cancellation_reason", length = 2000)
  private String cancellationReason;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Nomination() {
  }

  /**
   * Nominates {@code employee}; a nomination from a coaching plan is already approved, since the atasan wrote
   * the plan. {@code priority} puts it ahead on waiting lists.
   */
  static Nomination create(Employee employee, Training training, NominationSource source, String reason,
                           boolean priority, String actor) {
    List<String> problems = new ArrayList<>();
    if (!employee.isActive()) {
      problems.add("Pegawai " + employee.getName() + " tidak aktif sehingga tidak dapat diusulkan");
    }
    if (!training.isActive()) {
      problems.add("Pelatihan " + training.getCode() + " tidak aktif sehingga tidak dapat diusulkan");
    }
    String reasonValue = TextRules.check("Alasan usulan", reason, 2000, source == NominationSource.PERMINTAAN_SENDIRI,
        problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    Nomination nomination = new Nomination();
    nomination.employee = employee;
    nomination.training = training;
    nomination.source = source;
    nomination.priority = priority;
    nomination.reason = reasonValue.isEmpty() ? null : reasonValue;
    nomination.nominatedAt = Instant.now();
    nomination.nominatedBy = actor;
    if (source == NominationSource.PEMBINAAN) {
      nomination.status = NominationStatus.DISETUJUI;
      nomination.decidedAt = nomination.nominatedAt;
      nomination.decidedBy = actor;
    } else {
      nomination.status = NominationStatus.DIAJUKAN;
    }
    nomination.touch();
    return nomination;
  }

  void linkCoaching(Long id) {
    this.coachingId = id;
  }

  void linkAward(Long id) {
    this.awardId = id;
  }

  public void linkProcessInstance(String id) {
    this.processInstanceId = id;
  }

  public boolean needsApproval() {
    return status == NominationStatus.DIAJUKAN;
  }

  void approve(String actor) {
    requireStatus(NominationStatus.DIAJUKAN, "menyetujui usulan");
    status = NominationStatus.DISETUJUI;
    decidedAt = Instant.now();
    decidedBy = actor;
    touch();
  }

  void reject(String why, String actor) {
    requireStatus(NominationStatus.DIAJUKAN, "menolak usulan");
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Alasan penolakan", why, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    status = NominationStatus.DITOLAK;
    rejectionReason = text;
    decidedAt = Instant.now();
    decidedBy = actor;
    touch();
  }

  /** Checks that BKPSDM may put this nomination into {@code target}, as participant or on its waiting list. */
  void checkPlaceableIn(TrainingSession target, LocalDate today) {
    if (status != NominationStatus.DISETUJUI) {
      throw illegal("menempatkan usulan pada sesi");
    }
    if (!target.getTraining().getId().equals(training.getId())) {
      throw new DomainRuleViolation("Sesi " + target.describe() + " bukan sesi pelatihan " + training.getTitle());
    }
    target.checkOpenForPlacement(today);
  }

  void joinWaitingList(TrainingSession target, String actor) {
    status = NominationStatus.MENUNGGU_TEMPAT;
    session = target;
    waitingSince = Instant.now();
    placedBy = actor;
    touch();
  }

  /** A place for this nomination: chosen by BKPSDM, or freed and handed on from the waiting list. */
  void place(TrainingSession target, String actor) {
    if (status == NominationStatus.MENUNGGU_TEMPAT && !session.getId().equals(target.getId())) {
      throw new IllegalStateException("nomination " + id + " waits for another session");
    }
    if (status != NominationStatus.DISETUJUI && status != NominationStatus.MENUNGGU_TEMPAT) {
      throw illegal("menempatkan usulan pada sesi");
    }
    status = NominationStatus.DITEMPATKAN;
    session = target;
    placedAt = Instant.now();
    placedBy = actor;
    touch();
  }

  /** The session began without a free place: back to BKPSDM's list to be placed elsewhere. */
  void leaveWaitingList() {
    requireStatus(NominationStatus.MENUNGGU_TEMPAT, "mengeluarkan usulan dari daftar tunggu");
    status = NominationStatus.DISETUJUI;
    session = null;
    waitingSince = null;
    touch();
  }

  void complete(String certificate, String actor, LocalDate today) {
    if (status == NominationStatus.SELESAI) {
      throw new DomainRuleViolation("Penyelesaian pelatihan " + training.getTitle() + " oleh " + employee.getName()
          + " sudah dicatat (sertifikat " + certificateNumber + ")");
    }
    requireStatus(NominationStatus.DITEMPATKAN, "mencatat penyelesaian pelatihan");
    checkSessionHasBegun(today);
    List<String> problems = new ArrayList<>();
    String number = TextRules.check("Nomor sertifikat", certificate, 100, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    status = NominationStatus.SELESAI;
    certificateNumber = number;
    completedAt = Instant.now();
    completedBy = actor;
    touch();
  }

  /** Records an absence; returns whether the nomination goes back to BKPSDM's list (the first time only). */
  boolean markAbsent(String actor, LocalDate today) {
    requireStatus(NominationStatus.DITEMPATKAN, "mencatat ketidakhadiran");
    checkSessionHasBegun(today);
    absences++;
    absentSession = session;
    session = null;
    placedAt = null;
    placedBy = actor;
    status = absences > ABSENCES_ALLOWED ? NominationStatus.TIDAK_HADIR : NominationStatus.DISETUJUI;
    touch();
    return status == NominationStatus.DISETUJUI;
  }

  /** Cancels the nomination; returns the session whose place it gives back, if it held one. */
  TrainingSession cancel(String why, String actor) {
    if (!status.isOpen()) {
      throw illegal("membatalkan usulan");
    }
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Alasan pembatalan", why, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    TrainingSession heldPlace = status == NominationStatus.DITEMPATKAN ? session : null;
    status = NominationStatus.DIBATALKAN;
    cancellationReason = text;
    session = null;
    decidedBy = actor;
    touch();
    return heldPlace;
  }

  private void checkSessionHasBegun(LocalDate today) {
    if (!session.hasStarted(today)) {
      throw new DomainRuleViolation("Sesi " + session.describe() + " belum dimulai sehingga kehadiran belum dapat dicatat");
    }
  }

  private void requireStatus(NominationStatus expected, String action) {
    if (status != expected) {
      throw illegal(action);
    }
  }

  private DomainRuleViolation illegal(String action) {
    return new DomainRuleViolation("Tidak dapat " + action + ": usulan pelatihan " + training.getTitle() + " untuk "
        + employee.getName() + " berstatus '" + status.label() + "'");
  }

  private void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Training getTraining() {
    return training;
  }

  public NominationSource getSource() {
    return source;
  }

  public boolean isPriority() {
    return priority;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public Long getCoachingId() {
    return coachingId;
  }

  public Long getAwardId() {
    return awardId;
  }

  public TrainingSession getSession() {
    return session;
  }

  public TrainingSession getAbsentSession() {
    return absentSession;
  }

  public int getAbsences() {
    return absences;
  }

  public Instant getNominatedAt() {
    return nominatedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Instant getWaitingSince() {
    return waitingSince;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }
}
