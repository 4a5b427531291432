package id.go.tebingtinggi.kinerja.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Employee;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One employee's review for one quarter, the aggregate that guards the cycle: targets must be approved before
 * the self-assessment, realised before they are rated, rated before a predikat, and so on. Every refusal
 * carries a reason in Bahasa Indonesia.
 */
@Entity
@Table(name = "performance_review")
public class PerformanceReview {

  public static final int MAX_INDICATORS = 20;
  static final BigDecimal MAX_TARGET = new BigDecimal("1000000000000");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessor_id", nullable = false)
  private Employee assessor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "appeal_assessor_id")
  private Employee appealAssessor;

  @Column(name = "review_year", nullable = false)
  private int year;

  @Column(name = "review_quarter", nullable = false)
  private int quarter;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "cycle_id")
  private Long cycleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReviewStatus status;

  @Column(length = 4000)
  private String reflection;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja_suggested", length = 30)
  private Rating ratingHasilKerjaSuggested;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja", length = 30)
  private Rating ratingHasilKerja;

  @Column(name = "rating_hasil_kerja_reason", length = 4000)
  private String ratingHasilKerjaReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_kerja", length = 30)
  private Rating ratingPerilakuKerja;

  @Column(name = "special_expectation", length = 2000)
  private String specialExpectation;

  @Column(length = 4000)
  private String feedback;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Predikat predikat;

  @Enumerated(EnumType.STRING)
  @Column(name = "recommended_follow_up", length = 30)
  private FollowUp recommendedFollowUp;

  @Enumerated(EnumType.STRING)
  @Column(name = "decided_follow_up", length = 30)
  private FollowUp decidedFollowUp;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  @Column(name = "predikat_at")
  private Instant predikatAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version
  private long version;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Indicator> indicators = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("roundNumber")
  private List<TargetRound> rounds = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<BehaviourRating> behaviourRatings = new ArrayList<>();

  @OneToOne(mappedBy = "review", cascade = CascadeType.ALL)
  private Objection objection;

  protected PerformanceReview() {
  }

  /** Opens the review of {@code employee} for a quarter, assessed by their current direct supervisor. */
  public static PerformanceReview open(Employee employee, Employee appealAssessor, int year, int quarter) {
    Period.check(year, quarter);
    if (!employee.isActive()) {
      throw new DomainRuleViolation("Pegawai " + employee.getNip() + " tidak aktif sehingga tidak dapat dinilai");
    }
    if (employee.getSupervisor() == null) {
      throw new DomainRuleViolation("Pegawai " + employee.getNip() + " tidak memiliki atasan langsung sebagai pejabat penilai");
    }
    PerformanceReview review = new PerformanceReview();
    review.employee = employee;
    review.assessor = employee.getSupervisor();
    review.appealAssessor = appealAssessor;
    review.year = year;
    review.quarter = quarter;
    review.businessKey = businessKey(employee.getNip().value(), year, quarter);
    review.status = ReviewStatus.TARGET_SETTING;
    review.createdAt = Instant.now();
    review.touch(null);
    return review;
  }

  public static String businessKey(String nip, int year, int quarter) {
    return nip + "-" + year + "-Q" + quarter;
  }

  /**
   * Hands the review to the employee's new direct supervisor while nothing has been rated yet; once the atasan
   * has rated, the assessor who rated stays responsible for the result and any objection.
   */
  public boolean changeAssessor(Employee newAssessor, Employee newAppealAssessor) {
    if (status != ReviewStatus.TARGET_SETTING && status != ReviewStatus.TARGETS_IN_REVIEW
        && status != ReviewStatus.SELF_ASSESSMENT && status != ReviewStatus.SUPERVISOR_REVIEW) {
      return false;
    }
    if (newAssessor == null || newAssessor.sameAs(employee)) {
      return false;
    }
    assessor = newAssessor;
    appealAssessor = newAppealAssessor;
    touch(null);
    return true;
  }

  public void linkProcessInstance(String id) {
    this.processInstanceId = id;
  }

  /** Counts this review in its unit's quarter; a review belongs to one cycle only. */
  public void attachToCycle(Long id) {
    if (cycleId != null && !cycleId.equals(id)) {
      throw new DomainRuleViolation("Penilaian " + businessKey + " sudah termasuk siklus lain");
    }
    this.cycleId = id;
  }

  /** Whether the review still needs work before its unit's meeting can decide on it. */
  public boolean isPendingForMeeting() {
    return status != ReviewStatus.READY_FOR_MEETING && status != ReviewStatus.DECIDED
        && status != ReviewStatus.WITHDRAWN;
  }

  // --- target setting -------------------------------------------------------------------------------

  /** Replaces the plan with the proposed indicators and opens a new review round for the atasan. */
  public void proposeTargets(List<IndicatorDraft> drafts, String actor) {
    requireStatus(ReviewStatus.TARGET_SETTING, "mengusulkan target");
    List<IndicatorDraft> plan = validatePlan(drafts);
    // revise rows in place: deleting and re-inserting a position would collide on its unique key at flush
    Map<Integer, IndicatorDraft> byPosition = new java.util.HashMap<>();
    plan.forEach(draft -> byPosition.put(draft.position(), draft));
    indicators.removeIf(indicator -> !byPosition.containsKey(indicator.getPosition()));
    for (Indicator indicator : indicators) {
      indicator.revise(byPosition.remove(indicator.getPosition()));
    }
    byPosition.values().forEach(draft -> indicators.add(new Indicator(this, draft)));
    indicators.sort(java.util.Comparator.comparingInt(Indicator::getPosition));
    rounds.add(new TargetRound(this, rounds.size() + 1, toJson(plan), actor));
    status = ReviewStatus.TARGETS_IN_REVIEW;
    touch(actor);
  }

  /** The plan with its texts stripped, as the length rules measure them; refused with every problem found. */
  static List<IndicatorDraft> validatePlan(List<IndicatorDraft> drafts) {
    List<String> problems = new ArrayList<>();
    List<IndicatorDraft> plan = new ArrayList<>();
    if (drafts.isEmpty()) {
      throw new DomainRuleViolation("Rencana kinerja harus berisi paling sedikit satu indikator");
    }
    if (drafts.size() > MAX_INDICATORS) {
      throw new DomainRuleViolation("Rencana kinerja berisi " + drafts.size() + " indikator; paling banyak " + MAX_INDICATORS);
    }
    int totalWeight = 0;
    boolean hasMain = false;
    Set<Integer> positions = new HashSet<>();
    for (IndicatorDraft draft : drafts) {
      String label = "Indikator " + draft.position();
      if (!positions.add(draft.position()) || draft.position() < 1 || draft.position() > MAX_INDICATORS) {
        problems.add(label + ": nomor urut tidak valid atau ganda");
      }
      String rhk = TextRules.check(label + ": rencana hasil kerja (RHK)", draft.rhk(), 500, true, problems);
      String description = TextRules.check(label + ": indikator", draft.description(), 500, true, problems);
      String unit = TextRules.check(label + ": satuan", draft.unitOfMeasure(), 50, true, problems);
      plan.add(new IndicatorDraft(draft.position(), rhk, description, draft.aspect(), draft.target(), unit,
          draft.weight(), draft.kind()));
      if (draft.aspect() == null) {
        problems.add(label + ": aspek wajib dipilih");
      }
      if (draft.kind() == null) {
        problems.add(label + ": jenis (utama/tambahan) wajib dipilih");
      }
      if (draft.target() == null || draft.target().signum() <= 0) {
        problems.add(label + ": target harus lebih dari 0");
      } else if (draft.target().compareTo(MAX_TARGET) > 0) {
        problems.add(label + ": target terlalu besar (maksimal 1.000.000.000.000)");
      } else if (draft.target().stripTrailingZeros().scale() > 2) {
        problems.add(label + ": target paling banyak dua angka di belakang koma");
      }
      if (draft.weight() < 1 || draft.weight() > 100) {
        problems.add(label + ": bobot harus antara 1 dan 100 persen");
      }
      totalWeight += draft.weight();
      hasMain |= draft.kind() == IndicatorKind.UTAMA;
    }
    if (totalWeight != 100) {
      problems.add("Jumlah bobot semua indikator harus 100 persen (sekarang " + totalWeight + " persen)");
    }
    if (!hasMain) {
      problems.add("Paling sedikit satu indikator harus berjenis utama");
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    return plan;
  }

  public void approveTargets(String actor) {
    requireStatus(ReviewStatus.TARGETS_IN_REVIEW, "menyetujui target");
    currentRound().decide(TargetRound.APPROVED, null, actor);
    status = ReviewStatus.SELF_ASSESSMENT;
    touch(actor);
  }

  public void returnTargets(String comment, String actor) {
    requireStatus(ReviewStatus.TARGETS_IN_REVIEW, "mengembalikan target");
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Komentar atasan", comment, 2000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    currentRound().decide(TargetRound.RETURNED, text, actor);
    status = ReviewStatus.TARGET_SETTING;
    touch(actor);
  }

  private TargetRound currentRound() {
    return rounds.get(rounds.size() - 1);
  }

  /** The atasan's comment on the last returned round, if the plan is being revised. */
  public Optional<String> returnComment() {
    if (status != ReviewStatus.TARGET_SETTING || rounds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(currentRound().getComment());
  }

  // --- self-assessment -------------------------------------------------------------------------------

  public void recordSelfAssessment(List<RealisationInput> realisations, String reflectionText, String actor) {
    requireStatus(ReviewStatus.SELF_ASSESSMENT, "mencatat penilaian mandiri");
    List<String> problems = new ArrayList<>();
    Map<Integer, RealisationInput> byPosition = new java.util.HashMap<>();
    for (RealisationInput input : realisations) {
      byPosition.put(input.position(), input);
    }
    for (Indicator indicator : indicators) {
      String label = "Indikator " + indicator.getPosition();
      RealisationInput input = byPosition.remove(indicator.getPosition());
      if (input == null || input.realisation() == null) {
        problems.add(label + ": realisasi wajib diisi");
        continue;
      }
      if (input.realisation().signum() < 0) {
        problems.add(label + ": realisasi tidak boleh negatif");
      } else if (input.realisation().compareTo(MAX_TARGET) > 0) {
        problems.add(label + ": realisasi terlalu besar");
      }
      TextRules.check(label + ": bukti dukung", input.evidence(), 1000,
          indicator.getKind() == IndicatorKind.UTAMA, problems);
    }
    if (!byPosition.isEmpty()) {
      problems.add("Realisasi untuk indikator yang tidak ada di rencana: " + byPosition.keySet());
    }
    String reflectionValue = TextRules.check("Refleksi", reflectionText, 4000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    for (RealisationInput input : realisations) {
      indicator(input.position()).recordRealisation(input.realisation(), blankToNull(input.evidence()));
    }
    reflection = reflectionValue;
    status = ReviewStatus.SUPERVISOR_REVIEW;
    touch(actor);
  }

  // --- supervisor review -----------------------------------------------------------------------------

  public void categorize(int position, Rating category) {
    requireStatus(ReviewStatus.SUPERVISOR_REVIEW, "menghitung capaian");
    indicator(position).categorize(category);
  }

  /** Shares of the plan's weight by category, the inputs of the RatingHasilKerja table. */
  public HasilKerjaWeights hasilKerjaWeights() {
    int total = 0;
    int above = 0;
    int below = 0;
    boolean mainBelow = false;
    for (Indicator indicator : indicators) {
      if (indicator.getCategory() == null) {
        throw new IllegalStateException("indicator " + indicator.getPosition() + " is not categorized");
      }
      total += indicator.getWeight();
      if (indicator.getCategory() == Rating.DI_ATAS_EKSPEKTASI) {
        above += indicator.getWeight();
      } else if (indicator.getCategory() == Rating.DI_BAWAH_EKSPEKTASI) {
        below += indicator.getWeight();
        mainBelow |= indicator.getKind() == IndicatorKind.UTAMA;
      }
    }
    return new HasilKerjaWeights(percent(above, total), percent(below, total), mainBelow);
  }

  private static double percent(int part, int total) {
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).doubleValue();
  }

  public void suggestRatingHasilKerja(Rating suggestion) {
    requireStatus(ReviewStatus.SUPERVISOR_REVIEW, "menyarankan rating hasil kerja");
    ratingHasilKerjaSuggested = suggestion;
  }

  public void rateBySupervisor(Rating hasilKerja, String reasonForChange, Map<CoreValue, Rating> behaviour,
                               String expectation, String feedbackText, String actor) {
    requireStatus(ReviewStatus.SUPERVISOR_REVIEW, "menilai kinerja");
    if (ratingHasilKerjaSuggested == null) {
      throw new DomainRuleViolation("Capaian indikator belum dihitung sehingga penilaian belum dapat dicatat");
    }
    List<String> problems = new ArrayList<>();
    String reason = TextRules.check("Alasan perubahan rating hasil kerja", reasonForChange, 4000,
        hasilKerja != ratingHasilKerjaSuggested, problems);
    EnumSet<CoreValue> missing = EnumSet.allOf(CoreValue.class);
    missing.removeAll(behaviour.keySet());
    missing.forEach(value -> problems.add("Perilaku " + value.label() + " belum dinilai"));
    String expectationValue = TextRules.check("Ekspektasi khusus pimpinan", expectation, 2000, false, problems);
    String feedbackValue = TextRules.check("Umpan balik", feedbackText, 4000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    ratingHasilKerja = hasilKerja;
    ratingHasilKerjaReason = blankToNull(reason);
    specialExpectation = blankToNull(expectationValue);
    feedback = feedbackValue;
    Map<CoreValue, BehaviourRating> existing = new EnumMap<>(CoreValue.class);
    behaviourRatings.forEach(r -> existing.put(r.getCoreValue(), r));
    behaviour.forEach((value, rating) -> {
      BehaviourRating current = existing.get(value);
      if (current == null) {
        behaviourRatings.add(new BehaviourRating(this, value, rating));
      } else {
        current.change(rating);
      }
    });
    touch(actor);
  }

  public long behaviourCount(Rating rating) {
    return behaviourRatings.stream().filter(r -> r.getRating() == rating).count();
  }

  /** Records the outcome of the decision tables; the first time it also opens the objection period. */
  public void recordPredikat(Rating perilakuKerja, Predikat result, FollowUp recommendation) {
    if (status == ReviewStatus.SUPERVISOR_REVIEW) {
      if (ratingHasilKerja == null) {
        throw new DomainRuleViolation("Predikat tidak dapat ditetapkan sebelum atasan menilai");
      }
      status = ReviewStatus.RESULT_NOTIFIED;
    } else if (status != ReviewStatus.OBJECTION) {
      throw illegal("menetapkan predikat");
    }
    ratingPerilakuKerja = perilakuKerja;
    predikat = result;
    recommendedFollowUp = recommendation;
    predikatAt = Instant.now();
    touch(null);
  }

  // --- objection ---------------------------------------------------------------------------------------

  public void fileObjection(String reason, String actor) {
    requireStatus(ReviewStatus.RESULT_NOTIFIED, "mengajukan keberatan");
    List<String> problems = new ArrayList<>();
    String text = TextRules.check("Alasan keberatan", reason, 4000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    objection = new Objection(this, text, actor);
    status = ReviewStatus.OBJECTION;
    touch(actor);
  }

  /** The superior's decision; when the ratings change, the predikat is to be determined again. */
  public void decideObjection(boolean changeRatings, Rating newHasilKerja, Rating newPerilakuKerja, String reason,
                              String actor) {
    requireStatus(ReviewStatus.OBJECTION, "memutus keberatan");
    if (objection.isDecided()) {
      throw new DomainRuleViolation("Keberatan ini sudah diputus");
    }
    List<String> problems = new ArrayList<>();
    String why = TextRules.check("Alasan keputusan keberatan", reason, 4000, true, problems);
    if (changeRatings && (newHasilKerja == null || newPerilakuKerja == null)) {
      problems.add("Rating hasil kerja dan perilaku kerja yang baru wajib dipilih bila penilaian diubah");
    }
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    if (changeRatings) {
      objection.decide(Objection.Decision.DIUBAH, newHasilKerja, newPerilakuKerja, why, actor);
      ratingHasilKerja = newHasilKerja;
      ratingPerilakuKerja = newPerilakuKerja;
    } else {
      objection.decide(Objection.Decision.DITOLAK, null, null, why, actor);
    }
    touch(actor);
  }

  public void markReadyForMeeting() {
    if (status == ReviewStatus.READY_FOR_MEETING) {
      return;
    }
    if (status == ReviewStatus.OBJECTION && !objection.isDecided()) {
      throw new DomainRuleViolation("Keberatan belum diputus sehingga penilaian belum siap dibahas dalam rapat");
    }
    if (status != ReviewStatus.RESULT_NOTIFIED && status != ReviewStatus.OBJECTION) {
      throw illegal("menandai siap untuk rapat evaluasi");
    }
    status = ReviewStatus.READY_FOR_MEETING;
    touch(null);
  }

  // --- meeting and follow-up ----------------------------------------------------------------------------

  /** Records the meeting's decision; delivering the same decision again changes nothing. */
  public boolean recordMeetingDecision(FollowUp decision) {
    if (status == ReviewStatus.DECIDED && decidedFollowUp == decision) {
      return false;
    }
    requireStatus(ReviewStatus.READY_FOR_MEETING, "mencatat keputusan rapat evaluasi");
    decidedFollowUp = decision;
    decidedAt = Instant.now();
    status = ReviewStatus.DECIDED;
    touch(null);
    return true;
  }

  public void withdraw(String reason, String actor) {
    if (status == ReviewStatus.DECIDED || status == ReviewStatus.WITHDRAWN) {
      throw illegal("menarik penilaian");
    }
    List<String> problems = new ArrayList<>();
    withdrawalReason = TextRules.check("Alasan penarikan", reason, 1000, true, problems);
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
    status = ReviewStatus.WITHDRAWN;
    touch(actor);
  }

  // --- helpers ---------------------------------------------------------------------------------------

  private Indicator indicator(int position) {
    return indicators.stream().filter(i -> i.getPosition() == position).findFirst()
        .orElseThrow(() -> new DomainRuleViolation("Indikator " + position + " tidak ada di rencana kinerja"));
  }

  private void requireStatus(ReviewStatus expected, String action) {
    if (status != expected) {
      throw illegal(action);
    }
  }

  private DomainRuleViolation illegal(String action) {
    return new DomainRuleViolation("Tidak dapat " + action + ": penilaian " + businessKey + " sedang pada tahap '"
        + status.label() + "'");
  }

  private void touch(String actor) {
    updatedAt = Instant.now();
    if (actor != null) {
      updatedBy = actor;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String toJson(List<IndicatorDraft> drafts) {
    try {
      return JSON.writeValueAsString(drafts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise indicators", e);
    }
  }

  public List<IndicatorDraft> planAsDrafts() {
    return indicators.stream().map(Indicator::toDraft).toList();
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Employee getAssessor() {
    return assessor;
  }

  public Employee getAppealAssessor() {
    return appealAssessor;
  }

  public int getYear() {
    return year;
  }

  public int getQuarter() {
    return quarter;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public String getReflection() {
    return reflection;
  }

  public Rating getRatingHasilKerjaSuggested() {
    return ratingHasilKerjaSuggested;
  }

  public Rating getRatingHasilKerja() {
    return ratingHasilKerja;
  }

  public String getRatingHasilKerjaReason() {
    return ratingHasilKerjaReason;
  }

  public Rating getRatingPerilakuKerja() {
    return ratingPerilakuKerja;
  }

  public String getSpecialExpectation() {
    return specialExpectation;
  }

  public String getFeedback() {
    return feedback;
  }

  public Predikat getPredikat() {
    return predikat;
  }

  public FollowUp getRecommendedFollowUp() {
    return recommendedFollowUp;
  }

  public FollowUp getDecidedFollowUp() {
    return decidedFollowUp;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public Instant getPredikatAt() {
    return predikatAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<Indicator> getIndicators() {
    return List.copyOf(indicators);
  }

  public List<TargetRound> getRounds() {
    return List.copyOf(rounds);
  }

  public List<BehaviourRating> getBehaviourRatings() {
    return List.copyOf(behaviourRatings);
  }

  public Optional<Objection> getObjection() {
    return Optional.ofNullable(objection);
  }
}
