package id.go.tebingtinggi.kinerja.award;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants the award that an evaluation meeting decided. Certificate numbers run per year; two grants racing
 * for the same number collide on the unique constraint, and the losing step is retried with the next one.
 */
@Service
public class AwardService {

  private final AwardRepository awards;
  private final PerformanceReviewRepository reviews;
  private final Clock clock;

  AwardService(AwardRepository awards, PerformanceReviewRepository reviews, Clock clock) {
    this.awards = awards;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** Grants the award of a review decided PENGHARGAAN; granting it again returns the existing award. */
  @Transactional
  public Award grantFor(Long reviewId) {
    PerformanceReview review = reviews.findById(reviewId)
        .orElseThrow(() -> new NotFound("Penilaian " + reviewId + " tidak ditemukan"));
    if (review.getDecidedFollowUp() != FollowUp.PENGHARGAAN) {
      throw new DomainRuleViolation("Penilaian " + review.getBusinessKey()
          + " tidak diputuskan mendapat penghargaan dalam rapat evaluasi");
    }
    return awards.findByReviewId(reviewId).orElseGet(() -> {
      String category = "Pegawai Berprestasi " + new Period(review.getYear(), review.getQuarter()).label();
      int next = awards.lastSequenceNumber(review.getYear()) + 1;
      return awards.saveAndFlush(new Award(review, category, next));
    });
  }

  @Transactional(readOnly = true)
  public Award get(Long awardId) {
    return awards.findWithHolder(awardId)
        .orElseThrow(() -> new NotFound("Penghargaan " + awardId + " tidak ditemukan"));
  }

  /** BKPSDM handed the certificate over on {@code date}. */
  @Transactional
  public void handOver(Long awardId, LocalDate date, String actor) {
    get(awardId).handOver(date, LocalDate.now(clock.withZone(ReviewCalendar.ZONE)), actor);
  }
}
