package id.go.tebingtinggi.kinerja.coaching;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.competency.Training;
import id.go.tebingtinggi.kinerja.competency.TrainingRepository;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coaching's use cases; each loads the coaching, lets it guard the transition, and stores the result. */
@Service
@Transactional
public class CoachingService {

  /** The next quarter's reviews are normally decided within six weeks of its end; later, BKPSDM looks into it. */
  static final int DAYS_AFTER_NEXT_QUARTER = 45;
  static final Duration MINIMUM_WAIT = Duration.ofDays(7);

  private final CoachingRepository coachings;
  private final PerformanceReviewRepository reviews;
  private final TrainingRepository trainings;
  private final Clock clock;

  CoachingService(CoachingRepository coachings, PerformanceReviewRepository reviews, TrainingRepository trainings,
                  Clock clock) {
    this.coachings = coachings;
    this.reviews = reviews;
    this.trainings = trainings;
    this.clock = clock;
  }

  /** Opens the coaching of a review decided PEMBINAAN; opening it again returns the same coaching. */
  public Coaching open(Long reviewId) {
    Optional<Coaching> existing = coachings.findByReviewId(reviewId);
    if (existing.isPresent()) {
      return existing.get();
    }
    PerformanceReview review = reviews.findById(reviewId)
        .orElseThrow(() -> new NotFound("Penilaian " + reviewId + " tidak ditemukan"));
    try {
      return coachings.saveAndFlush(Coaching.open(review));
    } catch (DataIntegrityViolationException concurrentOpening) {
      throw new DomainRuleViolation("Pembinaan untuk penilaian " + review.getBusinessKey() + " sudah dibuka");
    }
  }

  @Transactional(readOnly = true)
  public Coaching get(Long coachingId) {
    return coachings.findById(coachingId)
        .orElseThrow(() -> new NotFound("Pembinaan " + coachingId + " tidak ditemukan"));
  }

  /** Records the plan; a training, when needed, must be an active one of the catalogue. */
  public Coaching plan(Long coachingId, String gaps, String goals, List<ActionDraft> actions, boolean trainingNeeded,
                       Long trainingId, String actor) {
    Coaching coaching = get(coachingId);
    Long chosen = null;
    if (trainingNeeded) {
      if (trainingId == null) {
        throw new DomainRuleViolation("Pilih pelatihan dari katalog bila pelatihan diperlukan");
      }
      Training training = trainings.findById(trainingId)
          .orElseThrow(() -> new DomainRuleViolation("Pelatihan " + trainingId + " tidak ada dalam katalog"));
      if (!training.isActive()) {
        throw new DomainRuleViolation("Pelatihan " + training.getTitle() + " tidak aktif dalam katalog");
      }
      chosen = training.getId();
    }
    coaching.plan(gaps, goals, actions, chosen, actor, today());
    return coaching;
  }

  public void linkNomination(Long coachingId, Long nominationId) {
    get(coachingId).linkNomination(nominationId);
  }

  public void acknowledge(Long coachingId, String comment, String actor) {
    get(coachingId).acknowledge(comment, actor);
  }

  public CoachingSession recordSession(Long coachingId, LocalDate heldOn, String topics, String agreements,
                                       String actor) {
    Coaching coaching = get(coachingId);
    CoachingSession session = coaching.recordSession(heldOn, topics, agreements, actor, today());
    coachings.flush();
    return session;
  }

  public void noteSession(Long coachingId, int sessionNumber, String note, String actor) {
    get(coachingId).noteSession(sessionNumber, note, actor);
  }

  /**
   * Moves the coaching to the follow-up check and tells whether the next predikat is already known. The row
   * lock makes this and {@link #recordNextPredikat} take turns: a predikat stored a moment before is seen here,
   * and one stored a moment after finds the coaching waiting for its message.
   */
  public boolean awaitNextPredikat(Long coachingId) {
    Coaching coaching = coachings.findLocked(coachingId)
        .orElseThrow(() -> new NotFound("Pembinaan " + coachingId + " tidak ditemukan"));
    coaching.awaitNextReview(followUpDeadline(coaching.period()));
    return coaching.isNextPredikatKnown();
  }

  /**
   * The predikat of a review is known: if the employee was in coaching the quarter before, the coaching keeps it
   * for its follow-up check, under the same row lock as {@link #awaitNextPredikat}. Returns the coaching that
   * now waits for it, if any.
   */
  public Optional<Coaching> recordNextPredikat(Long reviewId) {
    PerformanceReview review = reviews.findById(reviewId)
        .orElseThrow(() -> new NotFound("Penilaian " + reviewId + " tidak ditemukan"));
    Period previous = new Period(review.getYear(), review.getQuarter()).previous();
    Optional<Coaching> coaching = coachings.findForPeriodLocked(review.getEmployee().getId(), previous.year(),
        previous.quarter());
    if (coaching.isEmpty() || !coaching.get().recordNextPredikat(review.getBusinessKey(), review.getPredikat())) {
      return Optional.empty();
    }
    coachings.saveAndFlush(coaching.get());
    return coaching.filter(c -> c.getStatus() == CoachingStatus.MENUNGGU_PENILAIAN);
  }

  public boolean checkFollowUp(Long coachingId) {
    return get(coachingId).checkFollowUp();
  }

  public void decideEscalation(Long coachingId, EscalationDecision decision, String note, String actor) {
    get(coachingId).decideEscalation(decision, note, actor);
  }

  public void missNextReview(Long coachingId) {
    get(coachingId).missNextReview();
  }

  public void extendFollowUp(Long coachingId, LocalDate newDeadline, String note, String actor) {
    Instant deadline = newDeadline == null ? null : endOfDay(newDeadline);
    get(coachingId).extendFollowUp(deadline, note, actor, clock.instant());
  }

  public void closeWithoutCheck(Long coachingId, String reason, String actor) {
    get(coachingId).closeWithoutCheck(reason, actor);
  }

  /** When BKPSDM hears of a coaching whose next quarter's predikat has not arrived. */
  Instant followUpDeadline(Period coached) {
    Instant fromCalendar = endOfDay(coached.next().lastDay().plusDays(DAYS_AFTER_NEXT_QUARTER));
    Instant earliest = endOfDay(LocalDate.ofInstant(clock.instant().plus(MINIMUM_WAIT), ReviewCalendar.ZONE));
    return fromCalendar.isAfter(earliest) ? fromCalendar : earliest;
  }

  private static Instant endOfDay(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59)).atZone(ReviewCalendar.ZONE).toInstant();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ReviewCalendar.ZONE));
  }
}
