package id.go.tebingtinggi.kinerja.cycle;

import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review still without a final predikat at its unit's meeting, escalated to BKPSDM. */
@Entity
@Table(name = "cycle_escalation")
public class CycleEscalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_status", nullable = false, length = 30)
  private ReviewStatus reviewStatus;

  @Column(name = "escalated_at", nullable = false)
  private Instant escalatedAt;

  protected CycleEscalation() {
  }

  CycleEscalation(Long cycleId, Long reviewId, ReviewStatus reviewStatus) {
    this.cycleId = cycleId;
    this.reviewId = reviewId;
    this.reviewStatus = reviewStatus;
    this.escalatedAt = Instant.now();
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public ReviewStatus getReviewStatus() {
    return reviewStatus;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}
