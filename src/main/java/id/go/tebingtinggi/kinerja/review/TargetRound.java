package id.go.tebingtinggi.kinerja.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of target setting: what was proposed (kept as JSON) and how the atasan decided on it. */
@Entity
@Table(name = "target_round")
public class TargetRound {

  public static final String APPROVED = "DISETUJUI";
  public static final String RETURNED = "DIKEMBALIKAN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false)
  private PerformanceReview review;

  @Column(name = "round_number", nullable = false)
  private int roundNumber;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "proposed_by", length = 64)
  private String proposedBy;

  @Column(name = "indicators", nullable = false, columnDefinition = "text")
  private String indicatorsJson;

  @Column(length = 20)
  private String decision;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  protected TargetRound() {
  }

  TargetRound(PerformanceReview review, int roundNumber, String indicatorsJson, String proposedBy) {
    this.review = review;
    this.roundNumber = roundNumber;
    this.indicatorsJson = indicatorsJson;
    this.proposedBy = proposedBy;
    this.proposedAt = Instant.now();
  }

  void decide(String decision, String comment, String actor) {
    this.decision = decision;
    this.comment = comment;
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
  }

  public boolean isOpen() {
    return decision == null;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getIndicatorsJson() {
    return indicatorsJson;
  }

  public String getDecision() {
    return decision;
  }

  public String getComment() {
    return comment;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
