package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Nip;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's use cases; each loads the review, lets it guard the transition, and stores the result. */
@Service
@Transactional
public class ReviewService {

  /** The unit whose head decides objections when the assessor has no superior of their own. */
  static final String FALLBACK_APPEAL_UNIT = "BKPSDM";

  private final PerformanceReviewRepository reviews;
  private final EmployeeRepository employees;
  private final UnitRepository units;
  private final TaskAlertRepository alerts;
  private final ApplicationEventPublisher events;

  ReviewService(PerformanceReviewRepository reviews, EmployeeRepository employees, UnitRepository units,
                TaskAlertRepository alerts, ApplicationEventPublisher events) {
    this.reviews = reviews;
    this.employees = employees;
    this.units = units;
    this.alerts = alerts;
    this.events = events;
  }

  /** Opens the review of one employee for one quarter; a second review of the same quarter is refused. */
  public PerformanceReview open(String nip, int year, int quarter) {
    Period period = new Period(year, quarter);
    Employee employee = employees.findByNip(Nip.of(nip).value())
        .orElseThrow(() -> new DomainRuleViolation("Pegawai dengan NIP " + nip + " tidak terdaftar"));
    reviews.findForPeriod(employee.getId(), year, quarter).ifPresent(existing -> {
      throw new DomainRuleViolation("Penilaian kinerja " + employee.getName() + " untuk " + period.label()
          + " sudah ada (" + existing.getBusinessKey() + ")");
    });
    Employee assessor = employee.getSupervisor();
    Employee appealAssessor = assessor == null ? null : Optional.ofNullable(assessor.getSupervisor())
        .or(() -> units.findByCode(FALLBACK_APPEAL_UNIT).map(u -> u.getHead()))
        .orElse(null);
    PerformanceReview review = PerformanceReview.open(employee, appealAssessor, year, quarter);
    try {
      return reviews.saveAndFlush(review);
    } catch (DataIntegrityViolationException concurrentOpening) {
      throw new DomainRuleViolation("Penilaian kinerja " + employee.getName() + " untuk " + period.label()
          + " sudah dibuka oleh permintaan lain");
    }
  }

  @Transactional(readOnly = true)
  public PerformanceReview get(Long reviewId) {
    return reviews.findById(reviewId)
        .orElseThrow(() -> new NotFound("Penilaian kinerja " + reviewId + " tidak ditemukan"));
  }

  /** The approved plan of the employee's previous quarter, offered as the starting point of a new plan. */
  @Transactional(readOnly = true)
  public List<IndicatorDraft> previousPlan(Long reviewId) {
    PerformanceReview review = get(reviewId);
    Period previous = new Period(review.getYear(), review.getQuarter()).previous();
    return reviews.findForPeriod(review.getEmployee().getId(), previous.year(), previous.quarter())
        .filter(r -> r.getRounds().stream().anyMatch(round -> TargetRound.APPROVED.equals(round.getDecision())))
        .map(PerformanceReview::planAsDrafts)
        .orElse(List.of());
  }

  public void proposeTargets(Long reviewId, List<IndicatorDraft> drafts, String actor) {
    get(reviewId).proposeTargets(drafts, actor);
  }

  public void decideTargets(Long reviewId, boolean approve, String comment, String actor) {
    PerformanceReview review = get(reviewId);
    if (approve) {
      review.approveTargets(actor);
    } else {
      review.returnTargets(comment, actor);
    }
  }

  public void recordSelfAssessment(Long reviewId, List<RealisationInput> realisations, String reflection,
                                   String actor) {
    get(reviewId).recordSelfAssessment(realisations, reflection, actor);
  }

  public HasilKerjaWeights categorize(Long reviewId, Map<Integer, Rating> categories) {
    PerformanceReview review = get(reviewId);
    categories.forEach(review::categorize);
    return review.hasilKerjaWeights();
  }

