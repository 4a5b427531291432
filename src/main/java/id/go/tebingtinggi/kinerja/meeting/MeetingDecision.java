package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.FollowUp;
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
import java.time.Instant;

/** The meeting's decision on one review, and when it was delivered to the review's process. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false)
  private EvaluationMeeting meeting;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FollowUp recommended;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FollowUp decided;

  @Column(length = 2000)
  private String reason;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected MeetingDecision() {
  }

  MeetingDecision(EvaluationMeeting meeting, Long reviewId, FollowUp recommended, FollowUp decided, String reason) {
    this.meeting = meeting;
    this.reviewId = reviewId;
    this.recommended = recommended;
    this.decided = decided;
    this.reason = reason;
  }

  /** Marks the decision delivered; returns false when it already was (a retried delivery changes nothing). */
  public boolean markDelivered() {
    if (deliveredAt != null) {
      return false;
    }
    deliveredAt = Instant.now();
    return true;
  }

  public Long getId() {
    return id;
  }

  public EvaluationMeeting getMeeting() {
    return meeting;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public FollowUp getRecommended() {
    return recommended;
  }

  public FollowUp getDecided() {
    return decided;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
