package id.go.tebingtinggi.kinerja.coaching;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.TextRules;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coaching of one employee after one quarter decided PEMBINAAN, the aggregate that guards its course:
 * a plan before the acknowledgement, the acknowledgement before sessions, at least one session before the
 * follow-up check, and the next quarter's predikat for the check itself. The next predikat may arrive at any
 * time while the coaching is open; it is kept until the check.
 */
@Entity
@Table(name = "coaching")
public class Coaching {

  public static final int MAX_ACTIONS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false)
  private Employee supervisor;

  @Column(name = "review_year", nullable = false)
  private int year;

  @Column(name = "review_quarter", nullable = false)
  private int quarter;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CoachingStatus status;

  @Column(length = 4000)
  private String gaps;

  @Column(length = 4000)
  private String goals;

  @Column(name = "training_id")
  private Long trainingId;

  @Column(name = "nomination_id")
  private Long nominationId;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "planned_by", length = 64)
  private String plannedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "employee_comment", length = 2000)
  private String employeeComment;

  @Column(name = "follow_up_deadline")
  private Instant followUpDeadline;

  @Column(name = "next_review_key", length = 40)
  private String nextReviewKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_predikat", length = 20)
  private Predikat nextPredikat;

  @Column(name = "next_predikat_at")
  private Instant nextPredikatAt;

  @Column(length = 20)
  private String outcome;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "escalation_decision", length = 30)
  private EscalationDecision escalationDecision;

  @Column(name = "escalation_note", length = 4000)
  private String escalationNote;

  @Column(name = "escalation_decided_at")
  private Instant escalationDecidedAt;

  @Column(name = "escalation_decided_by", length = 64)
  private String escalationDecidedBy;

  @Column(name = "missed_check_note", length = 2000)
  private String missedCheckNote;

  @Column(name = "closed_reason", length = 2000)
  private String closedReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version
  private long version;

  @OneToMany(mappedBy = "coaching", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CoachingAction> actions = new ArrayList<>();

  @OneToMany(mappedBy = "coaching", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<CoachingSession> sessions = new ArrayList<>();

  protected Coaching() {
  }

  /** Opens the coaching that the evaluation meeting decided for this review. */
  public static Coaching open(PerformanceReview review) {
    if (review.getDecidedFollowUp() != FollowUp.PEMBINAAN) {
      throw new DomainRuleViolation("Penilaian " + review.getBusinessKey()
          + " tidak diputuskan mendapat pembinaan dalam rapat evaluasi");
    }
    Coaching coaching = new Coaching();
    coaching.review = review;
    coaching.employee = review.getEmployee();
    coaching.supervisor = review.getAssessor();
    coaching.year = review.getYear();
    coaching.quarter = review.getQuarter();
    coaching.businessKey = review.getBusinessKey();
    coaching.status = CoachingStatus.PERENCANAAN;
    coaching.createdAt = Instant.now();
    coaching.touch(null);
    return coaching;
  }

  // --- plan and acknowledgement ------------------------------------------------------------------------

  /**
   * Records the atasan's plan: gaps, goals, one to {@value #MAX_ACTIONS} actions with due dates, and the training
   * the employee is nominated for, if one is needed.
   */
  public void plan(String gapsText, String goalsText, List<ActionDraft> drafts, Long chosenTrainingId, String actor,
                   LocalDate today) {
    requireStatus(CoachingStatus.PERENCANAAN, "menyusun rencana pembinaan");
    List<String> problems = new ArrayList<>();
    String gapsValue = TextRules.check("Kesenjangan kinerja", gapsText, 4000, true, problems);
    String goalsValue = TextRules.check("Tujuan pembinaan", goalsText, 4000, true, problems);
    validateActions(drafts, today, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    Map<Integer, ActionDraft> byPosition = new HashMap<>();
    drafts.forEach(draft -> byPosition.put(draft.position(), draft));
    actions.removeIf(action -> !byPosition.containsKey(action.getPosition()));
    for (CoachingAction action : actions) {
      ActionDraft draft = byPosition.remove(action.getPosition());
      action.revise(draft.description().strip(), draft.dueDate());
    }
    byPosition.values().forEach(d -> actions.add(new CoachingAction(this, d.position(), d.description().strip(), d.dueDate())));
    actions.sort(java.util.Comparator.comparingInt(CoachingAction::getPosition));
    gaps = gapsValue;
    goals = goalsValue;
    trainingId = chosenTrainingId;
    plannedAt = Instant.now();
    plannedBy = actor;
    status = CoachingStatus.MENUNGGU_TANGGAPAN;
    touch(actor);
  }

  private static void validateActions(List<ActionDraft> drafts, LocalDate today, List<String> problems) {
    if (drafts.isEmpty()) {
      problems.add("Rencana pembinaan harus berisi paling sedikit satu tindakan yang disepakati");
      return;
    }
    if (drafts.size() > MAX_ACTIONS) {
      problems.add("Rencana pembinaan berisi paling banyak " + MAX_ACTIONS + " tindakan");
    }
    Set<Integer> positions = new HashSet<>();
    for (ActionDraft draft : drafts) {
      String label = "Tindakan " + draft.position();
      if (!positions.add(draft.position()) || draft.position() < 1 || draft.position() > MAX_ACTIONS) {
        problems.add(label + ": nomor urut tidak valid atau ganda");
      }
      TextRules.check(label + ": uraian", draft.description(), 1000, true, problems);
      if (draft.dueDate() == null) {
        problems.add(label + ": tenggat wajib diisi");
      } else if (draft.dueDate().isBefore(today)) {
        problems.add(label + ": tenggat tidak boleh sebelum hari ini");
      } else if (draft.dueDate().isAfter(today.plusYears(1))) {
        problems.add(label + ": tenggat paling lambat satu tahun dari sekarang");
      }
    }
  }

  public void linkNomination(Long id) {
    if (trainingId == null) {
      throw new IllegalStateException("coaching " + this.id + " needs no training");
    }
    this.nominationId = id;
  }

  public void acknowledge(String comment, String actor) {
    requireStatus(CoachingStatus.MENUNGGU_TANGGAPAN, "menanggapi rencana pembinaan");
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Tanggapan pegawai", comment, 2000, false, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    employeeComment = text.isEmpty() ? null : text;
    acknowledgedAt = Instant.now();
    status = CoachingStatus.BERJALAN;
    touch(actor);
  }

  // --- sessions ------------------------------------------------------------------------------------------

  public CoachingSession recordSession(LocalDate heldOn, String topics, String agreements, String actor,
                                       LocalDate today) {
    requireStatus(CoachingStatus.BERJALAN, "mencatat sesi pembinaan");
    List<String> problems = new ArrayList<>();
    if (heldOn == null) {
      problems.add("Tanggal sesi wajib diisi");
    } else if (heldOn.isAfter(today)) {
      problems.add("Tanggal sesi tidak boleh di masa depan: catat sesi setelah berlangsung");
    } else if (heldOn.isBefore(LocalDate.ofInstant(plannedAt, ReviewCalendar.ZONE))) {
      problems.add("Tanggal sesi tidak boleh sebelum rencana pembinaan disusun");
    }
    String topicsValue = TextRules.check("Topik yang dibahas", topics, 2000, true, problems);
    String agreementsValue = TextRules.check("Kesepakatan", agreements, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    CoachingSession session = new CoachingSession(this, sessions.size() + 1, heldOn, topicsValue, agreementsValue, actor);
    sessions.add(session);
    touch(actor);
    return session;
  }

  /** The employee's note on a session; they may leave it empty, but write it once only. */
  public void noteSession(int number, String note, String actor) {
    CoachingSession session = sessions.stream().filter(s -> s.getNumber() == number).findFirst()
        .orElseThrow(() -> new DomainRuleViolation("Sesi pembinaan ke-" + number + " tidak ada"));
    if (session.isNoted()) {
      throw new DomainRuleViolation("Catatan pegawai untuk sesi ke-" + number + " sudah diberikan");
    }
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Catatan pegawai", note, 2000, false, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    session.note(text.isEmpty() ? null : text);
    touch(actor);
  }

  // --- follow-up check -----------------------------------------------------------------------------------

  /** The sessions are done: the coaching waits for the next quarter's predikat until {@code deadline}. */
  public void awaitNextReview(Instant deadline) {
    if (status == CoachingStatus.MENUNGGU_PENILAIAN) {
      return;
    }
    requireStatus(CoachingStatus.BERJALAN, "menunggu predikat triwulan berikutnya");
    if (sessions.isEmpty()) {
      throw new DomainRuleViolation("Paling sedikit satu sesi pembinaan harus dicatat sebelum pemeriksaan tindak lanjut");
    }
    followUpDeadline = deadline;
    status = CoachingStatus.MENUNGGU_PENILAIAN;
    touch(null);
  }

  /** Keeps the next quarter's predikat for the check; a coaching already closed ignores it. */
  public boolean recordNextPredikat(String reviewKey, Predikat predikat) {
    if (!status.isOpen() || status == CoachingStatus.DIESKALASI) {
      return false;
    }
    nextReviewKey = reviewKey;
    nextPredikat = predikat;
    nextPredikatAt = Instant.now();
    touch(null);
    return true;
  }

  public boolean isNextPredikatKnown() {
    return nextPredikat != null;
  }

  /** BAIK or better closes the coaching as improved; anything less escalates it to BKPSDM. */
  public boolean checkFollowUp() {
    requireStatus(CoachingStatus.MENUNGGU_PENILAIAN, "memeriksa tindak lanjut pembinaan");
    if (nextPredikat == null) {
      throw new DomainRuleViolation("Predikat triwulan berikutnya belum diketahui");
    }
    boolean improved = nextPredikat.atLeastBaik();
    outcome = improved ? "MEMBAIK" : "TIDAK_MEMBAIK";
    checkedAt = Instant.now();
    status = improved ? CoachingStatus.MEMBAIK : CoachingStatus.DIESKALASI;
    touch(null);
    return improved;
  }

  public void decideEscalation(EscalationDecision decision, String note, String actor) {
    requireStatus(CoachingStatus.DIESKALASI, "memutus eskalasi pembinaan");
    List<String> problems = new ArrayList<>();
    if (decision == null) {
      problems.add("Keputusan BKPSDM wajib dipilih");
    }
    String text = TextRules.check("Pertimbangan keputusan", note, 4000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    escalationDecision = decision;
    escalationNote = text;
    escalationDecidedAt = Instant.now();
    escalationDecidedBy = actor;
    status = CoachingStatus.DIPUTUSKAN_BKPSDM;
    touch(actor);
  }

  /** The deadline passed without the next quarter's predikat: BKPSDM looks into it. */
  public void missNextReview() {
    requireStatus(CoachingStatus.MENUNGGU_PENILAIAN, "meneruskan pembinaan ke BKPSDM");
    status = CoachingStatus.MENUNGGU_BKPSDM;
    touch(null);
  }

  public void extendFollowUp(Instant newDeadline, String note, String actor, Instant now) {
    requireStatus(CoachingStatus.MENUNGGU_BKPSDM, "memperpanjang batas pemeriksaan tindak lanjut");
    List<String> problems = new ArrayList<>();
    if (newDeadline == null || !newDeadline.isAfter(now)) {
      problems.add("Batas waktu baru wajib diisi dan harus setelah hari ini");
    }
    String text = TextRules.check("Catatan BKPSDM", note, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    followUpDeadline = newDeadline;
    missedCheckNote = text;
    status = CoachingStatus.MENUNGGU_PENILAIAN;
    touch(actor);
  }

  public void closeWithoutCheck(String reason, String actor) {
    requireStatus(CoachingStatus.MENUNGGU_BKPSDM, "menutup pembinaan");
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Alasan penutupan", reason, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    closedReason = text;
    status = CoachingStatus.DITUTUP;
    touch(actor);
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private void requireStatus(CoachingStatus expected, String action) {
    if (status != expected) {
      throw new DomainRuleViolation("Tidak dapat " + action + ": pembinaan " + employee.getName() + " ("
          + new Period(year, quarter).label() + ") sedang pada tahap '" + status.label() + "'");
    }
  }

  private void touch(String actor) {
    updatedAt = Instant.now();
    if (actor != null) {
      updatedBy = actor;
    }
  }

  public Period period() {
    return new Period(year, quarter);
  }

  public Long getId() {
    return id;
  }

  public PerformanceReview getReview() {
    return review;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Employee getSupervisor() {
    return supervisor;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public CoachingStatus getStatus() {
    return status;
  }

  public String getGaps() {
    return gaps;
  }

  public String getGoals() {
    return goals;
  }

  public Long getTrainingId() {
    return trainingId;
  }

  public Long getNominationId() {
    return nominationId;
  }

  public String getEmployeeComment() {
    return employeeComment;
  }

  public Instant getFollowUpDeadline() {
    return followUpDeadline;
  }

  public String getNextReviewKey() {
    return nextReviewKey;
  }

  public Optional<Predikat> getNextPredikat() {
    return Optional.ofNullable(nextPredikat);
  }

  public Optional<EscalationDecision> getEscalationDecision() {
    return Optional.ofNullable(escalationDecision);
  }

  public String getEscalationNote() {
    return escalationNote;
  }

  public List<CoachingAction> getActions() {
    return List.copyOf(actions);
  }

  public List<CoachingSession> getSessions() {
    return List.copyOf(sessions);
  }
}