  public void suggestRatingHasilKerja(Long reviewId, Rating suggestion) {
    get(reviewId).suggestRatingHasilKerja(suggestion);
  }

  public void rateBySupervisor(Long reviewId, Rating hasilKerja, String reasonForChange,
                               Map<CoreValue, Rating> behaviour, String expectation, String feedback, String actor) {
    get(reviewId).rateBySupervisor(hasilKerja, reasonForChange, behaviour, expectation, feedback, actor);
  }

  public void recordPredikat(Long reviewId, Rating perilakuKerja, Predikat predikat, FollowUp recommendation) {
    get(reviewId).recordPredikat(perilakuKerja, predikat, recommendation);
  }

  public void fileObjection(Long reviewId, String reason, String actor) {
    get(reviewId).fileObjection(reason, actor);
  }

  public void decideObjection(Long reviewId, boolean changeRatings, Rating newHasilKerja, Rating newPerilakuKerja,
                              String reason, String actor) {
    get(reviewId).decideObjection(changeRatings, newHasilKerja, newPerilakuKerja, reason, actor);
  }

  public void markReadyForMeeting(Long reviewId) {
    get(reviewId).markReadyForMeeting();
    events.publishEvent(new ReviewReadyForMeeting(reviewId));
  }

  /** Closes the review of an employee who left the unit; the unit's meeting no longer waits for it. */
  public void withdraw(Long reviewId, String reason, String actor) {
    get(reviewId).withdraw(reason, actor);
    events.publishEvent(new ReviewReadyForMeeting(reviewId));
  }

  public boolean recordMeetingDecision(Long reviewId, FollowUp decision) {
    return get(reviewId).recordMeetingDecision(decision);
  }

  /** Hands open reviews to the employees' current supervisors after a roster change; returns what changed. */
  public List<Reassignment> followSupervisorChanges() {
    List<Reassignment> changes = new java.util.ArrayList<>();
    for (PerformanceReview review : reviews.findOpenWithChangedSupervisor()) {
      String previous = review.getAssessor().getLoginId();
      Employee supervisor = review.getEmployee().getSupervisor();
      Employee appeal = Optional.ofNullable(supervisor.getSupervisor())
          .or(() -> units.findByCode(FALLBACK_APPEAL_UNIT).map(u -> u.getHead())).orElse(null);
      if (review.changeAssessor(supervisor, appeal)) {
        changes.add(new Reassignment(review.getId(), review.getProcessInstanceId(), previous, supervisor.getLoginId(),
            appeal == null ? null : appeal.getLoginId()));
      }
    }
    return changes;
  }

  /** An open review moved from one assessor to another. */
  public record Reassignment(Long reviewId, String processInstanceId, String previousAssessorLogin,
                             String assessorLogin, String appealAssessorLogin) {
  }

  /**
   * Who hears of a late step: the atasan when the employee is late; when the atasan is late, the head of the
   * unit (or, when the atasan heads the unit, their own superior); BKPSDM's head when there is nobody above.
   */
  @Transactional(readOnly = true)
  public Employee escalationRecipient(Long reviewId, ReviewStep step) {
    PerformanceReview review = get(reviewId);
    if (!step.bySupervisor()) {
      return review.getAssessor();
    }
    Employee head = review.getEmployee().getUnit().getHead();
    Employee recipient = head != null && !head.sameAs(review.getAssessor()) ? head : review.getAssessor().getSupervisor();
    if (recipient == null) {
      recipient = units.findByCode(FALLBACK_APPEAL_UNIT).map(u -> u.getHead())
          .orElseThrow(() -> new IllegalStateException("BKPSDM has no head to escalate to"));
    }
    return recipient;
  }

  public TaskAlert recordAlert(Long reviewId, String taskKey, TaskAlert.Kind kind, String recipientLogin,
                               java.time.Instant taskDueAt) {
    return alerts.save(new TaskAlert(reviewId, taskKey, kind, recipientLogin, taskDueAt));
  }
}
